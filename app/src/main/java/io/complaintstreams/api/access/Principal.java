package io.complaintstreams.api.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who made a request: a static token's label ({@code read-token:1a2b3c4d}, the first 8 hex digits of the token's
 * SHA-256, never the token), an OIDC subject ({@code oidc:SUB}), another instance, or {@code anonymous} when access is
 * open. The name goes into the audit record; it must never hold personal data other than the officer's own id.
 */
public record Principal(String name, Set<Role> roles, boolean instance) {
    public static final Principal ANONYMOUS = new Principal("anonymous", EnumSet.allOf(Role.class), false);
    public static final Principal INSTANCE = new Principal("instance", EnumSet.of(Role.OFFICER, Role.MRC), true);

    public Principal {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasAny(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
