package io.complaintstreams.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The process's peak resident set size: {@code VmHWM} in {@code /proc/self/status} (Linux). */
public final class PeakRss {
    private static final Path STATUS = Path.of("/proc/self/status");

    private PeakRss() {
    }

    /** Peak RSS in MiB, or empty where {@code /proc/self/status} is not available. */
    public static OptionalLong megabytes() {
        try {
            return parseKilobytes(Files.readString(STATUS), "VmHWM").stream().map(kb -> kb / 1024).findFirst();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The value in kB of a {@code Name:   12345 kB} line of {@code /proc/<pid>/status}. */
    static OptionalLong parseKilobytes(String status, String field) {
        for (String line : status.split("\n")) {
            if (line.startsWith(field + ":")) {
                String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                if (parts.length == 2 && parts[1].equalsIgnoreCase("kB")) {
                    return OptionalLong.of(Long.parseLong(parts[0]));
                }
                throw new IllegalArgumentException("unexpected " + field + " line: " + line);
            }
        }
        return OptionalLong.empty();
    }
}
