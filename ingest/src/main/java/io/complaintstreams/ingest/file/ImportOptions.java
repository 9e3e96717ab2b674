package io.complaintstreams.ingest.file;

import io.complaintstreams.domain.validation.TimestampBounds;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * @param batchSize rows per published batch (one transaction with a transactional publisher)
 * @param progressBar show a progress bar on stderr; it is shown only when there is a console as well
 * @param timestampBounds plausible range of {@code occurredAt}; rows outside are dead-lettered naming it
 * @param encoding how the files are decoded (UTF-8 by default; {@code windows-1252} for Excel's plain CSV); a line
 *     not valid in it is dead-lettered naming the encoding, never published with U+FFFD
 */
public record ImportOptions(int batchSize, boolean progressBar, TimestampBounds timestampBounds, Charset encoding) {
    public ImportOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        Objects.requireNonNull(timestampBounds, "timestampBounds");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** With the default timestamp bounds, UTF-8. */
    public ImportOptions(int batchSize, boolean progressBar) {
        this(batchSize, progressBar, TimestampBounds.defaults(), StandardCharsets.UTF_8);
    }

    /** Batches of 500, progress bar on a terminal. */
    public static ImportOptions defaults() {
        return new ImportOptions(500, true);
    }
}
