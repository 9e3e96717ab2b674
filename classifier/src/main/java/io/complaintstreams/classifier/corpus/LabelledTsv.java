package io.complaintstreams.classifier.corpus;

import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.classifier.Source;
import io.complaintstreams.classifier.Themes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads and writes labelled TSV: header {@code id source dissatisfied themes text}; themes ';'-separated, empty or
 * {@code -} for none, {@code ?} for "not labelled" (only dissatisfaction is known, e.g. an officer's resolution).
 * A row of more or fewer than 5 tab-separated columns is refused naming its line (a tab in the text, or a column added).
 */
public final class LabelledTsv {
    public static final String HEADER = "id\tsource\tdissatisfied\tthemes\ttext";
    /** The themes column of a record whose themes are not labelled. */
    public static final String UNLABELLED_THEMES = "?";

    private LabelledTsv() {
    }

    public static List<LabelledRecord> read(Reader reader) {
        List<LabelledRecord> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String line = in.readLine();
            int lineNo = 1;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (!line.isBlank()) {
                    out.add(parse(line, lineNo));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static LabelledRecord parse(String line, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length != 5) {
            throw new IllegalArgumentException("line " + lineNo + ": expected 5 tab-separated columns (" + HEADER.replace('\t', ' ')
                    + "), got " + f.length + (f.length > 5 ? " (a tab inside the text? TSV cannot quote one: replace it with a space)" : ""));
        }
        Source source = Source.fromWire(f[1])
                .orElseThrow(() -> new IllegalArgumentException("line " + lineNo + ": bad source " + f[1]));
        if (!f[2].trim().equals("0") && !f[2].trim().equals("1")) {
            throw new IllegalArgumentException("line " + lineNo + ": dissatisfied must be 0 or 1, not " + f[2]);
        }
        if (f[3].trim().equals(UNLABELLED_THEMES)) {
            return new LabelledRecord(f[0], source, f[2].trim().equals("1"), List.of(), f[4], false);
        }
        List<String> themes = f[3].isBlank() || f[3].equals("-") ? List.of()
                : Arrays.stream(f[3].split(";")).map(String::trim).sorted().toList();
        for (String t : themes) {
            if (!Themes.isTheme(t)) {
                throw new IllegalArgumentException("line " + lineNo + ": unknown theme " + t);
            }
        }
        return new LabelledRecord(f[0], source, f[2].trim().equals("1"), themes, f[4]);
    }

    public static String format(LabelledRecord r) {
        return r.id() + "\t" + r.source().wire() + "\t" + (r.dissatisfied() ? "1" : "0") + "\t"
                + (r.themesLabelled() ? String.join(";", r.themes()) : UNLABELLED_THEMES) + "\t" + oneLine(r.text());
    }

    /** Text fit for one TSV cell: tabs and line breaks become spaces. */
    public static String oneLine(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ").strip();
    }
}
