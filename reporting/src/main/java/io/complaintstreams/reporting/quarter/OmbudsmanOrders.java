package io.complaintstreams.reporting.quarter;

import io.complaintstreams.reporting.ReportingPeriod;
import io.complaintstreams.reporting.annual.Statement;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Orders made by the Housing Ombudsman and the landlord's progress on them (Code 9.7 c), from a file the landlord
 * supplies, {@value #FILE}: CSV with a header naming {@code due} (YYYY-MM-DD, required), and optionally
 * {@code orderId}, {@code complaintId}, {@code order} (what was ordered) and {@code completed} (YYYY-MM-DD). The
 * complaint events do not carry Ombudsman orders yet. Listed: orders due on or before the period's last day that
 * were not completed before its first day, each with its status at the period's end.
 */
public record OmbudsmanOrders(String status, String file, List<Order> orders, Map<String, Long> byStatus) {
    public static final String FILE = "ombudsman-orders.csv";

    public OmbudsmanOrders {
        orders = orders == null ? null : List.copyOf(orders);
    }

    /** Status at the period's end. */
    public enum OrderStatus { COMPLETED_ON_TIME, COMPLETED_LATE, OVERDUE, OPEN }

    public record Order(String orderId, String complaintId, String order, String due, String completed, OrderStatus status) {
    }

    public static OmbudsmanOrders read(Path dir, ReportingPeriod period) {
        Path path = dir == null ? null : dir.resolve(FILE);
        if (path == null || !Files.isRegularFile(path)) {
            return new OmbudsmanOrders(Statement.NOT_SUPPLIED, FILE, null, null);
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(reader, period);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static OmbudsmanOrders parse(Reader reader, ReportingPeriod period) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<Order> orders = new ArrayList<>();
        Map<String, Long> byStatus = new TreeMap<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderMap().containsKey("due")) {
                throw new IllegalArgumentException(FILE + ": the header row must name a 'due' column");
            }
            for (CSVRecord row : parser) {
                LocalDate due = date(row, "due", true);
                LocalDate completed = date(row, "completed", false);
                if (due.isAfter(period.lastDay()) || completed != null && completed.isBefore(period.firstDay())) {
                    continue;
                }
                OrderStatus status = statusAt(due, completed, period.lastDay());
                orders.add(new Order(text(row, "orderId"), text(row, "complaintId"), text(row, "order"), due.toString(),
                        completed == null ? null : completed.toString(), status));
                byStatus.merge(status.name(), 1L, Long::sum);
            }
        }
        return new OmbudsmanOrders(Statement.SUPPLIED, FILE, orders, byStatus);
    }

    static OrderStatus statusAt(LocalDate due, LocalDate completed, LocalDate asOf) {
        if (completed != null && !completed.isAfter(asOf)) {
            return completed.isAfter(due) ? OrderStatus.COMPLETED_LATE : OrderStatus.COMPLETED_ON_TIME;
        }
        return asOf.isAfter(due) ? OrderStatus.OVERDUE : OrderStatus.OPEN;
    }

    private static LocalDate date(CSVRecord row, String column, boolean required) {
        String value = text(row, column);
        if (value == null) {
            if (required) {
                throw new IllegalArgumentException(FILE + " line " + (row.getRecordNumber() + 1) + ": " + column + " is required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(FILE + " line " + (row.getRecordNumber() + 1) + ": " + column
                    + " must be YYYY-MM-DD, got '" + value + "'");
        }
    }

    private static String text(CSVRecord row, String column) {
        if (!row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String value = row.get(column);
        return value.isBlank() ? null : value;
    }
}
