package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A command-line client's master key: the environment variable, else --master-key-file, else the data directory's. */
class PrivacyWiringClientKeyTest {
    private static final String VARIABLE = "COMPLAINT_STREAMS_PRIVACY_MASTER_KEY";

    @Test
    void shouldNameWhereTheClientsKeyIsReadInForClientsOrder() {
        Path dataDir = Path.of("some-data");
        assertEquals(VARIABLE, PrivacyWiring.clientKeySource(Map.of(VARIABLE, "a2V5"), Path.of("old.key"), dataDir));
        assertEquals("old.key", PrivacyWiring.clientKeySource(Map.of(VARIABLE, "  "), Path.of("old.key"), dataDir),
                "a blank variable is not set");
        assertEquals(dataDir.resolve(PrivacyWiring.DEFAULT_KEY_FILE).toString(), PrivacyWiring.clientKeySource(Map.of(), null, dataDir));
    }

    @Test
    void shouldLookForTheKeyWhereItSaysItDoes() {
        Path dataDir = Path.of("target", "no-such-data-dir");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PrivacyWiring.forClient(Map.of(), null, dataDir));
        assertTrue(e.getMessage().contains(PrivacyWiring.clientKeySource(Map.of(), null, dataDir) + " does not exist"), e.getMessage());
    }
}
