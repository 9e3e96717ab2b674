package io.complaintstreams.domain.deadline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Code's editions as data, keyed by the date a complaint was received: {@link #forReceived} gives the edition in
 * force on that date (the latest whose {@code inForceFrom} is on or before it; the earliest edition for a date before
 * every edition). Shipped as {@code domain/src/main/resources/code/editions.csv} (the 2022 Code, then the statutory
 * 2024 Code from 1 April 2024); {@link #parse} reads a landlord's own file in the same format.
 */
public final class CodeEditions {
    static final String RESOURCE = "/code/editions.csv";
    private static final CodeEditions STANDARD = load();

    private final List<CodeRules> editions;

    private CodeEditions(List<CodeRules> editions) {
        if (editions.isEmpty()) {
            throw new IllegalArgumentException("at least one Code edition is needed");
        }
        this.editions = editions.stream().sorted(Comparator.comparing(CodeRules::inForceFrom)).toList();
    }

    /** The shipped editions: 2022 Code for complaints received before 1 April 2024, the statutory Code from then. */
    public static CodeEditions standard() {
        return STANDARD;
    }

    /** One edition for every date (e.g. {@code sla}, which CONTRACTS section 3 fixes to the statutory limits). */
    public static CodeEditions single(CodeRules rules) {
        return new CodeEditions(List.of(Objects.requireNonNull(rules, "rules")));
    }

    /** The edition that judges a complaint received on {@code received}. */
    public CodeRules forReceived(LocalDate received) {
        CodeRules chosen = editions.get(0);
        for (CodeRules e : editions) {
            if (!e.inForceFrom().isAfter(received)) {
                chosen = e;
            }
        }
        return chosen;
    }

    /** The latest edition (the statutory Code in the shipped file). */
    public CodeRules statutory() {
        return editions.get(editions.size() - 1);
    }

    public List<CodeRules> editions() {
        return editions;
    }

    private static CodeEditions load() {
        try (InputStream in = CodeEditions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads editions: one line per edition and stage, {@code edition,inForceFrom,stage,acknowledgeWorkingDays,
     * respondWorkingDays,respondFrom,maxExtensionWorkingDays,title}; {@code #} comments and blank lines skipped.
     *
     * @throws IllegalArgumentException naming the line and the field that does not read, or an edition missing a stage
     */
    public static CodeEditions parse(Reader reader) throws IOException {
        Map<String, String[][]> rows = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int n = 0;
        while ((line = lines.readLine()) != null) {
            n++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] cells = trimmed.split(",", 8);
            if (cells.length != 8) {
                throw new IllegalArgumentException("Code editions line " + n + ": 8 fields expected, got " + cells.length);
            }
            int stage = integer(cells[2], "stage", n);
            if (stage != 1 && stage != 2) {
                throw new IllegalArgumentException("Code editions line " + n + ": stage must be 1 or 2");
            }
            String[][] stages = rows.computeIfAbsent(cells[0].strip(), k -> new String[2][]);
            stages[stage - 1] = cells;
            stages[stage - 1][0] = Integer.toString(n);
        }
        List<CodeRules> editions = new ArrayList<>();
        for (var e : rows.entrySet()) {
            String[][] s = e.getValue();
            if (s[0] == null || s[1] == null) {
                throw new IllegalArgumentException("Code edition " + e.getKey() + ": needs a line for stage 1 and for stage 2");
            }
            int line1 = Integer.parseInt(s[0][0]);
            editions.add(new CodeRules(e.getKey(), s[0][7].strip(), date(s[0][1], line1), stage(s[0], line1),
                    stage(s[1], Integer.parseInt(s[1][0]))));
        }
        return new CodeEditions(editions);
    }

    private static StageRules stage(String[] cells, int line) {
        StageRules.RespondFrom from;
        try {
            from = StageRules.RespondFrom.valueOf(cells[5].strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Code editions line " + line + ": respondFrom must be ACKNOWLEDGEMENT or RECEIPT");
        }
        return new StageRules(integer(cells[3], "acknowledgeWorkingDays", line), integer(cells[4], "respondWorkingDays", line),
                integer(cells[6], "maxExtensionWorkingDays", line), from);
    }

    private static int integer(String cell, String field, int line) {
        try {
            return Integer.parseInt(cell.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Code editions line " + line + ": " + field + " must be a whole number");
        }
    }

    private static LocalDate date(String cell, int line) {
        try {
            return LocalDate.parse(cell.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Code editions line " + line + ": inForceFrom must be YYYY-MM-DD");
        }
    }
}
