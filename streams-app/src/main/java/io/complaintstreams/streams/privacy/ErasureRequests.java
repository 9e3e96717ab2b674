package io.complaintstreams.streams.privacy;

import complaintstreams.privacy.ErasureRequest;
import io.complaintstreams.privacy.AesGcm;
import io.complaintstreams.streams.InputStreams;
import io.complaintstreams.streams.TopologySettings;
import io.complaintstreams.schema.EventSerdes;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;

/**
 * Reading {@code complaints.erasure-requests}: the one source every part that masks a resident shares (a topic can
 * be read by one source only), and the resident id each request carries sealed under the master key.
 */
public final class ErasureRequests {
    public static final String SOURCE = "privacy-source-erasure-requests";

    private ErasureRequests() {}

    /** The erasure requests stream, made once per topology (state compatibility: the source name is fixed). */
    public static KStream<String, ErasureRequest> stream(StreamsBuilder builder, InputStreams inputs, TopologySettings settings) {
        return inputs.derived().erasureRequests(() -> builder.stream(settings.topics().erasureRequests.name(),
                Consumed.with(Serdes.String(), EventSerdes.ERASURE_REQUEST).withName(SOURCE)));
    }

    /**
     * The resident id of {@code request}, opened with the master key; empty when there is no master key or the
     * request was sealed under another one (the caller logs which, by request id, never the resident).
     */
    public static Optional<String> residentId(PrivacySettings privacy, ErasureRequest request) {
        if (request == null || privacy.masterKey().isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] sealed = new byte[request.getSealedResidentId().remaining()];
            request.getSealedResidentId().duplicate().get(sealed);
            return Optional.of(privacy.masterKey().get().openResidentId(sealed, request.getRequestId()));
        } catch (AesGcm.UnreadableException e) {
            return Optional.empty();
        }
    }
}
