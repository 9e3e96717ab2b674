package io.complaintstreams.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key: 256 bits, base64 in a file or an environment variable. It wraps (encrypts) every resident's data
 * key and derives, with HMAC-SHA-256, the key of resident references and the key that seals erasure requests. It is
 * never written to Kafka and never logged; {@link #id()} is a fingerprint safe to show.
 *
 * <p>Rotation ({@code rotate-master-key}, README "Keys and the master key"): a rotated key ({@link #rotated()}) is a
 * new random wrapping key that carries its predecessor's resident-reference and erasure-request keys, since every
 * key id that sealed records quote starts with a resident reference. Its text form names the three keys:
 * {@code master-key=B64 resident-ref-key=B64 erasure-key=B64} (lines, or separated by spaces or {@code ;}); a single
 * base64 value is a first key, the other two derived from it. While data keys wrapped by the old key remain,
 * {@link #withPrevious} lets this key unwrap them too (chosen by the {@code masterKeyId} a data key carries).
 */
public final class MasterKey {
    static final String MASTER = "master-key";
    static final String RESIDENT_REF = "resident-ref-key";
    static final String ERASURE = "erasure-key";
    private final byte[] key;
    private final String id;
    private final byte[] refKey;
    private final byte[] erasureKey;
    private final boolean derived;
    private final List<MasterKey> previous;

    private MasterKey(byte[] key) {
        this(checked(key), hmac(key, "complaint-streams resident-ref v1"), hmac(key, "complaint-streams erasure-request v1"), true, List.of());
    }

    private MasterKey(byte[] key, byte[] refKey, byte[] erasureKey, boolean derived, List<MasterKey> previous) {
        this.key = checked(key).clone();
        this.id = HexFormat.of().formatHex(sha256("complaint-streams master key id".getBytes(StandardCharsets.UTF_8), key), 0, 8);
        this.refKey = checked(refKey).clone();
        this.erasureKey = checked(erasureKey).clone();
        this.derived = derived;
        this.previous = List.copyOf(previous);
    }

    private static byte[] checked(byte[] key) {
        if (key.length != AesGcm.KEY_BYTES) {
            throw new IllegalArgumentException("the master key must be 32 bytes (256 bits), base64-encoded; got " + key.length + " bytes");
        }
        return key;
    }

    /**
     * From its text (a file's content or an environment variable): one base64 value, or the rotated form
     * {@code master-key=B64 resident-ref-key=B64 erasure-key=B64}.
     */
    public static MasterKey fromBase64(String text) {
        Map<String, String> named = new HashMap<>();
        List<String> bare = new ArrayList<>();
        String content = String.join("\n", text.lines().filter(line -> !line.strip().startsWith("#")).toList());
        for (String token : content.trim().split("[\\s;]+")) {
            if (token.isEmpty()) {
                continue;
            }
            int eq = token.indexOf('=');
            String name = eq > 0 ? token.substring(0, eq) : "";
            if (Set.of(MASTER, RESIDENT_REF, ERASURE).contains(name)) {
                named.put(name, token.substring(eq + 1));
            } else {
                bare.add(token);
            }
        }
        try {
            if (named.isEmpty() && bare.size() == 1) {
                return new MasterKey(Base64.getDecoder().decode(bare.get(0)));
            }
            if (!bare.isEmpty() || !named.keySet().equals(Set.of(MASTER, RESIDENT_REF, ERASURE))) {
                throw new IllegalArgumentException("expected one base64 value, or " + MASTER + "=, " + RESIDENT_REF + "= and "
                        + ERASURE + "= (a rotated key)");
            }
            return new MasterKey(Base64.getDecoder().decode(named.get(MASTER)), Base64.getDecoder().decode(named.get(RESIDENT_REF)),
                    Base64.getDecoder().decode(named.get(ERASURE)), false, List.of());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the master key is not valid base64 of 32 bytes: " + e.getMessage());
        }
    }

    /**
     * A new master key for a rotation: a fresh random wrapping key carrying this key's resident-reference and
     * erasure-request keys (so resident references, and with them every key id, stay the same).
     */
    public MasterKey rotated() {
        return new MasterKey(AesGcm.newKey(), refKey, erasureKey, false, List.of());
    }

    /**
     * This key, also able to unwrap data keys wrapped by {@code older} (during a rotation).
     *
     * @throws IllegalArgumentException when {@code older} is not this key's predecessor (other resident references)
     */
    public MasterKey withPrevious(MasterKey older) {
        if (!MessageDigest.isEqual(refKey, older.refKey) || !MessageDigest.isEqual(erasureKey, older.erasureKey)) {
            throw new IllegalArgumentException("the previous master key " + older.id() + " is not the predecessor of " + id
                    + " (its resident references differ): give the key this one was rotated from");
        }
        List<MasterKey> ring = new ArrayList<>(previous);
        ring.add(older);
        return new MasterKey(key, refKey, erasureKey, derived, ring);
    }

    /** The ids of the earlier keys this one can also unwrap with (empty outside a rotation). */
    public List<String> previousIds() {
        return previous.stream().map(MasterKey::id).toList();
    }

    /** The key's text form, as {@link #fromBase64} reads it (a file's content). Secret: never log it. */
    String text() {
        Base64.Encoder b64 = Base64.getEncoder();
        if (derived) {
            return b64.encodeToString(key) + "\n";
        }
        return "# complaint-streams master key " + id + " (rotated: it carries its predecessor's resident-reference and "
                + "erasure-request keys)\n" + MASTER + "=" + b64.encodeToString(key) + "\n" + RESIDENT_REF + "="
                + b64.encodeToString(refKey) + "\n" + ERASURE + "=" + b64.encodeToString(erasureKey) + "\n";
    }

    /** Reads the key file. */
    public static MasterKey read(Path file) throws IOException {
        return fromBase64(Files.readString(file, StandardCharsets.US_ASCII));
    }

    /** A new random key. */
    public static MasterKey generate() {
        return new MasterKey(AesGcm.newKey());
    }

    /** Writes the key to a new file readable and writable by the owner only (600 where POSIX permissions exist). */
    public void writeNew(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] text = text().getBytes(StandardCharsets.US_ASCII);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.write(file, text);
    }

    /** Fingerprint of the key (16 hex digits): tells keys apart without revealing them. */
    public String id() {
        return id;
    }

    /** Wraps a data key; {@code keyId} is bound as associated data, so a wrapped key cannot be moved to another id. */
    public byte[] wrap(byte[] dataKey, String keyId) {
        return AesGcm.seal(key, dataKey, keyId);
    }

    /** @throws AesGcm.UnreadableException when wrapped under another master key or altered */
    public byte[] unwrap(byte[] wrapped, String keyId) {
        return AesGcm.open(key, wrapped, keyId);
    }

    /**
     * Unwraps with the key named {@code masterKeyId} (the data key's own record says which): this key or one of its
     * {@linkplain #withPrevious previous} keys.
     *
     * @throws AesGcm.UnreadableException when neither this key nor a previous one is {@code masterKeyId}, or altered
     */
    public byte[] unwrap(byte[] wrapped, String keyId, String masterKeyId) {
        if (masterKeyId == null || masterKeyId.equals(id)) {
            return unwrap(wrapped, keyId);
        }
        for (MasterKey older : previous) {
            if (older.id().equals(masterKeyId)) {
                return older.unwrap(wrapped, keyId);
            }
        }
        throw new AesGcm.UnreadableException("wrapped by master key " + masterKeyId + ", which is neither " + id
                + " nor a previous key given");
    }

    /** Whether data keys wrapped by {@code masterKeyId} can be unwrapped here. */
    public boolean canUnwrap(String masterKeyId) {
        return id.equals(masterKeyId) || previousIds().contains(masterKeyId);
    }

    /** A resident's reference: base64url of the first 16 bytes of HMAC-SHA-256(derived key, residentId). */
    public String residentRef(String residentId) {
        byte[] mac = hmac(refKey, residentId);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(mac, 16));
    }

    /** Seals a resident id for an erasure request (associated data: the request id). */
    public byte[] sealResidentId(String residentId, String requestId) {
        return AesGcm.seal(erasureKey, residentId.getBytes(StandardCharsets.UTF_8), requestId);
    }

    public String openResidentId(byte[] sealed, String requestId) {
        return new String(AesGcm.open(erasureKey, sealed, requestId), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
