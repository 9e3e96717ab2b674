package io.complaintstreams.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bearer JWTs of the landlord's identity provider: the right issuer, audience, time and signature, or refused. */
class OidcVerifierTest {
    static final String ISSUER = "https://idp.example.org/realms/landlord";
    static final String AUDIENCE = "complaint-streams";

    @TempDir
    static Path dir;
    static RSAKey key;
    static OidcVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        Path jwks = dir.resolve("jwks.json");
        Files.writeString(jwks, new JWKSet(key.toPublicJWK()).toString());
        verifier = new OidcVerifier(new OidcSettings(ISSUER, jwks.toString(), AUDIENCE, "realm_access.roles",
                OidcSettings.parseMapping("officer=cs-officer,mrc=cs-mrc,admin=cs-admin"), Duration.ofSeconds(60)));
    }

    static JWTClaimsSet.Builder claims(String subject, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(subject)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("realm_access", Map.of("roles", roles));
    }

    static String sign(RSAKey with, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(with));
        return jwt.serialize();
    }

    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return sign(key, change.apply(claims("officer-17", List.of("cs-officer"))).build());
    }

    @Test
    void shouldAcceptATokenOfTheIssuerWithItsMappedRoles() throws Exception {
        Principal officer = verifier.verify(token(b -> b)).orElseThrow();
        assertEquals("oidc:officer-17", officer.name());
        assertEquals(Set.of(Role.OFFICER), officer.roles());
        Principal mrc = verifier.verify(sign(key, claims("cllr-2", List.of("cs-mrc", "unrelated")).build())).orElseThrow();
        assertEquals(Set.of(Role.MRC), mrc.roles());
    }

    @Test
    void shouldAcceptATokenWithoutOurRolesButGiveItNone() throws Exception {
        assertEquals(Set.of(), verifier.verify(sign(key, claims("someone", List.of("payroll")).build())).orElseThrow().roles());
    }

    @Test
    void shouldRefuseAnotherIssuerOrAudience() throws Exception {
        assertTrue(verifier.verify(token(b -> b.issuer("https://evil.example.org/"))).isEmpty());
        assertTrue(verifier.verify(token(b -> b.audience("another-app"))).isEmpty());
    }

    @Test
    void shouldRefuseAnExpiredTokenButAllowTheConfiguredClockSkew() throws Exception {
        Instant now = Instant.now();
        assertTrue(verifier.verify(token(b -> b.expirationTime(Date.from(now.minusSeconds(300))))).isEmpty());
        assertTrue(verifier.verify(token(b -> b.expirationTime(Date.from(now.minusSeconds(20))))).isPresent());
        assertTrue(verifier.verify(token(b -> b.notBeforeTime(Date.from(now.plusSeconds(300))))).isEmpty());
        assertTrue(verifier.verify(token(b -> b.expirationTime(null))).isEmpty(), "exp is required");
        assertTrue(verifier.verify(token(b -> b.subject(null))).isEmpty(), "sub is required");
    }

    @Test
    void shouldRefuseAForgedSignatureAnUnsignedTokenAndASharedSecretAlgorithm() throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).keyID("idp-1").generate();
        assertTrue(verifier.verify(sign(other, claims("officer-17", List.of("cs-officer")).build())).isEmpty());
        assertTrue(verifier.verify(new PlainJWT(claims("officer-17", List.of("cs-officer")).build()).serialize()).isEmpty());
        SignedJWT hmac = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("idp-1").build(),
                claims("officer-17", List.of("cs-officer")).build());
        hmac.sign(new MACSigner(new byte[32]));
        assertTrue(verifier.verify(hmac.serialize()).isEmpty());
        assertTrue(verifier.verify("not.a.jwt").isEmpty());
    }
}
