package io.complaintstreams.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.domain.validation.InstantParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Before {@code import} publishes complaint events from the past into an instance that dates deadlines by the wall
 * clock: a warning, because that instance alerts every deadline already past as overdue the moment a complaint's
 * first event arrives (its acknowledgement or response is read moments later, but the alert is out). The walkthrough
 * of issue 14 produced 86% false ACKNOWLEDGEMENT_OVERDUE alerts that way. History belongs in an instance started with
 * {@code --clock event}. In a terminal the import asks first; in a script it refuses; {@code --yes} imports anyway
 * (as {@code erase} and {@code reset} refuse without {@code --yes} when no one can answer).
 * Only our own files are scanned (JSON lines or CSV with an {@code occurredAt} column; not a mapped export).
 */
final class HistoryCheck {
    /** Older than this, a complaint's acknowledgement deadline (5 working days) has passed. */
    static final Duration PAST = Duration.ofDays(7);
    private static final ObjectMapper JSON = new ObjectMapper();

    private HistoryCheck() {
    }

    /** The oldest occurredAt of the complaint events under {@code input}, and how many are older than {@link #PAST}. */
    record History(Instant oldest, long olderThanAWeek) {
    }

    static boolean confirmed(InstanceTarget target, Path input, boolean mapped, boolean yes) throws IOException {
        if (mapped || target.instance().isPresent() && !target.instance().get().wallClock()) {
            return true;
        }
        Optional<History> history = scan(input, Instant.now());
        if (history.isEmpty()) {
            return true;
        }
        History h = history.get();
        String since = LocalDate.ofInstant(h.oldest(), ZoneOffset.UTC).toString();
        if (target.instance().isEmpty()) {
            System.err.printf("Note: %s older than a week (from %s). If the instance reading them dates deadlines "
                    + "by the wall clock (run's default) it alerts every deadline already past as overdue; history belongs in an "
                    + "instance started with --clock event (README, 'Try it').%n", events(h.olderThanAWeek()), since);
            return true;
        }
        System.err.printf("Warning: %s older than a week (from %s), and the running instance (%s) dates "
                + "deadlines by the wall clock.%n  It would raise ACKNOWLEDGEMENT_OVERDUE and RESPONSE_OVERDUE alerts now for "
                + "deadlines already past, even for complaints answered on time.%n  To load history, import it into an instance "
                + "started with --clock event on its own --data-dir and ports (README, 'Try it').%n",
                events(h.olderThanAWeek()), since, target.instance().get().httpUrl());
        if (yes) {
            return true;
        }
        if (System.console() == null) {
            System.err.println("Refused: no terminal to ask. Add --yes to import into this wall-clock instance anyway.");
            return false;
        }
        String answer = System.console().readLine("Import into this wall-clock instance anyway? [y/N] ");
        return answer != null && answer.trim().toLowerCase(Locale.ROOT).startsWith("y");
    }

    private static String events(long n) {
        return n == 1 ? "1 complaint event is" : String.format("%,d complaint events are", n);
    }

    /** Empty when no complaint event under {@code input} is older than a week before {@code now}. */
    static Optional<History> scan(Path input, Instant now) throws IOException {
        Instant cutoff = now.minus(PAST);
        Instant oldest = null;
        long older = 0;
        for (Path file : complaintEventFiles(input)) {
            for (Instant at : occurredAts(file)) {
                if (at.isBefore(cutoff)) {
                    older++;
                    oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
                }
            }
        }
        return older == 0 ? Optional.empty() : Optional.of(new History(oldest, older));
    }

    private static List<Path> complaintEventFiles(Path input) throws IOException {
        if (Files.isRegularFile(input)) {
            return isComplaintEvents(input) ? List.of(input) : List.of();
        }
        try (Stream<Path> files = Files.list(input)) {
            return files.filter(Files::isRegularFile).filter(HistoryCheck::isComplaintEvents).sorted().toList();
        }
    }

    private static boolean isComplaintEvents(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.contains("complaint-events") && (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".csv"));
    }

    private static List<Instant> occurredAts(Path file) throws IOException {
        boolean csv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            Stream<String> lines = reader.lines();
            if (csv) {
                List<String> all = lines.toList();
                if (all.isEmpty()) {
                    return List.of();
                }
                int column = List.of(all.get(0).replace("\uFEFF", "").split(",")).indexOf("occurredAt");
                if (column < 0) {
                    return List.of();
                }
                return all.stream().skip(1).map(l -> l.split(",")).filter(c -> c.length > column)
                        .map(c -> InstantParser.parse(c[column].replace("\"", "").trim())).flatMap(Optional::stream).toList();
            }
            return lines.map(HistoryCheck::occurredAtOfJson).flatMap(Optional::stream).toList();
        }
    }

    private static Optional<Instant> occurredAtOfJson(String line) {
        try {
            JsonNode n = JSON.readTree(line);
            return n == null ? Optional.empty() : InstantParser.parse(n.path("occurredAt").asText(""));
        } catch (IOException e) {
            return Optional.empty(); // a bad line is the importer's to dead-letter, not this check's
        }
    }
}
