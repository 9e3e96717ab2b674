package io.complaintstreams.query;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.LagInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How far behind this instance's copies of each store partition are: Kafka Streams'
 * {@link KafkaStreams#allLocalStorePartitionLags()} (KIP-535: the changelog records between a copy's position and the
 * changelog's end), sampled every {@link #INTERVAL} on a thread of its own, because the call asks the brokers for end
 * offsets and has no timeout of its own: a query reads the last sample and never waits on a broker. A running active
 * copy is never behind (it writes the changelog); a standby or a restoring active is behind by its lag.
 */
public final class StoreLags implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StoreLags.class);
    /** How often the lags are sampled. */
    public static final Duration INTERVAL = Duration.ofSeconds(1);
    /** A sample older than this is not trusted: lags read as unknown. */
    public static final Duration TRUSTED_FOR = Duration.ofSeconds(15);
    /** The lag reported when no recent sample knows the copy. */
    public static final long UNKNOWN = -1;

    private final KafkaStreams streams;
    private final ScheduledExecutorService sampler;
    private volatile Sample last = new Sample(Map.of(), 0);

    private record Sample(Map<String, Map<Integer, LagInfo>> lags, long takenNanos) {}

    private StoreLags(KafkaStreams streams) {
        this.streams = streams;
        this.sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-lag-sampler");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts sampling; {@link #close()} stops it. */
    public static StoreLags start(KafkaStreams streams) {
        StoreLags lags = new StoreLags(streams);
        lags.sampler.scheduleWithFixedDelay(lags::sample, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return lags;
    }

    private void sample() {
        try {
            KafkaStreams.State state = streams.state();
            if (state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING) {
                last = new Sample(streams.allLocalStorePartitionLags(), System.nanoTime());
            }
        } catch (RuntimeException e) {
            LOG.debug("store lags not sampled this time: {}", e.toString());
        }
    }

    /**
     * The changelog records this instance's copy of the store partition had not yet applied at the last sample, or
     * {@link #UNKNOWN} when no sample of the last {@link #TRUSTED_FOR} knows it.
     */
    public long lagOf(String store, int partition) {
        Sample sample = last;
        if (System.nanoTime() - sample.takenNanos() > TRUSTED_FOR.toNanos()) {
            return UNKNOWN;
        }
        LagInfo info = sample.lags().getOrDefault(store, Map.of()).get(partition);
        return info == null ? UNKNOWN : info.offsetLag();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
