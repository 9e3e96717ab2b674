package io.complaintstreams.api.officer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import complaintstreams.state.ComplaintLedger;
import io.complaintstreams.domain.complaint.AlertKind;
import io.complaintstreams.domain.ombudsman.OrderAlertRules;
import io.complaintstreams.query.ComplaintFactsQuery;
import io.complaintstreams.query.HostInfoResolver;
import io.complaintstreams.query.RemoteQueryClient;
import io.complaintstreams.streams.deadline.DeadlineClockPart;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The resident of a complaint alert, for sealing an officer's note under the resident's key. A complaint's alert id
 * starts with its complaint id ({@code complaintId:stage:kind}, {@code complaintId:ombudsman:orderId:kind}), so each
 * prefix before a {@code :} is tried as a complaint id, shortest first, in the {@code complaint-ledger} store of the
 * instance that owns it (this one, or asked with {@code GET /api/v1/complaints/{id}?local=true}).
 */
class ComplaintResidents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaStreams streams;
    private final HostInfoResolver hosts;
    private final RemoteQueryClient remote;

    ComplaintResidents(KafkaStreams streams, HostInfoResolver hosts, RemoteQueryClient remote) {
        this.streams = streams;
        this.hosts = hosts;
        this.remote = remote;
    }

    /** The resident of the complaint the alert names; empty when no prefix of the id is a known complaint. */
    Optional<String> ofAlert(String alertId) throws IOException, InterruptedException {
        for (int i = alertId.indexOf(':'); i > 0; i = alertId.indexOf(':', i + 1)) {
            if (!isAlertSuffix(alertId.substring(i + 1))) {
                continue; // "C-1:9:NOT_A_KIND" names no alert C-1 can have: a typo, not a resolution to keep
            }
            Optional<String> resident = ofComplaint(alertId.substring(0, i));
            if (resident.isPresent()) {
                return resident;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code rest}, the part of an alert id after its complaint id, is one the topology writes: {@code STAGE:KIND}
     * (stage 1 or 2, a deadline alert kind) or {@code ombudsman:ORDER_ID:KIND} (an order alert kind).
     */
    static boolean isAlertSuffix(String rest) {
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String first = rest.substring(0, colon);
        if (first.equals("1") || first.equals("2")) {
            return DEADLINE_KINDS.contains(rest.substring(colon + 1));
        }
        int last = rest.lastIndexOf(':');
        return first.equals("ombudsman") && last > colon + 1 && ORDER_KINDS.contains(rest.substring(last + 1));
    }

    private static final java.util.Set<String> DEADLINE_KINDS = java.util.Arrays.stream(AlertKind.values())
            .filter(k -> k != AlertKind.POSSIBLE_UNLOGGED_COMPLAINT).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final java.util.Set<String> ORDER_KINDS = java.util.Set.of(OrderAlertRules.DUE_SOON, OrderAlertRules.OVERDUE);

    Optional<String> ofComplaint(String complaintId) throws IOException, InterruptedException {
        Optional<HostInfo> owner = hosts.ownerOf(DeadlineClockPart.LEDGER_STORE, complaintId);
        if (owner.isEmpty() || hosts.isSelf(owner.get())) {
            ComplaintLedger ledger = ComplaintFactsQuery.ledger(streams).get(complaintId);
            return ledger == null || ledger.getState() == null ? Optional.empty() : Optional.ofNullable(ledger.getState().getResidentId());
        }
        var answer = remote.get(owner.get(), "/api/v1/complaints/"
                + URLEncoder.encode(complaintId, StandardCharsets.UTF_8).replace("+", "%20") + "?local=true");
        if (answer.status() != 200) {
            return Optional.empty();
        }
        JsonNode resident = JSON.readTree(answer.body()).get("residentId");
        return resident == null || !resident.isTextual() ? Optional.empty() : Optional.of(resident.asText());
    }
}
