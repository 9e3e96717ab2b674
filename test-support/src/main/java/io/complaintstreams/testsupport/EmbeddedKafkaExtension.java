package io.complaintstreams.testsupport;

import io.complaintstreams.broker.BrokerFatalError;
import io.complaintstreams.broker.BrokerSettings;
import io.complaintstreams.broker.EmbeddedKafkaBroker;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.broker.TopicProvisioner;
import io.complaintstreams.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one real embedded Kafka broker per test class, on a free port with its data in a temporary
 * directory, and stops it (deleting the directory) after the class. Either
 * <pre>{@code
 * @ExtendWith(EmbeddedKafkaExtension.class)
 * class MyIT {
 *     @Test void test(EmbeddedKafkaBroker broker) { ... broker.bootstrapServers() ... }
 * }
 * }</pre>
 * or
 * <pre>{@code
 * @RegisterExtension static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();
 * ... KAFKA.bootstrapServers() ...
 * }</pre>
 * Test methods and constructors may take an {@link EmbeddedKafkaBroker} or a {@link KafkaClientConfig}.
 * Give every test its own topics, e.g. {@code KAFKA.provisionProjectTopics(EmbeddedKafkaExtension.uniquePrefix("my-test"))}.
 * A fatal broker error does not end the JVM: {@link #fatalError()} returns it, and the class fails after
 * the broker is stopped. A {@code @Nested} class shares its enclosing class's broker.
 */
public class EmbeddedKafkaExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private EmbeddedKafkaBroker broker;
    private ExtensionContext owner;
    private Path dataDir;
    private volatile BrokerFatalError fatalError;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (broker != null) {
            return; // a @Nested class shares its enclosing class's broker
        }
        owner = context;
        dataDir = Files.createTempDirectory("embedded-kafka-");
        broker = EmbeddedKafkaBroker.start(BrokerSettings.of(dataDir).withClientPort(0)
                .withOnFatalError(error -> fatalError = error));
        broker.awaitReady(READY_TIMEOUT);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (context != owner) {
            return;
        }
        try {
            if (broker != null) {
                broker.close();
            }
        } finally {
            broker = null;
            owner = null;
            TempDirs.deleteRecursively(dataDir);
        }
        if (fatalError != null) {
            throw new IllegalStateException("the embedded broker reported a fatal error during "
                    + context.getDisplayName() + ": " + fatalError);
        }
    }

    /** The running broker; only between beforeAll and afterAll. */
    public EmbeddedKafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("the embedded broker is not running (use it from tests of the class)");
        }
        return broker;
    }

    /** {@code 127.0.0.1:PORT} of the running broker. */
    public String bootstrapServers() {
        return broker().bootstrapServers();
    }

    public KafkaClientConfig clientConfig() {
        return broker().clientConfig();
    }

    /** The fatal error the broker reported, or null. */
    public BrokerFatalError fatalError() {
        return fatalError;
    }

    /** Creates the eight project topics under {@code prefix} (1 partition each) and waits until they take writes. */
    public Topics provisionProjectTopics(String prefix) throws TimeoutException, InterruptedException {
        Topics topics = new Topics(prefix);
        new TopicProvisioner(clientConfig(), 1, (short) 1).provision(topics, READY_TIMEOUT);
        return topics;
    }

    /** {@code base + "-" + 8 random characters + "."}: a topic prefix no other test uses. */
    public static String uniquePrefix(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8) + ".";
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == EmbeddedKafkaBroker.class || type == KafkaClientConfig.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (broker == null) {
            throw new ParameterResolutionException("the embedded broker is not running for " + type.getSimpleName());
        }
        return type == EmbeddedKafkaBroker.class ? broker : broker.clientConfig();
    }
}
