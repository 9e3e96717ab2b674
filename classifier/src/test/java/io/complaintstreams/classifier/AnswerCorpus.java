package io.complaintstreams.classifier;

import io.complaintstreams.classifier.corpus.CorpusGenerator;
import io.complaintstreams.classifier.corpus.TrainingCorpus;
import io.complaintstreams.generator.GeneratedEvent;
import io.complaintstreams.generator.GeneratorSettings;
import io.complaintstreams.generator.LandlordGenerator;
import io.complaintstreams.generator.Topics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The texts {@link ClassifierAnswersTest} pins the classifier's answers on, in named parts: every labelled file the
 * classifier's tests and training read (each text under all three sources), the corpus generator's texts (what
 * {@link ClassifierThroughput} classifies), the distinct contact, service-request and survey texts of a generated
 * landlord year (seed 42, 2,000 homes, as {@code bench} makes them), seeded variants that reach the rarer paths
 * (shouting, emoji, long letters of many sentences, digits, apostrophes, negation), other languages and edge cases.
 */
final class AnswerCorpus {
    /** One text to classify under one source. */
    record Item(Source source, String text) {}

    private static final Source[] ALL_SOURCES = Source.values();

    private AnswerCorpus() {
    }

    static Map<String, List<Item>> parts() throws IOException {
        Map<String, List<Item>> parts = new LinkedHashMap<>();
        List<LabelledRecord> labelled = new ArrayList<>();
        labelled.addAll(HeldOutEvaluationTest.dev());
        labelled.addAll(RealTextEvaluationTest.realDev());
        labelled.addAll(RealTextEvaluationTest.realStyleHeldOut());
        for (int i = 2; i <= 7; i++) {
            labelled.addAll(RealTextEvaluationTest.resource("/real_style/real_style_heldout_" + i + ".tsv"));
        }
        labelled.addAll(TrainingCorpus.calibration());
        for (String f : TrainingCorpus.FILES) {
            if (!f.equals("generated.tsv")) {
                labelled.addAll(TrainingCorpus.resource(f));
            }
        }
        parts.put("labelled-files-all-sources", everySource(texts(labelled)));
        parts.put("training-generated", ownSource(TrainingCorpus.resource("generated.tsv")));
        parts.put("corpus-generator-seed-7", ownSource(CorpusGenerator.fromResource().generate(7L)));
        parts.put("generated-year-2000-homes", yearTexts(2_000));
        List<String> pool = new ArrayList<>(texts(labelled));
        parts.put("variants", variants(pool, new Random(11L)));
        List<String> other = new ArrayList<>(texts(RealTextEvaluationTest.resource("/real_style/other_languages.tsv")));
        other.addAll(ClassifierThroughput.OTHER_LANGUAGE_TEXTS);
        parts.put("other-languages", everySource(other));
        parts.put("edge-cases", everySource(EDGE_CASES));
        return parts;
    }

    /** The curated labelled texts, each with its own source, for the answers with sentence embeddings. */
    static List<Item> labelledOwnSource() throws IOException {
        List<LabelledRecord> labelled = new ArrayList<>(HeldOutEvaluationTest.heldOut());
        labelled.addAll(RealTextEvaluationTest.realDev());
        labelled.addAll(RealTextEvaluationTest.realStyleHeldOut());
        for (int i = 2; i <= 7; i++) {
            labelled.addAll(RealTextEvaluationTest.resource("/real_style/real_style_heldout_" + i + ".tsv"));
        }
        labelled.addAll(TrainingCorpus.calibration());
        return ownSource(labelled);
    }

    private static List<String> texts(List<LabelledRecord> records) {
        return records.stream().map(LabelledRecord::text).toList();
    }

    private static List<Item> everySource(List<String> texts) {
        List<Item> out = new ArrayList<>();
        for (String t : new LinkedHashSet<>(texts)) {
            for (Source s : ALL_SOURCES) {
                out.add(new Item(s, t));
            }
        }
        return out;
    }

