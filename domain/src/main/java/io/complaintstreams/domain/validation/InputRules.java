package io.complaintstreams.domain.validation;

import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.domain.complaint.FactType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one set of value rules for input events, used at the door (HTTP ingest, file import) and by the topology
 * ({@link io.complaintstreams.domain.complaint.FactValidator}), so that what the topology would refuse is refused
 * with a 400 or a dead letter before it is published. Each check returns the reason (a phrase following the
 * field's name) or empty when the value is acceptable. Time bounds are in {@link TimestampBounds}.
 *
 * <ul>
 * <li>Identifiers ({@code complaintId}, {@code landlordId}, {@code residentId}, {@code eventId}, ...): not blank, at most
 *     {@value #MAX_IDENTIFIER_LENGTH} characters, no control or format characters, well-formed Unicode.</li>
 * <li>Themes: each one of the contract's list (CONTRACTS section 4), matched ignoring case; at most
 *     {@value #MAX_THEMES} per event. Anything else belongs in {@code category}, a free label of at most
 *     {@value #MAX_CATEGORY_LENGTH} characters (control characters refused as in free text).</li>
 * <li>Free text ({@code text}, {@code comment}, {@code reason}, ...): at most {@value #MAX_TEXT_LENGTH} characters,
 *     no control characters but tab and line breaks, well-formed Unicode.</li>
 * <li>{@code extensionWorkingDays}: 0 to {@value #MAX_EXTENSION_WORKING_DAYS} (1 or more on {@code EXTENDED}); the
 *     Code allows 10 (stage 1) or 20 (stage 2): longer ones are accepted and reported as not compliant.</li>
 * <li>{@code remedyAmount}: 0 to {@value #MAX_REMEDY_AMOUNT} pounds. {@code score}: 1 to 5.</li>
 * </ul>
 */
public final class InputRules {
    /** The theme taxonomy of CONTRACTS section 4, in the contract's order. */
    public static final List<String> THEMES = List.of(
            "repairs", "damp_mould", "heating_hot_water", "communication", "rent_charges",
            "anti_social_behaviour", "staff_conduct", "complaint_handling", "estate_services",
            "adaptations_accessibility", "lettings_moves", "safety_compliance");
    public static final int MAX_IDENTIFIER_LENGTH = 128;
    public static final int MAX_CATEGORY_LENGTH = 100;
    public static final int MAX_TEXT_LENGTH = 20_000;
    public static final int MAX_THEMES = 12;
    public static final int MAX_EXTENSION_WORKING_DAYS = 1000;
    public static final double MAX_REMEDY_AMOUNT = 1_000_000;
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    private InputRules() {}

    /** An identifier: non-blank, bounded, no control or format characters. */
    public static Optional<String> identifier(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("must not be blank");
        }
        if (value.length() > MAX_IDENTIFIER_LENGTH) {
            return Optional.of("must not be longer than " + MAX_IDENTIFIER_LENGTH + " characters (got " + value.length() + ")");
        }
        return characters(value, false);
    }

    /** A free category label ({@code category}, {@code priority}, {@code representative}). */
    public static Optional<String> label(String value) {
        if (value.length() > MAX_CATEGORY_LENGTH) {
            return Optional.of("must not be longer than " + MAX_CATEGORY_LENGTH + " characters (got " + value.length() + ")");
        }
        return characters(value, true);
    }

    /** Free text written by people ({@code text}, {@code comment}, {@code reason}). */
    public static Optional<String> text(String value) {
        if (value.length() > MAX_TEXT_LENGTH) {
            return Optional.of("must not be longer than " + MAX_TEXT_LENGTH + " characters (got " + value.length() + ")");
        }
        return characters(value, true);
    }

    /** The contract's spelling of {@code theme} (ignoring case and surrounding spaces), or empty when it is not a theme. */
    public static Optional<String> canonicalTheme(String theme) {
        if (theme == null) {
            return Optional.empty();
        }
        String lower = theme.strip().toLowerCase(Locale.ROOT);
        return THEMES.contains(lower) ? Optional.of(lower) : Optional.empty();
    }

    /** Why {@code theme} is not accepted, or empty. */
    public static Optional<String> theme(String theme) {
        if (canonicalTheme(theme).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("must be one of " + String.join(", ", THEMES) + " (CONTRACTS section 4); put other labels in 'category'");
    }

    /** Why a list of {@code count} themes is too long, or empty. */
    public static Optional<String> themeCount(int count) {
        return count > MAX_THEMES ? Optional.of("must hold at most " + MAX_THEMES + " themes (got " + count + ")") : Optional.empty();
    }

    /** {@code extensionWorkingDays}; {@code extended} when the event is an {@code EXTENDED} one (which needs 1 or more). */
    public static Optional<String> extensionWorkingDays(long days, boolean extended) {
        long min = extended ? 1 : 0;
        if (days < min || days > MAX_EXTENSION_WORKING_DAYS) {
            return Optional.of("must be from " + min + " to " + MAX_EXTENSION_WORKING_DAYS + " working days (got " + days + ")");
        }
        return Optional.empty();
    }

    /** {@code remedyAmount} in pounds. */
    public static Optional<String> remedyAmount(double amount) {
        if (!Double.isFinite(amount) || amount < 0 || amount > MAX_REMEDY_AMOUNT) {
            return Optional.of("must be from 0 to " + (long) MAX_REMEDY_AMOUNT + " pounds (got " + amount + ")");
        }
        return Optional.empty();
    }

    /** A survey {@code score}. */
    public static Optional<String> score(long score) {
        if (score < MIN_SCORE || score > MAX_SCORE) {
            return Optional.of("must be from " + MIN_SCORE + " to " + MAX_SCORE + " (got " + score + ")");
        }
        return Optional.empty();
    }

    /**
     * The first value of a complaint fact that breaks a rule (identifiers, themes, category, reason, extension,
     * remedy), or empty. Missing required fields and the stage/type rules are {@code FactValidator}'s.
     */
    public static Optional<Violation> complaintFact(ComplaintFact fact) {
        Optional<Violation> v = id("eventId", fact.eventId())
                .or(() -> id("complaintId", fact.complaintId()))
                .or(() -> id("landlordId", fact.landlordId()))
                .or(() -> id("residentId", fact.residentId()))
                .or(() -> fact.handlerId() == null ? Optional.empty() : id("handlerId", fact.handlerId()));
        if (v.isPresent()) {
            return v;
        }
        if (fact.extensionWorkingDays() != null) {
            Optional<String> r = extensionWorkingDays(fact.extensionWorkingDays(), fact.type() == FactType.EXTENDED);
            if (r.isPresent()) {
                return Optional.of(new Violation("extensionWorkingDays", r.get()));
            }
        }
        if (fact.category() != null && label(fact.category()).isPresent()) {
            return Optional.of(new Violation("category", label(fact.category()).get()));
        }
        Optional<String> count = themeCount(fact.themes().size());
        if (count.isPresent()) {
            return Optional.of(new Violation("themes", count.get()));
        }
        for (int i = 0; i < fact.themes().size(); i++) {
            Optional<String> r = theme(fact.themes().get(i));
            if (r.isPresent()) {
                return Optional.of(new Violation("themes[" + i + "]", r.get()));
            }
        }
        if (fact.remedyAmount() != null && remedyAmount(fact.remedyAmount()).isPresent()) {
            return Optional.of(new Violation("remedyAmount", remedyAmount(fact.remedyAmount()).get()));
        }
        if (fact.reason() != null && text(fact.reason()).isPresent()) {
            return Optional.of(new Violation("reason", text(fact.reason()).get()));
        }
        return Optional.empty();
    }

    private static Optional<Violation> id(String field, String value) {
        return identifier(value).map(reason -> new Violation(field, reason));
    }

    /** Control characters (but tab, CR and LF in free text), format characters in identifiers, lone surrogates. */
    private static Optional<String> characters(String value, boolean freeText) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return Optional.of("is not well-formed Unicode (a lone surrogate at character " + (i + 1) + ")");
            }
            boolean allowedInText = freeText && (c == '\t' || c == '\n' || c == '\r');
            if (Character.isISOControl(c) && !allowedInText) {
                return Optional.of(String.format("must not contain control characters (U+%04X at character %d)", (int) c, i + 1));
            }
            if (!freeText && Character.getType(c) == Character.FORMAT) {
                return Optional.of(String.format("must not contain invisible format characters (U+%04X at character %d)", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }
}
