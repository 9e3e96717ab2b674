package io.complaintstreams.domain.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A stream in a wide encoding (UTF-16, UTF-32: a line feed is not the one byte 0x0A) as UTF-8 bytes, so that
 * {@link LineReader} splits it like any other file. Decoding is strict: bytes not valid in the encoding end the
 * stream with an {@link IOException} naming it, never U+FFFD. Counts the bytes it took from the source, for progress.
 */
final class Utf16Transcoder extends InputStream {
    private final Counting source;
    private final Reader chars;
    private final Charset encoding;
    private final char[] buf = new char[8192];
    private byte[] pending = new byte[0];
    private int pendingPos;
    private char carried;
    private boolean hasCarried;

    Utf16Transcoder(InputStream in, Charset encoding) {
        this.source = new Counting(in);
        this.encoding = encoding;
        this.chars = new InputStreamReader(source, LineReader.strictDecoder(encoding));
    }

    long rawBytesRead() {
        return source.count;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        while (pendingPos >= pending.length) {
            if (!refill()) {
                return -1;
            }
        }
        int n = Math.min(len, pending.length - pendingPos);
        System.arraycopy(pending, pendingPos, b, off, n);
        pendingPos += n;
        return n;
    }

    private boolean refill() throws IOException {
        int start = 0;
        if (hasCarried) {
            buf[0] = carried;
            hasCarried = false;
            start = 1;
        }
        int n;
        try {
            n = chars.read(buf, start, buf.length - start);
        } catch (CharacterCodingException e) {
            throw new IOException("the file is not valid " + encoding.name() + " near byte " + source.count + ": " + e);
        }
        int end = start + Math.max(n, 0);
        if (end == 0) {
            return false;
        }
        if (n >= 0 && Character.isHighSurrogate(buf[end - 1])) {
            carried = buf[end - 1];
            hasCarried = true;
            end--;
        }
        pending = new String(buf, 0, end).getBytes(StandardCharsets.UTF_8);
        pendingPos = 0;
        return true;
    }

    @Override
    public void close() throws IOException {
        chars.close();
    }

    private static final class Counting extends java.io.FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
