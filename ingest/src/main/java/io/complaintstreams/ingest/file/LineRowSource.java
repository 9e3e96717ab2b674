package io.complaintstreams.ingest.file;

import java.io.IOException;

/** A row source reading a file line by line: progress and closing are the line reader's. */
abstract class LineRowSource implements RowSource {
    protected final RawLineReader lines;

    protected LineRowSource(RawLineReader lines) {
        this.lines = lines;
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
