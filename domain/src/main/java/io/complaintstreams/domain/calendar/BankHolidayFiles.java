package io.complaintstreams.domain.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads bank holiday lists. Two formats are understood, so that operations can update the list without a
 * code change: the project's text format (one {@code YYYY-MM-DD name} per line, {@code #} comments) and
 * GOV.UK's own {@code https://www.gov.uk/bank-holidays.json} (its {@code england-and-wales} division).
 */
public final class BankHolidayFiles {
    /** Classpath location of the bundled England and Wales list. */
    public static final String BUNDLED_RESOURCE = "/bank-holidays/england-and-wales.txt";
    private static final String GOV_UK_DIVISION = "england-and-wales";

    private BankHolidayFiles() {
    }

    /** The list shipped inside this jar. */
    public static List<BankHoliday> bundled() {
        try (InputStream in = BankHolidayFiles.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED_RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a list from a file in either format (GOV.UK JSON when it starts with '{'). */
    public static List<BankHoliday> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bank holidays from " + file, e);
        }
    }

    /** Parses either format from a reader. */
    public static List<BankHoliday> parse(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        StringBuilder all = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            all.append(line).append('\n');
        }
        String text = all.toString();
        return text.stripLeading().startsWith("{") ? parseGovUkJson(text) : parseText(text);
    }

    private static List<BankHoliday> parseText(String text) {
        List<BankHoliday> holidays = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            holidays.add(new BankHoliday(date(parts[0], "line " + (i + 1)), parts.length > 1 ? parts[1] : null));
        }
        return holidays;
    }

    private static List<BankHoliday> parseGovUkJson(String text) throws IOException {
        JsonNode events = new ObjectMapper().readTree(text).path(GOV_UK_DIVISION).path("events");
        if (!events.isArray()) {
            throw new IllegalArgumentException("no '" + GOV_UK_DIVISION + "' events in GOV.UK bank holiday JSON");
        }
        List<BankHoliday> holidays = new ArrayList<>();
        for (JsonNode event : events) {
            holidays.add(new BankHoliday(date(event.path("date").asText(), "event " + event), event.path("title").asText(null)));
        }
        return holidays;
    }

    private static LocalDate date(String text, String where) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad bank holiday date '" + text + "' at " + where, e);
        }
    }
}
