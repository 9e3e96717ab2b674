package io.complaintstreams.domain.sla;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the shared golden files by walking up from the working directory; fails when they are not there. */
final class GoldenFiles {
    private GoldenFiles() {
    }

    static Path dir() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            Path golden = p.resolve("shared").resolve("golden");
            if (Files.isDirectory(golden)) {
                return golden;
            }
        }
        throw new AssertionError("shared/golden not found above " + System.getProperty("user.dir"));
    }
}
