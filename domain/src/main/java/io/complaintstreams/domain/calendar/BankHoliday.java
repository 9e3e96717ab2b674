package io.complaintstreams.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One bank holiday (or landlord closure day): its date and its published name. */
public record BankHoliday(LocalDate date, String name) {
    public BankHoliday {
        Objects.requireNonNull(date, "date");
        name = name == null || name.isBlank() ? "Bank holiday" : name.strip();
    }
}
