package io.complaintstreams.api.access;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies an OpenID Connect access or ID token (a signed JWT) with Nimbus JOSE+JWT: the signature against the
 * issuer's JWKS (asymmetric algorithms only: RS*, PS*, ES*; {@code none} and HMAC are refused), {@code iss} and
 * {@code aud} equal to the configured ones, {@code exp} present and not past, {@code nbf} not future (both with the
 * configured clock skew), {@code sub} present. Roles come from the configured claim.
 */
final class OidcVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(OidcVerifier.class);
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private final OidcSettings settings;
    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    OidcVerifier(OidcSettings settings) {
        this.settings = settings;
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keys(settings.jwks())));
        var claims = new DefaultJWTClaimsVerifier<SecurityContext>(new java.util.HashSet<>(List.of(settings.audience())),
                new JWTClaimsSet.Builder().issuer(settings.issuer()).build(), new java.util.HashSet<>(List.of("sub", "exp")), null);
        claims.setMaxClockSkew((int) settings.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    private static JWKSource<SecurityContext> keys(String jwks) {
        try {
            if (jwks.startsWith("https://") || jwks.startsWith("http://")) {
                return JWKSourceBuilder.create(URI.create(jwks).toURL()).retrying(true).build();
            }
            return new ImmutableJWKSet<>(JWKSet.load(Path.of(jwks).toFile()));
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalArgumentException("api.oidc.jwks: cannot read a JWKS from " + jwks + ": " + e.getMessage(), e);
        }
    }

    /** The token's principal ({@code oidc:SUB}) and roles, or empty if it is not a valid token of this issuer. */
    Optional<Principal> verify(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String idpRole : rolesIn(claims)) {
                settings.roleFor(idpRole).ifPresent(roles::add);
            }
            return Optional.of(new Principal("oidc:" + claims.getSubject(), roles, false));
        } catch (Exception e) {
            LOG.debug("bearer JWT refused: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The values of the roles claim: an array or a space/comma-separated string, found through dotted names. */
    private List<String> rolesIn(JWTClaimsSet claims) {
        Object value = claims.getClaims();
        for (String part : settings.rolesClaim().split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> many) {
            many.forEach(v -> out.add(String.valueOf(v)));
        } else if (value instanceof String one) {
            for (String v : one.split("[\\s,]+")) {
                if (!v.isBlank()) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
