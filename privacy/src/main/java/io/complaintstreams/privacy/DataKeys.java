package io.complaintstreams.privacy;

import complaintstreams.privacy.ResidentKey;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data keys an ingest process encrypts with: one per (resident, month), made on first use and published (wrapped)
 * on {@code complaints.resident-keys} in the same transaction as the first records it encrypts. A key is reused only
 * after that transaction committed ({@link #confirm}), and only for {@link #DEFAULT_TTL}: so a resident erased
 * meanwhile gets a new key within minutes, and an erased key is never published again. Thread-safe.
 */
public final class DataKeys {
    public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
    static final int MAX_CACHED = 50_000;

    private final MasterKey master;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Cached> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > MAX_CACHED;
        }
    };

    /** A data key ready to encrypt with; {@code record} is non-null when it is new and must be published. */
    public record Issued(String keyId, byte[] key, ResidentKey record) {}

    private record Cached(Issued issued, Instant expires) {}

    public DataKeys(MasterKey master) {
        this(master, DEFAULT_TTL, Clock.systemUTC());
    }

    public DataKeys(MasterKey master, Duration ttl, Clock clock) {
        this.master = master;
        this.ttl = ttl;
        this.clock = clock;
    }

    public MasterKey master() {
        return master;
    }

    /** A confirmed key of this resident and month still within its time to live, or a new one to publish. */
    public Issued keyFor(String residentId, YearMonth period) {
        String ref = master.residentRef(residentId);
        String slot = ref + KeyIds.SEPARATOR + period;
        synchronized (cache) {
            Cached c = cache.get(slot);
            if (c != null && clock.instant().isBefore(c.expires())) {
                return new Issued(c.issued().keyId(), c.issued().key(), null);
            }
        }
        String keyId = KeyIds.newKeyId(ref, period);
        byte[] key = AesGcm.newKey();
        ResidentKey record = ResidentKey.newBuilder().setKeyId(keyId).setResidentRef(ref).setPeriod(period.toString())
                .setWrappedKey(ByteBuffer.wrap(master.wrap(key, keyId))).setMasterKeyId(master.id())
                .setCreatedAt(clock.instant()).build();
        return new Issued(keyId, key, record);
    }

    /** The transaction that published {@code issued.record()} committed: the key may be reused. */
    public void confirm(Issued issued) {
        if (issued.record() == null) {
            return;
        }
        String slot = issued.record().getResidentRef() + KeyIds.SEPARATOR + issued.record().getPeriod();
        synchronized (cache) {
            cache.put(slot, new Cached(issued, clock.instant().plus(ttl)));
        }
    }
}
