package io.complaintstreams.ingest.file;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of original bytes (without the {@code \n} or {@code \r\n} ending and without a
 * leading UTF-8 byte order mark), counting lines from 1 and bytes consumed.
 */
final class RawLineReader implements Closeable {
    record RawLine(long number, byte[] bytes) {
        boolean isBlank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private long lineNumber;
    private long bytesRead;

    RawLineReader(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end. */
    RawLine next() throws IOException {
        buffer.reset();
        boolean any = false;
        boolean ended = false;
        while (!ended && fill()) {
            any = true;
            int start = chunkPos;
            while (chunkPos < chunkEnd && chunk[chunkPos] != '\n') {
                chunkPos++;
            }
            buffer.write(chunk, start, chunkPos - start);
            if (chunkPos < chunkEnd) {
                chunkPos++;
                ended = true;
            }
            bytesRead += chunkPos - start;
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        byte[] bytes = buffer.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        int start = lineNumber == 1 && startsWithBom(bytes) ? 3 : 0;
        return new RawLine(lineNumber, start == 0 && end == bytes.length ? bytes : Arrays.copyOfRange(bytes, start, end));
    }

    private boolean fill() throws IOException {
        if (chunkPos < chunkEnd) {
            return true;
        }
        chunkEnd = in.read(chunk);
        chunkPos = 0;
        if (chunkEnd <= 0) {
            chunkEnd = 0;
            return false;
        }
        return true;
    }

    long bytesRead() {
        return bytesRead;
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
