package io.complaintstreams.broker.internal;

import io.complaintstreams.broker.BrokerSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/** The single-node combined broker+controller KRaft configuration. */
public final class BrokerProperties {
    public static final int NODE_ID = 1;
    public static final String CONTROLLER_LISTENER = "CONTROLLER";
    /** In an override's value: the client (PLAINTEXT) port. */
    public static final String CLIENT_PORT = "{clientPort}";
    /** In an override's value: the controller port. */
    public static final String CONTROLLER_PORT = "{controllerPort}";

    private BrokerProperties() {
    }

    public static Properties build(Path logDir, int clientPort, int controllerPort, Map<String, String> overrides) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("auto.create.topics.enable", "false");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put(BrokerSettings.CLEANER_DEDUPE_BUFFER, Long.toString(BrokerSettings.DEFAULT_CLEANER_DEDUPE_BUFFER_BYTES));
        // an override may name the ports chosen here, e.g. to add a SASL listener beside PLAINTEXT and CONTROLLER
        overrides.forEach((key, value) -> p.put(key, value.replace(CLIENT_PORT, Integer.toString(clientPort))
                .replace(CONTROLLER_PORT, Integer.toString(controllerPort))));
        return p;
    }
}
