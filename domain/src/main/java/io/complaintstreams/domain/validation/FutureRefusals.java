package io.complaintstreams.domain.validation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The recent {@value TimestampBounds#TOO_FAR_FUTURE} refusals of this process, to tell a slow server clock from a bad
 * payload. When this server's clock is slow by more than the future tolerance, live events (stamped "now" by their
 * senders) are refused as "in the future"; the rule is kept (issue 9 section 1), but {@code /health} and one WARN log say
 * why. Suspected when at least {@value #SUSPECT_AFTER} events refused within the last {@link #WINDOW} were ahead by
 * no more than {@link #PLAUSIBLE_SKEW} (a year-2099 typo is a bad payload, not a clock); the skew estimate is the
 * largest of those leads (events stamped "now" by their sender lead by the skew itself). Thread-safe.
 */
public final class FutureRefusals {
    /** Refusals that must agree before the clock is suspected. */
    public static final int SUSPECT_AFTER = 3;
    /** How far back refusals count. */
    public static final Duration WINDOW = Duration.ofMinutes(15);
    /** The largest lead taken as a clock error rather than a wrong date. */
    public static final Duration PLAUSIBLE_SKEW = Duration.ofHours(24);

    private static final FutureRefusals SHARED = new FutureRefusals();

    /** What the refusals suggest: how many, the estimated skew, the tolerance in force, and the advice. */
    public record Suspicion(int refusals, Duration estimatedSkew, Duration tolerance, Instant lastRefusedAt, String message) {}

    private record Refusal(Instant at, Duration lead, Duration tolerance) {}

    private final Deque<Refusal> recent = new ArrayDeque<>();
    private Consumer<Suspicion> onFirstSuspicion = s -> { };
    private boolean told;

    /** The process's instance, fed by {@link TimestampBounds#rejectReason(Instant, Instant)}. */
    public static FutureRefusals shared() {
        return SHARED;
    }

    /** Called once, on the first suspicion of this process (the app logs a WARN with the message). */
    public synchronized void onFirstSuspicion(Consumer<Suspicion> callback) {
        this.onFirstSuspicion = Objects.requireNonNull(callback, "callback");
    }

    /** One refusal: {@code occurredAt} was more than {@code tolerance} after {@code now}. */
    public void refused(Instant occurredAt, Instant now, Duration tolerance) {
        Suspicion first = null;
        Consumer<Suspicion> callback;
        synchronized (this) {
            recent.addLast(new Refusal(now, Duration.between(now, occurredAt), tolerance));
            prune(now);
            callback = onFirstSuspicion;
            if (!told) {
                first = suspicion(now).orElse(null);
                told = first != null;
            }
        }
        if (first != null) {
            callback.accept(first);
        }
    }

    /** The suspicion at {@code now}, or empty when the recent refusals do not point at this server's clock. */
    public synchronized Optional<Suspicion> suspicion(Instant now) {
        prune(now);
        var plausible = recent.stream().filter(r -> !r.at().isAfter(now) && r.lead().compareTo(PLAUSIBLE_SKEW) <= 0).toList();
        if (plausible.size() < SUSPECT_AFTER) {
            return Optional.empty();
        }
        Duration skew = plausible.stream().map(Refusal::lead).max(Duration::compareTo).orElseThrow();
        Refusal last = plausible.get(plausible.size() - 1);
        String message = plausible.size() + " events in the last " + WINDOW.toMinutes() + " minutes were refused as more than "
                + last.tolerance().toSeconds() + " s ahead of this server's clock (up to " + skew.toSeconds() + " s ahead): "
                + "this server's clock is probably slow by about " + describe(skew) + ". Set it right (time synchronisation: "
                + "timedatectl status, chronyc tracking); until then live events are refused (HTTP 400 naming occurredAt, or "
                + "the dead-letter topic) and must be sent again. The rule itself (timestamp.future-tolerance-seconds) is kept.";
        return Optional.of(new Suspicion(plausible.size(), skew, last.tolerance(), last.at(), message));
    }

    private void prune(Instant now) {
        Instant from = now.minus(WINDOW);
        while (!recent.isEmpty() && recent.peekFirst().at().isBefore(from)) {
            recent.removeFirst();
        }
        while (recent.size() > 1000) {
            recent.removeFirst();
        }
    }

    private static String describe(Duration d) {
        long minutes = Math.round(d.toSeconds() / 60.0);
        return minutes >= 120 ? Math.round(minutes / 60.0) + " hours" : minutes >= 1 ? minutes + " minute" + (minutes == 1 ? "" : "s")
                : d.toSeconds() + " seconds";
    }
}
