package io.complaintstreams.api.access;

import io.complaintstreams.config.AppConfig;
import io.javalin.community.ssl.SslConfig;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import nl.altindag.ssl.SSLFactory;
import nl.altindag.ssl.pem.util.PemUtils;

/**
 * HTTPS for the one HTTP port (README "Data protection", "Transport"): a PEM certificate chain and PKCS#8 key
 * ({@code http.tls.certificate}, {@code http.tls.private-key}) or a PKCS12 keystore ({@code http.tls.keystore}),
 * served by Javalin's SSL plugin on Jetty with the JDK's TLS (TLS 1.2 and 1.3, the plugin's modern cipher list).
 * Instances forwarding queries to each other use HTTPS too, trusting the JDK's CAs plus this instance's own
 * certificate chain (so instances sharing a certificate, or one CA, trust each other).
 */
public record TlsSettings(Path certificate, Path privateKey, Path keystore, String password) {

    /** Empty when none of the TLS keys is set; a PEM certificate without its key (or the reverse) is an error. */
    public static Optional<TlsSettings> from(AppConfig config) {
        String cert = config.get(AppConfig.HTTP_TLS_CERTIFICATE).trim();
        String key = config.get(AppConfig.HTTP_TLS_PRIVATE_KEY).trim();
        String store = config.get(AppConfig.HTTP_TLS_KEYSTORE).trim();
        String password = config.get(AppConfig.HTTP_TLS_PASSWORD);
        if (cert.isEmpty() && key.isEmpty() && store.isEmpty()) {
            return Optional.empty();
        }
        if (!store.isEmpty() && !(cert.isEmpty() && key.isEmpty())) {
            throw new IllegalArgumentException("set either http.tls.keystore or http.tls.certificate with http.tls.private-key, not both");
        }
        if (store.isEmpty() && (cert.isEmpty() || key.isEmpty())) {
            throw new IllegalArgumentException((cert.isEmpty() ? "http.tls.certificate" : "http.tls.private-key")
                    + " is required with " + (cert.isEmpty() ? "http.tls.private-key" : "http.tls.certificate"));
        }
        TlsSettings tls = new TlsSettings(cert.isEmpty() ? null : Path.of(cert), key.isEmpty() ? null : Path.of(key),
                store.isEmpty() ? null : Path.of(store), password == null || password.isEmpty() ? null : password);
        for (Path p : new Path[] {tls.certificate, tls.privateKey, tls.keystore}) {
            if (p != null && !Files.isReadable(p)) {
                throw new IllegalArgumentException("TLS file " + p + " is not readable");
            }
        }
        return Optional.of(tls);
    }

    /** The plugin's identity: the PEM pair or the keystore. */
    public void applyTo(SslConfig ssl) {
        if (keystore != null) {
            ssl.keystoreFromPath(keystore.toString(), password == null ? "" : password);
        } else if (password != null) {
            ssl.pemFromPath(certificate.toString(), privateKey.toString(), password);
        } else {
            ssl.pemFromPath(certificate.toString(), privateKey.toString());
        }
    }

    /** Client context for instance-to-instance calls: the JDK's CAs plus this instance's certificate chain. */
    public SSLContext instanceClientContext() {
        return SSLFactory.builder().withDefaultTrustMaterial().withTrustMaterial(ownChain()).build().getSslContext();
    }

    private List<X509Certificate> ownChain() {
        if (certificate != null) {
            return PemUtils.loadCertificate(certificate);
        }
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password == null ? new char[0] : password.toCharArray());
            List<X509Certificate> out = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                Certificate[] chain = store.getCertificateChain(alias);
                for (Certificate c : chain == null ? new Certificate[] {store.getCertificate(alias)} : chain) {
                    if (c instanceof X509Certificate x) {
                        out.add(x);
                    }
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalArgumentException("http.tls.keystore " + keystore + " cannot be read: " + e.getMessage(), e);
        }
    }
}
