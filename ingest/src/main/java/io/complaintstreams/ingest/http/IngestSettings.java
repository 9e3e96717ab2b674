package io.complaintstreams.ingest.http;

import java.util.Set;

/**
 * @param bearerTokens accepted {@code Authorization: Bearer} tokens; empty means no authentication
 * @param maxBodyBytes largest accepted request body; larger ones get 413 (checked on Content-Length and
 *     on the bytes actually read, so chunked bodies are limited too)
 */
public record IngestSettings(Set<String> bearerTokens, long maxBodyBytes) {
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public IngestSettings {
        bearerTokens = bearerTokens == null ? Set.of() : Set.copyOf(bearerTokens);
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBodyBytes out of range: " + maxBodyBytes);
        }
    }

    /** No tokens, 1 MiB. */
    public static IngestSettings defaults() {
        return new IngestSettings(Set.of(), DEFAULT_MAX_BODY_BYTES);
    }

    public IngestSettings withBearerTokens(Set<String> tokens) {
        return new IngestSettings(tokens, maxBodyBytes);
    }

    public IngestSettings withMaxBodyBytes(long bytes) {
        return new IngestSettings(bearerTokens, bytes);
    }
}
