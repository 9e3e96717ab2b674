package io.complaintstreams.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.complaintstreams.broker.internal.ExitGuard;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.utils.Exit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ExitGuardTest {
    private final Object owner = new Object();

    @AfterEach
    void unregister() {
        ExitGuard.unregister(owner);
    }

    @Test
    void shouldCallTheCallbackInsteadOfExiting() throws Exception {
        CompletableFuture<BrokerFatalError> seen = new CompletableFuture<>();
        ExitGuard.register(owner, seen::complete);

        Exit.exit(3, "log dir failed");

        assertEquals(new BrokerFatalError(3, "log dir failed", false), seen.get(10, TimeUnit.SECONDS));
    }

    @Test
    void shouldCallTheCallbackInsteadOfHalting() throws Exception {
        CompletableFuture<BrokerFatalError> seen = new CompletableFuture<>();
        ExitGuard.register(owner, seen::complete);

        Exit.halt(1);

        assertEquals(new BrokerFatalError(1, null, true), seen.get(10, TimeUnit.SECONDS));
    }

    @Test
    void shouldSurviveAFailingCallback() throws Exception {
        CompletableFuture<BrokerFatalError> seen = new CompletableFuture<>();
        Object other = new Object();
        ExitGuard.register(owner, error -> {
            throw new IllegalStateException("callback bug");
        });
        ExitGuard.register(other, seen::complete);
        try {
            Exit.exit(2);
            assertEquals(2, seen.get(10, TimeUnit.SECONDS).statusCode());
        } finally {
            ExitGuard.unregister(other);
        }
    }
}
