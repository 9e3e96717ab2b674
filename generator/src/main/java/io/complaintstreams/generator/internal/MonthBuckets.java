package io.complaintstreams.generator.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.generator.GeneratedEvent;
import io.complaintstreams.generator.Topics;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * External sort by month: events are appended as "epochMillis TAB json" to one temporary file per (topic, month),
 * then each month is sorted in memory (stably, so ties keep generation order) and appended to the topic's file.
 */
public final class MonthBuckets implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;
    private final Path tmp;
    private final YearMonth first;
    private final Map<String, TreeMap<Long, Writer>> writers = new LinkedHashMap<>();

    public MonthBuckets(Path dir, YearMonth first) throws IOException {
        this.dir = dir;
        this.first = first;
        Files.createDirectories(dir);
        this.tmp = Files.createTempDirectory(dir, ".generate-");
        Topics.ALL.forEach(topic -> writers.put(topic, new TreeMap<>()));
    }

    public void addAll(List<GeneratedEvent> events) {
        try {
            for (GeneratedEvent event : events) {
                Writer writer = writer(event);
                writer.write(Long.toString(event.occurredAt().toEpochMilli()));
                writer.write('\t');
                writer.write(MAPPER.writeValueAsString(event.json()));
                writer.write('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a generated event", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sorts each bucket into the final files; calls {@code perBucket} once per (topic, month of the period). */
    public Map<String, Long> finish(int months, Runnable perBucket) throws IOException {
        for (TreeMap<Long, Writer> byMonth : writers.values()) {
            for (Writer w : byMonth.values()) {
                w.close();
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String topic : Topics.ALL) {
            long count = 0;
            try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(Topics.fileName(topic)), StandardCharsets.UTF_8)) {
                TreeMap<Long, Writer> byMonth = writers.get(topic);
                long lastIndex = Math.max(months - 1, byMonth.isEmpty() ? 0 : byMonth.lastKey());
                for (long index = 0; index <= lastIndex; index++) {
                    if (byMonth.containsKey(index)) {
                        count += sortInto(bucketPath(topic, index), out);
                    }
                    if (index < months) {
                        perBucket.run();
                    }
                }
            }
            counts.put(topic, count);
        }
        return counts;
    }

    private static long sortInto(Path bucket, Writer out) throws IOException {
        record Line(long millis, String json) { }
        List<Line> lines = new ArrayList<>();
        try (Stream<String> raw = Files.lines(bucket, StandardCharsets.UTF_8)) {
            raw.forEach(l -> {
                int tab = l.indexOf('\t');
                lines.add(new Line(Long.parseLong(l, 0, tab, 10), l.substring(tab + 1)));
            });
        }
        lines.sort(Comparator.comparingLong(Line::millis));
        for (Line line : lines) {
            out.write(line.json());
            out.write('\n');
        }
        Files.delete(bucket);
        return lines.size();
    }

    private Writer writer(GeneratedEvent event) throws IOException {
        long index = Math.max(0, first.until(YearMonth.from(event.occurredAt().atZone(ZoneOffset.UTC)), ChronoUnit.MONTHS));
        TreeMap<Long, Writer> byMonth = writers.get(event.topic());
        Writer writer = byMonth.get(index);
        if (writer == null) {
            writer = Files.newBufferedWriter(bucketPath(event.topic(), index), StandardCharsets.UTF_8);
            byMonth.put(index, writer);
        }
        return writer;
    }

    private Path bucketPath(String topic, long index) {
        return tmp.resolve(topic + "." + index + ".tmp");
    }

    @Override
    public void close() throws IOException {
        for (TreeMap<Long, Writer> byMonth : writers.values()) {
            for (Writer w : byMonth.values()) {
                w.close();
            }
        }
        try (Stream<Path> left = Files.list(tmp)) {
            for (Path p : left.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(tmp);
    }
}
