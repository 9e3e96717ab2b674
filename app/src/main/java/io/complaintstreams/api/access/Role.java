package io.complaintstreams.api.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a caller may do (README "Data protection", "Access"): the complaints officer works cases (complaints, alerts,
 * resolutions); the Member Responsible for Complaints (MRC) reads the figures (TSM, annual report, statistics); ingest
 * posts events; admin may do all of these and read /metrics when it needs a token.
 */
public enum Role {
    OFFICER, MRC, INGEST, ADMIN;

    /** Roles that may open the dashboard and read figures. */
    public static final Set<Role> READERS = EnumSet.of(OFFICER, MRC, ADMIN);
    /** Roles that may read and resolve individual complaints and alerts. */
    public static final Set<Role> CASEWORK = EnumSet.of(OFFICER, ADMIN);

    /** {@code officer}, {@code MRC} (any case); empty for anything else. */
    public static Optional<Role> parse(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
