package io.complaintstreams.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.internals.ClientUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processing exception handler is on for global stores (KIP-1270) everywhere Kafka Streams reads the setting,
 * including the StreamsConfig the main consumer's partition assignor builds from the consumer's own settings
 * ({@code AssignorConfiguration}), which logged "Processing exception handler is not enabled for the GlobalThread" at
 * every start although the application had it on.
 */
class GlobalProcessingHandlerConfigTest {
    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("deprecation")
    void shouldEnableTheGlobalProcessingHandlerAlsoInThePartitionAssignorsConfigWithoutAWarning() {
        Properties props = StreamsProperties.create("app", Map.of("bootstrap.servers", "127.0.0.1:9"), dir.toString(),
                "complaints.dead-letter");
        List<String> warnings = new ArrayList<>();
        Logger logger = (Logger) LogManager.getLogger(StreamsConfig.class);
        AbstractAppender appender = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                if (event.getLevel().isMoreSpecificThan(Level.WARN)) {
                    warnings.add(event.getMessage().getFormattedMessage());
                }
            }
        };
        appender.start();
        Level before = logger.getLevel();
        logger.addAppender(appender);
        logger.setLevel(Level.WARN);
        try {
            StreamsConfig config = new StreamsConfig(props);
            assertTrue(config.getBoolean(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG));
            // what StreamsPartitionAssignor's AssignorConfiguration does with the main consumer's settings
            StreamsConfig assignors = new ClientUtils.QuietStreamsConfig(config.getMainConsumerConfigs("app", "app-consumer", 0));
            assertTrue(assignors.getBoolean(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG));
        } finally {
            logger.removeAppender(appender);
            logger.setLevel(before);
            appender.stop();
        }
        assertEquals(List.of(), warnings);
    }
}
