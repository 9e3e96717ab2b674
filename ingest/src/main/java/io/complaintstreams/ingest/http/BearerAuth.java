package io.complaintstreams.ingest.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks {@code Authorization: Bearer TOKEN} against a set of tokens, in constant time per token. */
final class BearerAuth {
    private final List<byte[]> tokens;

    BearerAuth(Set<String> tokens) {
        this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    boolean enabled() {
        return !tokens.isEmpty();
    }

    boolean allows(String authorizationHeader) {
        if (!enabled()) {
            return true;
        }
        if (authorizationHeader == null || !authorizationHeader.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return false;
        }
        byte[] given = authorizationHeader.substring("bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] token : tokens) {
            match |= MessageDigest.isEqual(token, given);
        }
        return match;
    }
}
