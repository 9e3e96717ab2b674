package io.complaintstreams.ingest.file;

import io.complaintstreams.domain.validation.TimestampBounds;
import java.util.Objects;

/**
 * @param batchSize rows per published batch (one transaction with a transactional publisher)
 * @param progressBar show a progress bar on stderr; it is shown only when there is a console as well
 * @param timestampBounds plausible range of {@code occurredAt}; rows outside are dead-lettered naming it
 */
public record ImportOptions(int batchSize, boolean progressBar, TimestampBounds timestampBounds) {
    public ImportOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        Objects.requireNonNull(timestampBounds, "timestampBounds");
    }

    /** With the default timestamp bounds. */
    public ImportOptions(int batchSize, boolean progressBar) {
        this(batchSize, progressBar, TimestampBounds.defaults());
    }

    /** Batches of 500, progress bar on a terminal. */
    public static ImportOptions defaults() {
        return new ImportOptions(500, true);
    }
}
