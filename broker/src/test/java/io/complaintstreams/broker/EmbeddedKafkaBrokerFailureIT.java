package io.complaintstreams.broker;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbeddedKafkaBrokerFailureIT {
    private static final Duration READY = Duration.ofSeconds(60);

    @TempDir
    Path dataDir;

    @TempDir
    Path otherDataDir;

    @Test
    void shouldFailClearlyWhenTheClientPortIsTakenAndStartLaterOnTheSameDataDir() throws Exception {
        int port;
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = squatter.getLocalPort();
            BrokerSettings settings = BrokerSettings.of(dataDir).withClientPort(port);

            IllegalStateException error = assertThrows(IllegalStateException.class, () -> EmbeddedKafkaBroker.start(settings));

            assertTrue(error.getMessage().contains("127.0.0.1:" + port), error.getMessage());
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.of(dataDir).withClientPort(port))) {
            broker.awaitReady(READY);
        }
    }

    @Test
    void shouldRefuseASecondBrokerOnADataDirInUse() throws Exception {
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.start(BrokerSettings.of(dataDir).withClientPort(0))) {
            first.awaitReady(READY);

            DataDirInUseException refused = assertThrows(DataDirInUseException.class,
                    () -> EmbeddedKafkaBroker.start(BrokerSettings.of(dataDir).withClientPort(0)).close());
            assertTrue(refused.getMessage().contains(dataDir.toAbsolutePath().normalize().toString()), refused.getMessage());
            assertTrue(refused.getMessage().contains("pid " + ProcessHandle.current().pid()), refused.getMessage());

            try (EmbeddedKafkaBroker other = EmbeddedKafkaBroker.start(BrokerSettings.of(otherDataDir).withClientPort(0))) {
                other.awaitReady(READY);
            }
            first.awaitReady(READY);
        }
    }
}
