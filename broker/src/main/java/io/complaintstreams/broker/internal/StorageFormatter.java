package io.complaintstreams.broker.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Formats a KRaft log directory once: only when {@code meta.properties} is missing. */
public final class StorageFormatter {
    private static final Logger LOG = LoggerFactory.getLogger(StorageFormatter.class);

    private StorageFormatter() {
    }

    public static boolean isFormatted(Path logDir) {
        return Files.isRegularFile(logDir.resolve("meta.properties"));
    }

    /** Formats {@code logDir} with a new cluster id unless already formatted; returns true if it formatted. */
    public static boolean formatIfNeeded(Path logDir, Properties brokerProps) throws IOException {
        return formatIfNeeded(logDir, brokerProps, Uuid.randomUuid().toString());
    }

    /** Formats {@code logDir} for the given cluster (every node of a cluster shares its id) unless already formatted. */
    public static boolean formatIfNeeded(Path logDir, Properties brokerProps, String clusterId) throws IOException {
        if (isFormatted(logDir)) {
            return false;
        }
        Files.createDirectories(logDir);
        Path propsFile = Files.createTempFile(logDir.getParent(), "format-", ".properties");
        try {
            try (OutputStream out = Files.newOutputStream(propsFile)) {
                brokerProps.store(out, "embedded broker, for formatting");
            }
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            int code;
            try (PrintStream print = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
                code = kafka.tools.StorageTool.execute(
                        new String[]{"format", "-t", clusterId, "-c", propsFile.toString()}, print);
            }
            String output = captured.toString(StandardCharsets.UTF_8).trim();
            if (code != 0) {
                throw new IOException("formatting " + logDir + " failed (" + code + "): " + output);
            }
            LOG.info("Formatted {} for new cluster {}", logDir, clusterId);
            LOG.debug("Format output: {}", output);
            return true;
        } finally {
            Files.deleteIfExists(propsFile);
        }
    }
}
