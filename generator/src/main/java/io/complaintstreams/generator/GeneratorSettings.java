package io.complaintstreams.generator;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: a landlord of {@code homes} homes over {@code days} days from {@code periodStart}
 * (by default the financial year 2025-26, 1 April 2025 to 31 March 2026), deterministic by {@code seed}.
 */
public record GeneratorSettings(long seed, int homes, String landlordId, LocalDate periodStart, int days) {

    public static final String DEFAULT_LANDLORD_ID = "LL-DEMO";
    public static final LocalDate DEFAULT_PERIOD_START = LocalDate.of(2025, 4, 1);
    public static final int DEFAULT_DAYS = 365;

    public GeneratorSettings {
        Objects.requireNonNull(landlordId, "landlordId");
        Objects.requireNonNull(periodStart, "periodStart");
        if (homes < 1) {
            throw new IllegalArgumentException("homes must be at least 1, was " + homes);
        }
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
        if (landlordId.isBlank()) {
            throw new IllegalArgumentException("landlordId must not be blank");
        }
    }

    /** Defaults: landlord {@value #DEFAULT_LANDLORD_ID}, financial year from 1 April 2025, 365 days. */
    public static GeneratorSettings of(long seed, int homes) {
        return new GeneratorSettings(seed, homes, DEFAULT_LANDLORD_ID, DEFAULT_PERIOD_START, DEFAULT_DAYS);
    }

    public GeneratorSettings withLandlordId(String id) {
        return new GeneratorSettings(seed, homes, id, periodStart, days);
    }

    public GeneratorSettings withPeriod(LocalDate start, int numberOfDays) {
        return new GeneratorSettings(seed, homes, landlordId, start, numberOfDays);
    }

    public GeneratorSettings withHomes(int numberOfHomes) {
        return new GeneratorSettings(seed, numberOfHomes, landlordId, periodStart, days);
    }

    /** First day after the period (exclusive end). */
    public LocalDate periodEnd() {
        return periodStart.plusDays(days);
    }
}
