package io.complaintstreams.domain.io;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The one line reader of every command that reads a file ({@code sla}, {@code classify}, {@code import},
 * {@code report --input}). Splits a byte stream on {@code \n}, drops a {@code \r} before it (CRLF files from Excel
 * and Windows CRM exports), skips a UTF-8 byte order mark at the start, and decodes each line strictly: bytes
 * that are not valid in the encoding are never replaced with U+FFFD. Such a line comes back with
 * {@link Line#text()} null and {@link Line#error()} naming the encoding, the byte and its column, so the caller can
 * refuse that line and go on with the others. The default encoding is UTF-8; a file saved by Excel as "CSV" (not
 * "CSV UTF-8") is Windows-1252 and is read with that encoding given ({@code --encoding windows-1252}).
 *
 * <p>A file that starts with a UTF-16 byte order mark ({@code FF FE} or {@code FE FF}: Excel's "Unicode Text", some
 * CRM exports) is UTF-16 whatever encoding was given, since the mark says so; it is read as UTF-16LE or UTF-16BE and
 * {@link #encoding()} then names that. An encoding given in which a line feed is not the one byte {@code 0x0A}
 * ({@code utf-16}, {@code utf-32}, ...) is read the same way: decoded strictly first, then split into lines. In
 * those encodings a stream that is not valid (an unpaired surrogate, an odd number of bytes) stops with an
 * {@link IOException} naming the encoding, not one line.
 */
public final class LineReader implements Closeable {
    /**
     * One line: its number (from 1), its original bytes without the line ending, and either its text or the reason
     * it cannot be decoded.
     */
    public record Line(long number, byte[] bytes, String text, String error) {
        /** True when the line decoded and is empty or only spaces and tabs. */
        public boolean isBlank() {
            return text != null && text.isBlank();
        }

        /** True when the line could not be decoded. */
        public boolean undecodable() {
            return text == null;
        }
    }

    private static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    private final InputStream raw;
    private InputStream in;
    private Charset encoding;
    private CharsetDecoder decoder;
    private boolean started;
    private Utf16Transcoder transcoder;
    private int markBytes;
    private final byte[] chunk = new byte[1 << 16];
    private int chunkPos;
    private int chunkEnd;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private long lineNumber;
    private long bytesRead;

    /** Reads {@code in} as {@code encoding}. */
    public LineReader(InputStream in, Charset encoding) {
        this.raw = Objects.requireNonNull(in, "in");
        this.in = raw;
        this.encoding = Objects.requireNonNull(encoding, "encoding");
        this.decoder = strictDecoder(encoding);
    }

    /** A decoder of {@code encoding} that reports malformed and unmappable bytes instead of writing U+FFFD. */
    static CharsetDecoder strictDecoder(Charset encoding) {
        return encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * At the first read: a UTF-16 byte order mark, or an encoding whose line feed is not the byte 0x0A, makes the
     * stream decoded up front into UTF-8, which is then split and decoded as any UTF-8 file.
     */
    private void start() throws IOException {
        started = true;
        PushbackInputStream peek = new PushbackInputStream(raw, 2);
        byte[] mark = peek.readNBytes(2);
        Charset utf16 = mark.length < 2 ? null
                : (mark[0] & 0xFF) == 0xFF && (mark[1] & 0xFF) == 0xFE ? StandardCharsets.UTF_16LE
                : (mark[0] & 0xFF) == 0xFE && (mark[1] & 0xFF) == 0xFF ? StandardCharsets.UTF_16BE
                : null;
        if (utf16 == null) {
            peek.unread(mark);
        } else {
            markBytes = mark.length;
        }
        Charset wide = utf16 != null ? utf16 : lineFeedIsOneByte(encoding) ? null : encoding;
        if (wide == null) {
            in = peek;
            return;
        }
        transcoder = new Utf16Transcoder(peek, wide);
        in = transcoder;
        encoding = wide;
        decoder = strictDecoder(StandardCharsets.UTF_8);
    }

    private static boolean lineFeedIsOneByte(Charset encoding) {
        return !encoding.canEncode() || Arrays.equals("\n".getBytes(encoding), new byte[] {'\n'});
    }

    /** Reads {@code in} as UTF-8. */
    public LineReader(InputStream in) {
        this(in, StandardCharsets.UTF_8);
    }

    /**
     * The charset named on the command line ({@code utf-8}, {@code windows-1252}, {@code cp1252}, {@code iso-8859-1},
     * ...), or an {@link IllegalArgumentException} naming the value.
     */
    public static Charset encoding(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--encoding '" + name + "' is not an encoding this Java knows (try utf-8 or windows-1252)");
        }
    }

    /** The encoding lines are decoded with. */
    public Charset encoding() {
        return encoding;
    }

    /** The next line, or null at the end of the stream. */
    public Line next() throws IOException {
        buffer.reset();
        boolean any = false;
        boolean ended = false;
        while (!ended && fill()) {
            any = true;
            int start = chunkPos;
            while (chunkPos < chunkEnd && chunk[chunkPos] != '\n') {
                chunkPos++;
            }
            if (buffer.size() + (chunkPos - start) > MAX_LINE_BYTES) {
                throw new IOException("line " + (lineNumber + 1) + " is longer than " + MAX_LINE_BYTES + " bytes");
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
        byte[] all = buffer.toByteArray();
        int end = all.length > 0 && all[all.length - 1] == '\r' ? all.length - 1 : all.length;
        int start = lineNumber == 1 && startsWithBom(all) ? 3 : 0;
        byte[] bytes = start == 0 && end == all.length ? all : Arrays.copyOfRange(all, start, end);
        return decode(lineNumber, bytes);
    }

    private Line decode(long number, byte[] bytes) {
        try {
            return new Line(number, bytes, decoder.reset().decode(ByteBuffer.wrap(bytes)).toString(), null);
        } catch (MalformedInputException | UnmappableCharacterException e) {
            return new Line(number, bytes, null, describe(bytes, e));
        } catch (CharacterCodingException e) {
            return new Line(number, bytes, null, "is not valid " + encoding.name() + ": " + e);
        }
    }

    /** E.g. {@code is not valid UTF-8 (byte 0xA3 at column 6); if the file is Windows-1252 ... use --encoding windows-1252}. */
    private String describe(byte[] bytes, CharacterCodingException e) {
        int at = firstBadByte(bytes);
        String where = at < 0 ? "" : String.format(Locale.ROOT, " (byte 0x%02X at column %d)", bytes[at] & 0xFF, at + 1);
        String hint = encoding.equals(StandardCharsets.UTF_8)
                ? "; a file saved by Excel as plain CSV is Windows-1252: read it with --encoding windows-1252"
                : "";
        return "is not valid " + encoding.name() + where + hint;
    }

    private int firstBadByte(byte[] bytes) {
        CharsetDecoder probe = encoding.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = probe.decode(buf, out, true);
        return result.isError() ? buf.position() : -1;
    }

    /** Bytes of the stream consumed so far (for progress). */
    public long bytesRead() {
        return transcoder != null ? markBytes + transcoder.rawBytesRead() : bytesRead;
    }

    private boolean fill() throws IOException {
        if (chunkPos < chunkEnd) {
            return true;
        }
        if (!started) {
            start();
        }
        chunkEnd = in.read(chunk);
        chunkPos = 0;
        if (chunkEnd <= 0) {
            chunkEnd = 0;
            return false;
        }
        return true;
    }

    private static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }
}
