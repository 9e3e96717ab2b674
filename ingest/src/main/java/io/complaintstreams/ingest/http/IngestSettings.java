package io.complaintstreams.ingest.http;

import io.complaintstreams.domain.validation.TimestampBounds;
import java.util.Objects;
import java.util.Set;

/**
 * @param bearerTokens accepted {@code Authorization: Bearer} tokens; empty means no authentication
 * @param maxBodyBytes largest accepted request body; larger ones get 413 (checked on Content-Length and
 *     on the bytes actually read, so chunked bodies are limited too)
 * @param timestampBounds plausible range of {@code occurredAt} (400 naming it outside)
 */
public record IngestSettings(Set<String> bearerTokens, long maxBodyBytes, TimestampBounds timestampBounds) {
    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public IngestSettings {
        bearerTokens = bearerTokens == null ? Set.of() : Set.copyOf(bearerTokens);
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBodyBytes out of range: " + maxBodyBytes);
        }
        Objects.requireNonNull(timestampBounds, "timestampBounds");
    }

    /** No tokens, 1 MiB, default timestamp bounds. */
    public static IngestSettings defaults() {
        return new IngestSettings(Set.of(), DEFAULT_MAX_BODY_BYTES, TimestampBounds.defaults());
    }

    public IngestSettings withBearerTokens(Set<String> tokens) {
        return new IngestSettings(tokens, maxBodyBytes, timestampBounds);
    }

    public IngestSettings withMaxBodyBytes(long bytes) {
        return new IngestSettings(bearerTokens, bytes, timestampBounds);
    }

    public IngestSettings withTimestampBounds(TimestampBounds bounds) {
        return new IngestSettings(bearerTokens, maxBodyBytes, bounds);
    }
}
