package io.complaintstreams.ingest.file;

import io.complaintstreams.domain.io.LineReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;

/** Rows of one file, in order. */
interface RowSource extends Closeable {
    /** The next row, or null at the end. */
    Row next() throws IOException;

    /** The encoding rows are decoded with: the one asked for, or UTF-16 when the file starts with its byte order mark. */
    Charset encoding();

    /** Bytes of the file consumed so far (for progress). */
    long bytesRead();

    /**
     * @param contractColumns whether a CSV's column headings are the contract's field names (no mapping), so a heading
     *     that differs from one only in letter case is read as it; a mapping names its source's columns exactly
     */
    static RowSource open(ImportFile file, Charset encoding, boolean contractColumns) throws IOException {
        LineReader lines = new LineReader(Files.newInputStream(file.path()), encoding);
        return file.format() == ImportFile.Format.CSV ? new CsvRowSource(lines, contractColumns ? file.kind() : null) : new JsonLinesRowSource(lines);
    }
}
