package io.complaintstreams.app;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/**
 * Before {@code run} starts its broker (just after it locks the data directory): can this process listen on
 * {@code http.bind-address}:{@code http.port}? The HTTP server is the last thing {@code run} starts, so without this a
 * port in use, or an address that is not this machine's, was found after the embedded broker and Kafka Streams had
 * started (20 to 60 s), and Javalin told both as "Port already in use" with a stack trace. A port taken between this
 * check and the start still fails there (one line, no stack trace: {@code Main}).
 */
public final class HttpPortCheck {
    private HttpPortCheck() {}

    /** The HTTP port cannot be listened on although the settings are valid (in use, not permitted): exit 1. */
    public static final class PortUnavailableException extends IllegalStateException {
        PortUnavailableException(String message) {
            super(message);
        }
    }

    /**
     * @param port 0 (any free port) is not checked
     * @throws IllegalArgumentException naming {@code http.bind-address} when it does not resolve or is not an address
     *                                  of this machine (bad input, exit 2)
     * @throws PortUnavailableException naming the port when another process holds it or it is not permitted (exit 1)
     */
    public static void check(String bindAddress, int port) {
        if (port == 0) {
            return;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bindAddress.strip());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("http.bind-address '" + bindAddress + "' is not an address or a host name"
                    + " that resolves (--bind-address; 127.0.0.1 for this machine only, 0.0.0.0 for every interface)");
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // as Jetty does: a port left in TIME_WAIT by a stopped run is free
            socket.bind(new InetSocketAddress(address, port));
        } catch (BindException e) {
            String why = String.valueOf(e.getMessage());
            if (why.contains("in use")) {
                throw new PortUnavailableException("HTTP port " + port + " on " + bindAddress + " is in use by another"
                        + " process: stop it, or give this one another port (--http-port, http.port,"
                        + " COMPLAINT_STREAMS_HTTP_PORT)");
            }
            if (why.contains("assign")) {
                throw new IllegalArgumentException("http.bind-address " + bindAddress + " is not an address of this"
                        + " machine (" + why + "); use one of its addresses, 127.0.0.1, or 0.0.0.0 for every interface");
            }
            throw new PortUnavailableException("cannot listen on " + bindAddress + ":" + port + " (" + why + ")"
                    + (port < 1024 ? "; ports below 1024 need privileges: use a higher --http-port" : ""));
        } catch (IOException e) {
            throw new PortUnavailableException("cannot listen on " + bindAddress + ":" + port + " (" + e.getMessage() + ")");
        }
    }
}
