package io.complaintstreams.ingest.file;

/**
 * @param batchSize rows per published batch (one transaction with a transactional publisher)
 * @param progressBar show a progress bar on stderr; it is shown only when there is a console as well
 */
public record ImportOptions(int batchSize, boolean progressBar) {
    public ImportOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
    }

    /** Batches of 500, progress bar on a terminal. */
    public static ImportOptions defaults() {
        return new ImportOptions(500, true);
    }
}
