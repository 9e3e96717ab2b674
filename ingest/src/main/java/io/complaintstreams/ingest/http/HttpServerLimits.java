package io.complaintstreams.ingest.http;

import io.javalin.config.JavalinConfig;
import java.time.Duration;
import java.util.Objects;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.ConnectionLimit;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty's own limits on the HTTP port, so that slow or stalled clients cannot hold the server's threads and starve
 * the others (issue 9 section 2), and every refusal Jetty makes itself is the JSON error ({@link JsonErrorHandler}).
 *
 * @param idleTimeout how long a connection may send nothing, both between requests and while the body is being read
 *     (Jetty's connector idle timeout and {@code HttpConfiguration.setIdleTimeout}); a stalled body gets 408
 * @param minRequestBytesPerSecond Jetty's {@code HttpConfiguration.setMinRequestDataRate}: a body that arrives more
 *     slowly (a client trickling a byte now and then, which the idle timeout alone would not stop) gets 408;
 *     0 turns the check off
 * @param maxConnections Jetty's {@link ConnectionLimit}: above it the server stops accepting until connections close
 * @param maxThreads size of Jetty's request thread pool
 */
public record HttpServerLimits(Duration idleTimeout, long minRequestBytesPerSecond, int maxConnections, int maxThreads) {
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MIN_REQUEST_BYTES_PER_SECOND = 256;
    public static final int DEFAULT_MAX_CONNECTIONS = 1000;
    public static final int DEFAULT_MAX_THREADS = 250;
    /** Fewest request threads: Jetty's acceptors and selectors need some. */
    public static final int MIN_THREADS = 16;

    public HttpServerLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, got " + idleTimeout);
        }
        if (minRequestBytesPerSecond < 0) {
            throw new IllegalArgumentException("minRequestBytesPerSecond must not be negative, got " + minRequestBytesPerSecond);
        }
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, got " + maxConnections);
        }
        if (maxThreads < MIN_THREADS) {
            throw new IllegalArgumentException("maxThreads must be at least 16 (Jetty's acceptors and selectors need some), got " + maxThreads);
        }
    }

    /** Idle 10 s, at least 256 bytes a second, 1000 connections, 250 threads. */
    public static HttpServerLimits defaults() {
        return new HttpServerLimits(DEFAULT_IDLE_TIMEOUT, DEFAULT_MIN_REQUEST_BYTES_PER_SECOND, DEFAULT_MAX_CONNECTIONS, DEFAULT_MAX_THREADS);
    }

    /** Applies the limits and the JSON error handler to a Javalin configuration (before {@code start}). */
    public void applyTo(JavalinConfig config) {
        QueuedThreadPool pool = new QueuedThreadPool(maxThreads, Math.min(8, maxThreads));
        pool.setName("http");
        config.jetty.threadPool = pool;
        long idleMillis = idleTimeout.toMillis();
        config.jetty.modifyHttpConfiguration(http -> {
            http.setIdleTimeout(idleMillis);
            http.setMinRequestDataRate(minRequestBytesPerSecond);
        });
        config.jetty.modifyServer(server -> {
            server.addBean(new ConnectionLimit(maxConnections, server));
            server.setErrorHandler(new JsonErrorHandler());
            // Javalin adds its connector just before it starts the server: set the idle timeout as the server starts.
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (Connector connector : ((Server) event).getConnectors()) {
                        if (connector instanceof AbstractConnector c) {
                            c.setIdleTimeout(idleMillis);
                        }
                    }
                }
            });
        });
    }
}
