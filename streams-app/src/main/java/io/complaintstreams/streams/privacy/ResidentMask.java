package io.complaintstreams.streams.privacy;

import complaintstreams.events.DeadlineState;
import java.util.function.BiConsumer;
import org.apache.kafka.streams.processor.api.ProcessingContext;

/** Replaces one resident's id in one store; returns how many stored records changed. */
interface ResidentMask {
    int mask(ProcessingContext context, String residentId, String maskedId, BiConsumer<String, DeadlineState> republish);
}
