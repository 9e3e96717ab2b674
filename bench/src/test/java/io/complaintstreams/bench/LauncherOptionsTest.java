package io.complaintstreams.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The app process the bench starts gets the launcher's default JVM options when none are given. */
class LauncherOptionsTest {
    @Test
    void shouldStartTheAppWithTheLaunchersDefaultOptions() throws Exception {
        String launcher = Files.readString(Path.of("..", "bin", "complaint-streams"));
        assertTrue(launcher.contains("APP_JAVA_OPTS_DEFAULT=\"" + ChildJvm.APP_DEFAULT_OPTIONS + "\""),
                "bin/complaint-streams and ChildJvm.APP_DEFAULT_OPTIONS disagree");
    }
}
