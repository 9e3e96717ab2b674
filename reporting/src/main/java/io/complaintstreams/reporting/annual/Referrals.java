package io.complaintstreams.reporting.annual;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.complaintstreams.reporting.ReportingPeriod;

/**
 * Complaints referred to the Housing Ombudsman. The events do not record referrals, so they come from a file the
 * landlord supplies, {@value #FILE}: a header row naming at least {@code date} (YYYY-MM-DD, the referral date),
 * optionally {@code complaintId} and {@code outcome}; comma-separated, no quoting. Without the file the section is
 * "Not supplied" and the counts are null.
 */
public record Referrals(String status, String file, Long count, Map<String, Long> byOutcome, String note) {
    public static final String FILE = "ombudsman-referrals.csv";

    public static Referrals read(Path dir, ReportingPeriod period) {
        Path path = dir == null ? null : dir.resolve(FILE);
        if (path == null || !Files.isRegularFile(path)) {
            return new Referrals(Statement.NOT_SUPPLIED, FILE, null, null,
                    "Ombudsman referrals are not in the complaint events; supply " + FILE + " to report them.");
        }
        try {
            return parse(Files.readAllLines(path, StandardCharsets.UTF_8), period);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static Referrals parse(List<String> lines, ReportingPeriod period) {
        List<String> header = lines.isEmpty() ? List.of() : Arrays.stream(lines.get(0).split(",")).map(String::trim).toList();
        int date = header.indexOf("date");
        int outcome = header.indexOf("outcome");
        if (date < 0) {
            throw new IllegalArgumentException(FILE + ": the header row must name a 'date' column");
        }
        long count = 0;
        Map<String, Long> byOutcome = new TreeMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split(",", -1);
            LocalDate day;
            try {
                day = LocalDate.parse(cells[date].trim());
            } catch (DateTimeParseException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException(FILE + " line " + (i + 1) + ": date must be YYYY-MM-DD");
            }
            if (period.contains(day)) {
                count++;
                String o = outcome >= 0 && outcome < cells.length && !cells[outcome].isBlank() ? cells[outcome].trim() : "(not recorded)";
                byOutcome.merge(o, 1L, Long::sum);
            }
        }
        return new Referrals(Statement.SUPPLIED, FILE, count, byOutcome, null);
    }
}
