package io.complaintstreams.streams.privacy;

import complaintstreams.events.DeadlineState;
import complaintstreams.privacy.ErasureRequest;
import java.util.List;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out one erasure request on this task's stores: opens the sealed resident id (master key), then lets each
 * {@link ResidentMask} replace it with the request's masked id; forwards the re-made {@code DeadlineState}s.
 * A request repeated (redelivery, or the same request on a replay) finds nothing left to mask. Logs name the
 * request id and counts, never the resident.
 */
final class ErasureProcessor extends ContextualProcessor<String, ErasureRequest, String, DeadlineState> {
    private static final Logger LOG = LoggerFactory.getLogger(ErasureProcessor.class);
    private final PrivacySettings privacy;
    private final List<ResidentMask> masks;

    ErasureProcessor(PrivacySettings privacy, List<ResidentMask> masks) {
        this.privacy = privacy;
        this.masks = masks;
    }

    @Override
    public void process(Record<String, ErasureRequest> record) {
        ErasureRequest request = record.value();
        if (request == null) {
            return;
        }
        if (privacy.masterKey().isEmpty()) {
            LOG.warn("Erasure request {} cannot be read: no master key configured (privacy.master-key-file)", request.getRequestId());
            return;
        }
        var residentId = ErasureRequests.residentId(privacy, request);
        if (residentId.isEmpty()) {
            LOG.warn("Erasure request {} was sealed with another master key: not carried out here", request.getRequestId());
            return;
        }
        int masked = 0;
        for (ResidentMask mask : masks) {
            masked += mask.mask(context(), residentId.get(), request.getMaskedId(),
                    (complaintId, state) -> context().forward(record.withKey(complaintId).withValue(state)));
        }
        LOG.info("Erasure {} carried out on task {}: {} stored records masked", request.getRequestId(), context().taskId(), masked);
    }
}
