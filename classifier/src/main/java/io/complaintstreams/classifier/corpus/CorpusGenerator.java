package io.complaintstreams.classifier.corpus;

import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.classifier.Source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code templates.txt} into labelled records with a seeded generator. Same templates and seed give
 * the same file, byte for byte. {@code main(outputPath)} rewrites {@code generated.tsv}.
 */
public final class CorpusGenerator {
    public static final long SEED = 20250401L;
    public static final int PER_TEMPLATE = 40;
    private static final Pattern SLOT = Pattern.compile("\\{(\\^?)([a-z]+)}");

    private record Value(Set<String> themes, String text) {
    }

    private record Template(List<Source> sources, boolean dissatisfied, Set<String> themes, String text) {
    }

    private final Map<String, List<Value>> slots = new LinkedHashMap<>();
    private final List<Template> templates = new ArrayList<>();

    public CorpusGenerator(List<String> lines) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].startsWith("@")) {
                slots.computeIfAbsent(f[0].substring(1), k -> new ArrayList<>()).add(new Value(themes(f[1]), f[2]));
            } else if (f[0].equals("T")) {
                List<Source> sources = new ArrayList<>();
                for (String s : f[1].split(",")) {
                    sources.add(Source.fromWire(s).orElseThrow(() -> new IllegalArgumentException(line)));
                }
                templates.add(new Template(sources, f[2].equals("1"), themes(f[3]), f[4]));
            } else {
                throw new IllegalArgumentException("bad template line: " + line);
            }
        }
    }

    public static CorpusGenerator fromResource() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CorpusGenerator.class.getResourceAsStream("templates.txt"), StandardCharsets.UTF_8))) {
            return new CorpusGenerator(in.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> themes(String field) {
        Set<String> out = new TreeSet<>();
        if (!field.equals("-")) {
            out.addAll(List.of(field.split(";")));
        }
        return out;
    }

    /** Generates {@link #PER_TEMPLATE} draws per template, duplicates removed, ids G00001... */
    public List<LabelledRecord> generate(long seed) {
        Random random = new Random(seed);
        Set<String> seen = new LinkedHashSet<>();
        List<LabelledRecord> out = new ArrayList<>();
        for (Template t : templates) {
            for (int i = 0; i < PER_TEMPLATE; i++) {
                Set<String> themes = new TreeSet<>(t.themes());
                String text = expand(t.text(), themes, random, 0);
                Source source = t.sources().get(random.nextInt(t.sources().size()));
                if (seen.add(source + "|" + text)) {
                    String id = String.format("G%05d", out.size() + 1);
                    out.add(new LabelledRecord(id, source, t.dissatisfied(), List.copyOf(themes), text));
                }
            }
        }
        return out;
    }

    private String expand(String text, Set<String> themes, Random random, int depth) {
        if (depth > 3) {
            throw new IllegalStateException("slots nested too deeply: " + text);
        }
        Matcher m = SLOT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<Value> values = slots.get(m.group(2));
            if (values == null) {
                throw new IllegalArgumentException("unknown slot " + m.group(2));
            }
            Value v = values.get(random.nextInt(values.size()));
            themes.addAll(v.themes());
            String filled = expand(v.text(), themes, random, depth + 1);
            if (!m.group(1).isEmpty()) {
                filled = Character.toUpperCase(filled.charAt(0)) + filled.substring(1);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(filled));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    public static String toTsv(List<LabelledRecord> records) {
        StringBuilder sb = new StringBuilder(LabelledTsv.HEADER).append('\n');
        for (LabelledRecord r : records) {
            sb.append(LabelledTsv.format(r)).append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        String tsv = toTsv(fromResource().generate(SEED));
        Files.writeString(Path.of(args[0]), tsv, StandardCharsets.UTF_8);
    }
}
