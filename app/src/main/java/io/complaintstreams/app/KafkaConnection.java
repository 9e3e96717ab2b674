package io.complaintstreams.app;

import io.complaintstreams.broker.BrokerSettings;
import io.complaintstreams.broker.EmbeddedKafkaBroker;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.config.AppConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Kafka cluster the app talks to: the embedded broker it started, or an external one. */
public final class KafkaConnection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaConnection.class);
    private final Optional<EmbeddedKafkaBroker> embedded;
    private final KafkaClientConfig clients;
    private final Admin admin;

    private KafkaConnection(Optional<EmbeddedKafkaBroker> embedded, KafkaClientConfig clients) {
        this.embedded = embedded;
        this.clients = clients;
        this.admin = Admin.create(clients.asProperties());
    }

    public static KafkaConnection open(RunSettings settings, Consumer<String> onFatal) throws Exception {
        AppConfig config = settings.config();
        if (!config.embeddedBroker()) {
            LOG.info("Using the Kafka cluster at {}", config.get(AppConfig.BOOTSTRAP_SERVERS));
            return new KafkaConnection(Optional.empty(),
                    new KafkaClientConfig(config.get(AppConfig.BOOTSTRAP_SERVERS), config.kafkaSettings().forEveryClient()));
        }
        LOG.info("Starting the embedded KRaft broker (data under {}, port {})", settings.dataDir(), settings.kafkaPort());
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.of(settings.dataDir())
                .withClientPort(settings.kafkaPort())
                .withOnFatalError(error -> onFatal.accept("Kafka broker fatal error: " + error))
                .withOverrides(java.util.Map.of(BrokerSettings.CLEANER_DEDUPE_BUFFER,
                        Long.toString(config.brokerCleanerDedupeBufferBytes()))));
        Duration took = broker.awaitReady(Duration.ofSeconds(120));
        LOG.info("Embedded broker ready at {} in {} ms", broker.bootstrapServers(), took.toMillis());
        return new KafkaConnection(Optional.of(broker), broker.clientConfig());
    }

    public KafkaClientConfig clients() {
        return clients;
    }

    public Admin admin() {
        return admin;
    }

    public boolean isEmbedded() {
        return embedded.isPresent();
    }

    public boolean reachable() {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).clusterId().get();
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
        embedded.ifPresent(EmbeddedKafkaBroker::close);
    }
}
