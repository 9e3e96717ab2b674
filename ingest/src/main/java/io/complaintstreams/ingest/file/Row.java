package io.complaintstreams.ingest.file;

import com.fasterxml.jackson.databind.JsonNode;
import io.complaintstreams.ingest.ValidationException;

/**
 * One row of an input file: its first line number, its original bytes, and either its JSON form or the
 * reason it could not be read.
 */
record Row(long line, byte[] original, JsonNode node, ValidationException unreadable) {
    static Row readable(long line, byte[] original, JsonNode node) {
        return new Row(line, original, node, null);
    }

    static Row unreadable(long line, byte[] original, ValidationException error) {
        return new Row(line, original, null, error);
    }
}
