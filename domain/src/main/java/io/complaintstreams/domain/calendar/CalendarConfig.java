package io.complaintstreams.domain.calendar;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How to build the working-day calendars. {@code holidaysFile}: an optional list (text or GOV.UK JSON) that
 * replaces ({@code replaceBundled}) or extends the bundled one. {@code landlordClosures}: extra non-working
 * days per landlord id; empty by default, because the Code counts England and Wales working days.
 */
public record CalendarConfig(Optional<Path> holidaysFile, boolean replaceBundled, Map<String, List<BankHoliday>> landlordClosures) {
    public CalendarConfig {
        holidaysFile = holidaysFile == null ? Optional.empty() : holidaysFile;
        landlordClosures = landlordClosures == null ? Map.of() : Map.copyOf(landlordClosures);
    }

    /** The bundled list, no landlord closures. */
    public static CalendarConfig defaults() {
        return new CalendarConfig(Optional.empty(), false, Map.of());
    }
}
