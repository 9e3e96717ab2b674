package io.complaintstreams.api.access;

import io.complaintstreams.config.AppConfig;
import io.javalin.Javalin;
import io.javalin.community.ssl.SslPlugin;
import io.javalin.config.JavalinConfig;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * How the HTTP port is served (README "Data protection", "Transport"): on {@code http.bind-address} (127.0.0.1 by
 * default), over HTTPS when {@code http.tls.*} is set, with {@link SecurityHeaders} on every response.
 */
public final class HttpTransport {
    private final Optional<TlsSettings> tls;
    private final String bindAddress;
    private final int port;

    private HttpTransport(Optional<TlsSettings> tls, String bindAddress, int port) {
        this.tls = tls;
        this.bindAddress = bindAddress;
        this.port = port;
    }

    /** @param port the resolved HTTP port (not 0: instances advertise it) */
    public static HttpTransport from(AppConfig config, int port) {
        String bind = config.get(AppConfig.HTTP_BIND_ADDRESS).trim();
        return new HttpTransport(TlsSettings.from(config), bind.isEmpty() ? "127.0.0.1" : bind, port);
    }

    public boolean tls() {
        return tls.isPresent();
    }

    /** Call inside {@code Javalin.create}: registers the SSL plugin when TLS is on. */
    public void configure(JavalinConfig config) {
        tls.ifPresent(t -> config.registerPlugin(new SslPlugin(ssl -> {
            t.applyTo(ssl);
            ssl.host = bindAddress;
            ssl.insecure = false;
            ssl.secure = true;
            ssl.securePort = port;
            ssl.http2 = false;
        })));
    }

    /** Security headers on every response; register before any other handler. */
    public void register(Javalin app) {
        new SecurityHeaders(tls()).register(app);
    }

    public void start(Javalin app) {
        if (tls.isPresent()) {
            app.start(); // the plugin's connector listens on bindAddress:port
        } else {
            app.start(bindAddress, port);
        }
    }

    /** TLS client context for forwarding to other instances, or null for plain HTTP. */
    public SSLContext instanceClientContext() {
        return tls.map(TlsSettings::instanceClientContext).orElse(null);
    }

    /** {@code http(s)://HOST:PORT} (127.0.0.1 when bound to every interface). */
    public String baseUrl() {
        String host = bindAddress.equals("0.0.0.0") || bindAddress.equals("::") ? "127.0.0.1" : bindAddress;
        return (tls() ? "https://" : "http://") + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
