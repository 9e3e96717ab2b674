package io.complaintstreams.config;

/** One documented configuration key: its name in the config file, its environment variable, default and doc. */
public record ConfigKey(String name, String defaultValue, String doc) {
    /** {@code http.port} is read from {@code COMPLAINT_STREAMS_HTTP_PORT}. */
    public String environmentVariable() {
        return "COMPLAINT_STREAMS_" + name.toUpperCase().replace('.', '_').replace('-', '_');
    }
}