    private static List<Item> ownSource(List<LabelledRecord> records) {
        Set<Item> out = new LinkedHashSet<>();
        for (LabelledRecord r : records) {
            out.add(new Item(r.source(), r.text()));
        }
        return List.copyOf(out);
    }

    /** Distinct texts and comments of a generated year, in the order first generated, with their source. */
    private static List<Item> yearTexts(int homes) {
        Set<Item> out = new LinkedHashSet<>();
        new LandlordGenerator(GeneratorSettings.of(42L, homes)).forEachHome(events -> {
            for (GeneratedEvent e : events) {
                Source source = switch (e.topic()) {
                    case Topics.CONTACTS -> Source.CONTACT;
                    case Topics.SERVICE_REQUESTS -> Source.SERVICE_REQUEST;
                    case Topics.SURVEYS -> Source.SURVEY;
                    default -> null;
                };
                if (source == null) {
                    continue;
                }
                for (String field : List.of("text", "comment")) {
                    if (e.json().hasNonNull(field)) {
                        out.add(new Item(source, e.json().get(field).asText()));
                    }
                }
            }
        });
        return List.copyOf(out);
    }

    private static final List<String> EMOJI = List.of("🙄", "😡", "😢", "👍", "🙂", "❤", "☺", "💩", "🎉", "😐", "✅");
    private static final List<String> NEGATORS = List.of("not ", "never ", "no ", "isn't ", "don't ", "can't ");

    /** Seeded variants of the labelled texts: each kind of change on 300 texts, long letters of 2 to 6 texts. */
    private static List<Item> variants(List<String> pool, Random random) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String t = pool.get(random.nextInt(pool.size()));
            Source s = ALL_SOURCES[random.nextInt(ALL_SOURCES.length)];
            out.add(new Item(s, t.toUpperCase(Locale.ROOT)));
            out.add(new Item(s, t.toLowerCase(Locale.ROOT)));
            out.add(new Item(s, t + " " + EMOJI.get(random.nextInt(EMOJI.size()))));
            out.add(new Item(s, t.replace(".", "!").replace(",", " ,")));
            out.add(new Item(s, t.replace(" ", "  ").replace("'", "\u2019")));
            out.add(new Item(s, t.substring(0, random.nextInt(t.length() + 1))));
            out.add(new Item(s, NEGATORS.get(random.nextInt(NEGATORS.size())) + t));
            out.add(new Item(s, t.replaceAll("\\b(\\d+)\\b", "$1th") + " ref 12345 on 3rd May, £45.50"));
        }
        for (int i = 0; i < 600; i++) {
            int n = 2 + random.nextInt(5);
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < n; j++) {
                sb.append(j == 0 ? "" : random.nextBoolean() ? " " : "\n").append(pool.get(random.nextInt(pool.size())));
            }
            out.add(new Item(ALL_SOURCES[random.nextInt(ALL_SOURCES.length)], sb.toString()));
        }
        return out;
    }

    private static final List<String> EDGE_CASES = List.of("", " ", "\n", ".", "!!!", "???", "a", "OK", "no", "not",
            "🙄", "😡😡😡", "👍", "£", "£££ 100", "12345", "3rd", "It's", "isn't", "won't can't shan't", "'s", "-", "--x",
            "x'", "'x", "Hello.There.Now", "still", "STILL WAITING", "Still waiting!!", "wait... what?", "\u2019s",
            "Thanks a bunch 🙄", "Great service, NOT.", "Mould mould mould mould mould mould.",
            "The the the the the the the the the the the the the the the the the the the the.",
            "Ça ne marche pas", "Nie działa", "Нет отопления", "没有暖气", "لا يوجد تدفئة",
            "A\tB\tC", "line one\nline two\nline three\n", "ok.\n\n\nok.\n", "🙄 🙄 🙄 not happy 🙄",
            "The contractor you sent was rude to me and my complaint was never answered. Still no reply!");
}
