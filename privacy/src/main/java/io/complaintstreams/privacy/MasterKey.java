package io.complaintstreams.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The master key: 256 bits, base64 in a file or an environment variable. It wraps (encrypts) every resident's data
 * key and derives, with HMAC-SHA-256, the key of resident references and the key that seals erasure requests. It is
 * never written to Kafka and never logged; {@link #id()} is a fingerprint safe to show.
 */
public final class MasterKey {
    private final byte[] key;
    private final String id;
    private final byte[] refKey;
    private final byte[] erasureKey;

    private MasterKey(byte[] key) {
        if (key.length != AesGcm.KEY_BYTES) {
            throw new IllegalArgumentException("the master key must be 32 bytes (256 bits), base64-encoded; got " + key.length + " bytes");
        }
        this.key = key.clone();
        this.id = HexFormat.of().formatHex(sha256("complaint-streams master key id".getBytes(StandardCharsets.UTF_8), key), 0, 8);
        this.refKey = hmac(key, "complaint-streams resident-ref v1");
        this.erasureKey = hmac(key, "complaint-streams erasure-request v1");
    }

    /** From its base64 text (a file's content or an environment variable). */
    public static MasterKey fromBase64(String base64) {
        try {
            return new MasterKey(Base64.getDecoder().decode(base64.trim()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the master key is not valid base64 of 32 bytes: " + e.getMessage());
        }
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
        byte[] text = (Base64.getEncoder().encodeToString(key) + "\n").getBytes(StandardCharsets.US_ASCII);
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
