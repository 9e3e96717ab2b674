package io.complaintstreams.ingest.file;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.complaintstreams.domain.io.LineReader;
import io.complaintstreams.ingest.ValidationException;
import java.io.IOException;

/** One JSON object per line; blank lines are skipped; a line not valid in the file's encoding is refused. */
final class JsonLinesRowSource extends LineRowSource {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    JsonLinesRowSource(LineReader lines) {
        super(lines);
    }

    @Override
    public Row next() throws IOException {
        LineReader.Line line;
        do {
            line = lines.next();
        } while (line != null && line.isBlank());
        if (line == null) {
            return null;
        }
        if (line.undecodable()) {
            return undecodable(line);
        }
        try {
            JsonNode node = JSON.readTree(line.text());
            if (!node.isObject()) {
                return Row.unreadable(line.number(), line.bytes(), new ValidationException("row", "must be a JSON object"));
            }
            return Row.readable(line.number(), line.bytes(), node);
        } catch (JsonProcessingException e) {
            return Row.unreadable(line.number(), line.bytes(),
                    new ValidationException("row", "is not valid JSON: " + e.getOriginalMessage()));
        }
    }
}
