package io.complaintstreams.app.logging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

/** The app's own log4j2.xml (not the tests'): what it drops as expected, and that it keeps what is not. */
class LogConfigurationTest {
    private static final String TASK_MANAGER = "org.apache.kafka.streams.processor.internals.TaskManager";

    private static LoggerConfig logger(String name) throws Exception {
        try (InputStream in = LogConfigurationTest.class.getResourceAsStream("/log4j2.xml")) {
            XmlConfiguration config = new XmlConfiguration(new LoggerContext("log-configuration-test"), new ConfigurationSource(in));
            config.initialize();
            return config.getLoggerConfig(name);
        }
    }

    private static boolean dropped(LoggerConfig config, Level level, String message) {
        return !config.getLevel().isLessSpecificThan(level) ? true
                : config.isFiltered(Log4jLogEvent.newBuilder().setLoggerName(config.getName()).setLevel(level)
                        .setMessage(new SimpleMessage(message)).build());
    }

    @Test
    void shouldDropTheTaskManagersErrorOnlyWhenEveryTaskItListsWasCorruptedAndWipedUnderExactlyOnce() throws Exception {
        LoggerConfig taskManager = logger(TASK_MANAGER);
        assertTrue(dropped(taskManager, Level.ERROR, "stream-thread [app-StreamThread-1] Get exceptions for the following tasks: "
                + "{0_0=org.apache.kafka.streams.errors.TaskCorruptedException: Tasks [0_0] are corrupted and hence need to be re-initialized}"));
        assertTrue(dropped(taskManager, Level.ERROR, "stream-thread [app-StreamThread-1] Get exceptions for the following tasks: "
                + "{0_0=org.apache.kafka.streams.errors.TaskCorruptedException: Tasks [0_0, 0_1] are corrupted and hence need to be "
                + "re-initialized, 0_1=org.apache.kafka.streams.errors.TaskCorruptedException: Tasks [0_0, 0_1] are corrupted}"));
        assertFalse(dropped(taskManager, Level.ERROR, "stream-thread [app-StreamThread-1] Get exceptions for the following tasks: "
                + "{0_0=org.apache.kafka.streams.errors.TaskCorruptedException: Tasks [0_0] are corrupted, "
                + "1_0=org.apache.kafka.streams.errors.StreamsException: task [1_0] Failed to initialize}"), "another failure listed");
        assertFalse(dropped(taskManager, Level.ERROR, "stream-thread [app-StreamThread-1] Get exceptions for the following tasks: "
                + "{1_0=org.apache.kafka.common.KafkaException: failed}"));
        assertFalse(dropped(taskManager, Level.ERROR, "Failed to close task 0_0 cleanly"), "every other error stays");
        assertFalse(dropped(taskManager, Level.WARN, "stream-thread [app-StreamThread-1] Encounter corrupted task 0_0"), "warnings stay");
        assertFalse(dropped(logger("org.apache.kafka.streams.processor.internals.StreamThread"), Level.WARN,
                "Detected the states of tasks [0_0] are corrupted. Will close the task as dirty and re-create and bootstrap from scratch."),
                "what happened is still logged");
    }

    @Test
    void shouldDropOnlyTheOffsetFetchersNoteAboutAPartitionNoLongerAssigned() throws Exception {
        LoggerConfig fetcher = logger("org.apache.kafka.clients.consumer.internals.OffsetFetcherUtils");
        assertTrue(dropped(fetcher, Level.WARN, "[Consumer clientId=complaint-streams-2931068d-49cc-4ae3-a8b4-4d721e6a642f-global-consumer, "
                + "groupId=null] Not updating last stable offset for partition complaints.resident-keys-0 as it is no longer assigned"));
        assertFalse(dropped(fetcher, Level.WARN, "[Consumer clientId=app-consumer, groupId=app] Received unknown topic or partition "
                + "error in ListOffset request for partition crm.contacts-0"), "its other warnings stay");
    }

    /** A new user's finding: 32 ERROR lines at the restart after a kill -9, each the coordinator reloading a partition. */
    @Test
    void shouldDropOnlyTheGroupCoordinatorsReloadUnderANewLeaderEpochAfterAnUncleanStop() throws Exception {
        LoggerConfig runtime = logger("org.apache.kafka.coordinator.common.runtime.CoordinatorRuntime");
        assertTrue(dropped(runtime, Level.ERROR, "[GroupCoordinator id=1] Failed to load metadata from __consumer_offsets-29 "
                + "with epoch 2 due to Stopped loading records from __consumer_offsets-29 because the partition is not online "
                + "or is no longer the leader.."));
        assertFalse(dropped(runtime, Level.ERROR, "[GroupCoordinator id=1] Failed to load metadata from __consumer_offsets-29 "
                + "with epoch 2 due to org.apache.kafka.common.errors.CorruptRecordException: Record is corrupt"),
                "another failure to load stays");
        assertFalse(dropped(runtime, Level.ERROR, "[GroupCoordinator id=1] Execution of write-txn-marker failed"), "other errors stay");
    }
}
