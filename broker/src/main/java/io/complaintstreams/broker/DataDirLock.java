package io.complaintstreams.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An exclusive lock on a data directory, taken before anything in it is touched, so that a second process (or a
 * second broker in this JVM) on the same directory is refused without harming the one that holds it (issue 9
 * section 5). An OS file lock ({@link FileChannel#tryLock()}) on {@code <dir>/<name>}: released on {@link #close()}
 * and by the OS when the process dies, so a crash never leaves a stale lock. The file holds the owner's pid and
 * start time, for the refusal message.
 */
public final class DataDirLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Creates {@code dir} if needed and locks {@code <dir>/<name>}.
     *
     * @throws DataDirInUseException when another process or another owner in this JVM holds it
     * @throws UncheckedIOException  when the directory or lock file cannot be created
     */
    public static DataDirLock acquire(Path dir, String name) {
        Path file = dir.toAbsolutePath().normalize().resolve(name);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = holder(channel);
                channel.close();
                throw new DataDirInUseException(file.getParent(), file, holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataDirLock(file, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock data directory " + file.getParent() + ": " + e.getMessage(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this JVM (another broker or app instance on the same directory)
        }
    }

    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(256);
            int n = channel.read(buffer, 0);
            return n <= 0 ? "unknown" : new String(buffer.array(), 0, n, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the lock goes with the channel
            }
        }
    }

    public Path file() {
        return file;
    }

    /** Releases the lock; idempotent. The file stays (its content is only informative). */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException ignored) {
            // closing the channel releases it too
        } finally {
            closeQuietly(channel);
        }
    }
}
