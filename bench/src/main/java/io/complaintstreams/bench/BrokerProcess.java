package io.complaintstreams.bench;

import io.complaintstreams.broker.BrokerSettings;
import io.complaintstreams.broker.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The bench's broker in a process of its own, so that the app's memory can be read apart from the broker's:
 * {@code BrokerProcess DATA_DIR} starts the embedded KRaft broker on a free port, prints {@code READY host:port} and
 * runs until its standard input closes (the bench ends it so).
 */
public final class BrokerProcess {
    static final String READY = "READY ";

    private BrokerProcess() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerSettings.of(Path.of(args[0])).withClientPort(0));
        broker.awaitReady(Duration.ofSeconds(120));
        System.out.println(READY + broker.bootstrapServers());
        System.out.flush();
        while (System.in.read() != -1) {
            // wait for the bench to close our stdin
        }
        broker.close();
        System.exit(0);
    }
}
