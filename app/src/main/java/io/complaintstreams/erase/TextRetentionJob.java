package io.complaintstreams.erase;

import complaintstreams.privacy.ResidentKey;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.privacy.KeyIds;
import io.complaintstreams.privacy.TextRetention;
import io.complaintstreams.topics.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Free-text retention ({@code privacy.text-retention}): deletes (tombstones) the data keys of every month whose text is
 * past the retention, so those words become unreadable in every topic and store while the records keep their
 * classification and counts. Runs in the app, not in a processor: shortly after start, then every
 * {@link #INTERVAL}. Several instances may run it at once; a tombstone twice is harmless. Logs counts and months only.
 */
public final class TextRetentionJob implements AutoCloseable {
    public static final Duration INTERVAL = Duration.ofHours(6);
    static final Duration FIRST_RUN_AFTER = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(TextRetentionJob.class);

    private final KafkaClientConfig clients;
    private final Topics topics;
    private final TextRetention retention;
    private final Clock clock;
    private final ZoneId zone;
    private ScheduledExecutorService timer;

    public TextRetentionJob(KafkaClientConfig clients, Topics topics, TextRetention retention, Clock clock, ZoneId zone) {
        this.clients = clients;
        this.topics = topics;
        this.retention = retention;
        this.clock = clock;
        this.zone = zone;
    }

    /** Schedules the job on its own thread. */
    public TextRetentionJob start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "text-retention");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::runQuietly, FIRST_RUN_AFTER.toSeconds(), INTERVAL.toSeconds(), TimeUnit.SECONDS);
        return this;
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (Exception e) {
            LOG.warn("Text retention did not run ({}); next try in {}", e.toString(), INTERVAL);
        }
    }

    /** Deletes the keys of every expired month; returns how many. */
    public int runOnce() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, ResidentKey> live = ResidentKeyScan.live(clients, topics.residentKeys, Duration.ofMinutes(2));
        List<String> expired = live.keySet().stream().filter(id -> {
            YearMonth period = KeyIds.periodOfKeyId(id);
            return period != null && retention.expired(period, today);
        }).toList();
        if (expired.isEmpty()) {
            return 0;
        }
        Properties p = clients.asProperties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (String keyId : expired) {
                producer.send(new ProducerRecord<>(topics.residentKeys.name(), keyId, null));
            }
            producer.flush();
        }
        LOG.info("Text retention ({}): deleted {} data key(s) of months up to {}; their text is no longer readable",
                retention.retention(), expired.size(), retention.latestExpiredPeriod(today));
        return expired.size();
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
