package io.complaintstreams.broker;

import java.nio.file.Path;

/** The data directory is locked by another process or another owner in this JVM ({@link DataDirLock}). */
public final class DataDirInUseException extends IllegalStateException {
    private final Path dataDir;

    public DataDirInUseException(Path dataDir, Path lockFile, String holder) {
        super("data directory " + dataDir + " is in use by another complaint-streams process (" + holder + ", lock "
                + lockFile + "); stop that one or give this one another --data-dir");
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
