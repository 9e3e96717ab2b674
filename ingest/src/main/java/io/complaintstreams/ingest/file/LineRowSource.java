package io.complaintstreams.ingest.file;

import io.complaintstreams.domain.io.LineReader;
import io.complaintstreams.ingest.ValidationException;
import java.io.IOException;
import java.nio.charset.Charset;

/** A row source reading a file line by line: progress and closing are the line reader's. */
abstract class LineRowSource implements RowSource {
    protected final LineReader lines;

    protected LineRowSource(LineReader lines) {
        this.lines = lines;
    }

    /** The row for a line that is not valid in the file's encoding: refused naming the encoding, never altered. */
    static Row undecodable(LineReader.Line line) {
        return Row.unreadable(line.number(), line.bytes(), new ValidationException("row", line.error()));
    }

    @Override
    public Charset encoding() {
        return lines.encoding();
    }

    @Override
    public long bytesRead() {
        return lines.bytesRead();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
