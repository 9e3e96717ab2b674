package io.complaintstreams.broker.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Picks free local ports up front (KRaftServer does not report the ports it bound). */
public final class FreePorts {
    private FreePorts() {
    }

    /** A port free on 127.0.0.1 right now. Another process could take it before we bind: a small, accepted race. */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }

    /**
     * Fails when {@code port} cannot be bound on 127.0.0.1 now: Kafka's broker start-up does not fail on a taken
     * port, it waits for ever (its bind error goes to the exit procedure), so the embedded broker checks first.
     *
     * @throws IllegalStateException naming the address when it is in use
     */
    public static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("port 127.0.0.1:" + port + " is in use (" + e.getMessage() + ")", e);
        }
    }
}
