package io.complaintstreams.api.access;

import java.util.Optional;

/**
 * Turns a presented credential into a principal: the instances' shared secret, a static read token, or (when OIDC is
 * configured) a bearer JWT of the landlord's identity provider. Ingest tokens are not here: ingest checks its own.
 */
final class Authenticator {
    private final StaticTokens instanceSecret;
    private final StaticTokens readTokens;
    private final OidcVerifier oidc;

    Authenticator(StaticTokens instanceSecret, StaticTokens readTokens, OidcVerifier oidc) {
        this.instanceSecret = instanceSecret;
        this.readTokens = readTokens;
        this.oidc = oidc;
    }

    /** True when reads need a credential: read tokens or OIDC are configured (CONTRACTS section 5). */
    boolean protectsReads() {
        return !readTokens.isEmpty() || oidc != null;
    }

    boolean oidcEnabled() {
        return oidc != null;
    }

    boolean hasInstanceSecret() {
        return !instanceSecret.isEmpty();
    }

    Optional<Principal> authenticate(String credential) {
        if (credential == null || credential.isBlank()) {
            return Optional.empty();
        }
        Optional<Principal> instance = instanceSecret.match(credential);
        Optional<Principal> read = readTokens.match(credential);
        if (instance.isPresent()) {
            return instance;
        }
        if (read.isPresent()) {
            return read;
        }
        if (oidc != null && credential.chars().filter(c -> c == '.').count() == 2) {
            return oidc.verify(credential);
        }
        return Optional.empty();
    }
}
