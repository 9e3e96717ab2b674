package io.complaintstreams.broker.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node in a JVM of its own serves clients, and does not outlive the process that started it: when the parent goes
 * (its end of the node's standard input closes), the node halts.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class NodeProcessIT {
    @TempDir
    Path dir;

    @Test
    void shouldServeClientsThenHaltOnceTheProcessThatStartedItIsGone() throws Exception {
        int client = FreePorts.pick();
        int controller = FreePorts.pick();
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controller);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + client + ",CONTROLLER://127.0.0.1:" + controller);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + client);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", dir.resolve("node-1").toString());
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");

        NodeProcess node = NodeProcess.start(1, props, Uuid.randomUuid().toString(), dir);
        try {
            node.awaitStarted(Duration.ofSeconds(110));
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + client))) {
                assertEquals(1, admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size(), "the node serves clients");
            }

            node.closeInput();

            OptionalInt status = node.exitStatus(Duration.ofSeconds(30));
            assertEquals(OptionalInt.of(2), status, "the node halts once its parent's end of its input is closed");
            assertTrue(Files.readString(dir.resolve("node-1.log")).contains("the process that started this node is gone"));
        } finally {
            node.kill();
        }
    }
}
