package io.complaintstreams.api.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Configured bearer tokens (e.g. {@code api.read-tokens}), each standing for a principal with fixed roles. Every
 * token is compared in constant time ({@link MessageDigest#isEqual}) and all of them are compared on every call, so
 * the time taken says nothing about which token, or how much of one, matched.
 */
final class StaticTokens {
    private record Entry(byte[] token, Principal principal) {}

    private final List<Entry> entries;

    private StaticTokens(List<Entry> entries) {
        this.entries = entries;
    }

    /** Tokens from a comma-separated setting (blanks ignored), each a principal {@code LABEL:hash8} with these roles. */
    static StaticTokens of(String commaSeparated, String label, Set<Role> roles) {
        List<Entry> entries = Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(","))
                .map(String::trim).filter(t -> !t.isEmpty()).distinct()
                .map(t -> new Entry(t.getBytes(StandardCharsets.UTF_8), new Principal(label + ":" + fingerprint(t), roles, false)))
                .toList();
        return new StaticTokens(entries);
    }

    /** A single secret standing for one principal (blank: none). */
    static StaticTokens single(String secret, Principal principal) {
        return secret == null || secret.isBlank() ? new StaticTokens(List.of())
                : new StaticTokens(List.of(new Entry(secret.trim().getBytes(StandardCharsets.UTF_8), principal)));
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    Optional<Principal> match(String given) {
        byte[] bytes = given.getBytes(StandardCharsets.UTF_8);
        Principal found = null;
        for (Entry e : entries) {
            if (MessageDigest.isEqual(e.token(), bytes)) {
                found = e.principal();
            }
        }
        return Optional.ofNullable(found);
    }

    /** First 8 hex digits of the token's SHA-256: enough to tell tokens apart in the audit, useless to guess one. */
    static String fingerprint(String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return entries.stream().map(e -> e.principal().name()).collect(Collectors.joining(", ", "[", "]"));
    }
}
