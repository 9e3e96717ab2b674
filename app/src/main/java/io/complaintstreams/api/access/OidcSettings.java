package io.complaintstreams.api.access;

import io.complaintstreams.config.AppConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * OpenID Connect bearer tokens from the landlord's identity provider ({@code api.oidc.*}).
 *
 * @param issuer required {@code iss}
 * @param jwks a JWKS URL ({@code https://idp/.../certs}) or a JWKS file path
 * @param audience required {@code aud}
 * @param rolesClaim claim holding the roles, dotted for nested objects ({@code realm_access.roles})
 * @param roleMapping the identity provider's role name to ours; empty: the claim holds our role names
 * @param clockSkew allowed clock difference for {@code exp} and {@code nbf}
 */
public record OidcSettings(String issuer, String jwks, String audience, String rolesClaim, Map<String, Role> roleMapping,
                           Duration clockSkew) {

    /** Empty when {@code api.oidc.issuer} is blank; otherwise every required key is checked, naming a missing one. */
    public static Optional<OidcSettings> from(AppConfig config) {
        String issuer = config.get(AppConfig.OIDC_ISSUER).trim();
        if (issuer.isEmpty()) {
            return Optional.empty();
        }
        String jwks = required(config, AppConfig.OIDC_JWKS.name(), config.get(AppConfig.OIDC_JWKS));
        String audience = required(config, AppConfig.OIDC_AUDIENCE.name(), config.get(AppConfig.OIDC_AUDIENCE));
        return Optional.of(new OidcSettings(issuer, jwks, audience, config.get(AppConfig.OIDC_ROLES_CLAIM).trim(),
                parseMapping(config.get(AppConfig.OIDC_ROLE_MAPPING)),
                Duration.ofSeconds(config.getInt(AppConfig.OIDC_CLOCK_SKEW_SECONDS))));
    }

    private static String required(AppConfig config, String key, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is required when api.oidc.issuer is set");
        }
        return value.trim();
    }

    /** {@code officer=CS.Officer,mrc=CS.MRC} as identity-provider role to ours. */
    static Map<String, Role> parseMapping(String raw) {
        Map<String, Role> mapping = new LinkedHashMap<>();
        if (raw == null || raw.isBlank()) {
            return mapping;
        }
        for (String entry : raw.split(",")) {
            int eq = entry.indexOf('=');
            Role role = eq <= 0 ? null : Role.parse(entry.substring(0, eq)).orElse(null);
            if (role == null || entry.substring(eq + 1).isBlank()) {
                throw new IllegalArgumentException("api.oidc.role-mapping entry '" + entry.trim()
                        + "' must be ROLE=IDP_ROLE with ROLE one of officer, mrc, ingest, admin");
            }
            mapping.put(entry.substring(eq + 1).trim(), role);
        }
        return mapping;
    }

    /** Our role for one of the identity provider's role names, if any. */
    Optional<Role> roleFor(String idpRole) {
        if (roleMapping.isEmpty()) {
            return Role.parse(idpRole);
        }
        return Optional.ofNullable(roleMapping.get(idpRole));
    }

    @Override
    public String toString() {
        return "OIDC issuer " + issuer + ", audience " + audience + ", roles from claim " + rolesClaim
                + (roleMapping.isEmpty() ? "" : " mapped " + roleMapping).toLowerCase(Locale.ROOT);
    }
}
