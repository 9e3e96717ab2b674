package io.complaintstreams.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousRunMembersTest {
    private static final String OWN = "8f14e45f-ceea-467f-a0e6-9c2b1d3a5b7c";

    @TempDir
    Path dir;

    @Test
    void shouldReadTheProcessIdKafkaStreamsKeptInTheStateDirectory() throws Exception {
        Files.writeString(dir.resolve(PreviousRunMembers.PROCESS_FILE), "{\"processId\":\"" + OWN + "\"}");
        assertEquals(Optional.of(OWN), PreviousRunMembers.processIdIn(dir));
    }

    @Test
    void shouldHaveNoProcessIdWhenTheFileIsMissingOrUnreadable() throws Exception {
        assertEquals(Optional.empty(), PreviousRunMembers.processIdIn(dir));
        Files.writeString(dir.resolve(PreviousRunMembers.PROCESS_FILE), "not json");
        assertEquals(Optional.empty(), PreviousRunMembers.processIdIn(dir));
    }

    @Test
    void shouldCountOnlyMembersOfOtherInstances() {
        List<String> members = List.of("complaint-streams-" + OWN + "-StreamThread-1-consumer",
                "complaint-streams-0b1c2d3e-0000-4000-8000-000000000001-StreamThread-1-consumer");
        assertEquals(1, PreviousRunMembers.othersThan(members, Optional.of(OWN)));
        assertEquals(0, PreviousRunMembers.othersThan(members.subList(0, 1), Optional.of(OWN)));
        assertEquals(2, PreviousRunMembers.othersThan(members, Optional.empty()), "without a process id every member counts");
    }
}
