package io.complaintstreams.privacy;

import complaintstreams.events.SealedText;
import complaintstreams.privacy.ResidentKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TextVault} over a key ring (the keys of {@code complaints.resident-keys} as a lookup by key id). A key that
 * is missing is either erased (the resident's erased marker is present), expired (its month is past the retention),
 * or not arrived yet: the key topic is read by another thread than the records it encrypts, although both were
 * committed together, so a missing key is polled for up to {@code keyWait} before the text is taken as absent. A key
 * that never came is remembered so later records do not wait again. Logs name the month, never the resident.
 */
public final class KeyRingVault implements TextVault {
    private static final Logger LOG = LoggerFactory.getLogger(KeyRingVault.class);
    static final int MAX_REMEMBERED_MISSING = 10_000;

    private final MasterKey master;
    private final Function<String, ResidentKey> lookup;
    private final TextRetention retention;
    private final Supplier<LocalDate> today;
    private final Duration keyWait;
    private final LongSupplier nanoTime;
    private final Map<String, Boolean> missing = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_REMEMBERED_MISSING;
        }
    };

    /**
     * @param lookup    key id (or erased marker) to its record; null when absent
     * @param today     the wall-clock date, for retention
     * @param keyWait   how long to poll for a key that has not arrived
     */
    public KeyRingVault(MasterKey master, Function<String, ResidentKey> lookup, TextRetention retention,
                        Supplier<LocalDate> today, Duration keyWait) {
        this(master, lookup, retention, today, keyWait, System::nanoTime);
    }

    KeyRingVault(MasterKey master, Function<String, ResidentKey> lookup, TextRetention retention, Supplier<LocalDate> today,
                 Duration keyWait, LongSupplier nanoTime) {
        this.master = master;
        this.lookup = lookup;
        this.retention = retention;
        this.today = today;
        this.keyWait = keyWait;
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<String> open(SealedText sealed, String associatedData) {
        String keyId = sealed.getKeyId();
        YearMonth period = KeyIds.periodOfKeyId(keyId);
        if (period == null || retention.expired(period, today.get())) {
            return Optional.empty();
        }
        ResidentKey key = lookup.apply(keyId);
        if (key == null) {
            key = awaitKey(keyId, period);
        }
        if (key == null) {
            return Optional.empty();
        }
        try {
            byte[] dataKey = master.unwrap(bytes(key.getWrappedKey()), keyId, key.getMasterKeyId());
            return Optional.of(new String(AesGcm.open(dataKey, bytes(sealed.getCipher()), associatedData), StandardCharsets.UTF_8));
        } catch (AesGcm.UnreadableException e) {
            LOG.warn("Sealed text of {} cannot be opened (key wrapped with master key {}, this instance has {}): taken as absent",
                    period, key.getMasterKeyId(), master.id());
            return Optional.empty();
        }
    }

    private ResidentKey awaitKey(String keyId, YearMonth period) {
        if (lookup.apply(KeyIds.erasedMarker(KeyIds.residentRefOf(keyId))) != null || missing.containsKey(keyId)) {
            return null;
        }
        long deadline = nanoTime.getAsLong() + keyWait.toNanos();
        while (nanoTime.getAsLong() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            ResidentKey key = lookup.apply(keyId);
            if (key != null) {
                return key;
            }
        }
        missing.put(keyId, Boolean.TRUE);
        LOG.warn("No data key arrived within {} for sealed text of {}: that text is taken as absent", keyWait, period);
        return null;
    }

    private static byte[] bytes(java.nio.ByteBuffer buffer) {
        java.nio.ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
