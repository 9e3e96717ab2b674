package io.complaintstreams.streams.aggregation;

/** A stats query parameter that cannot be used; {@link #parameter()} names it (for a 400 answer). */
public final class BadStatsParameterException extends IllegalArgumentException {
    private final String parameter;

    public BadStatsParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
