package io.complaintstreams.training;

import complaintstreams.events.AlertResolution;
import complaintstreams.privacy.ResidentKey;
import io.complaintstreams.broker.KafkaClientConfig;
import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.streams.classification.SignalIds;
import io.complaintstreams.classifier.Source;
import io.complaintstreams.erase.ResidentKeyScan;
import io.complaintstreams.privacy.KeyIds;
import io.complaintstreams.privacy.KeyRingVault;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextRetention;
import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.privacy.TextVault;
import io.complaintstreams.topics.Topics;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * {@code classify --export-resolutions}: officers' resolutions on {@code complaints.alert-resolutions} as labelled
 * training rows ({@link LabelledRecord}, the corpus's TSV format). Each resolved item's evidence (its signalIds: the
 * {@link SignalIds} of the contacts, service requests and surveys that raised it, or their bare eventIds in resolutions
 * written before signalIds were qualified) is looked up on {@code crm.contacts},
 * {@code crm.service-requests} and {@code crm.surveys}; the text is opened with the master key through the key ring of
 * {@code complaints.resident-keys}, as the topology does. Skipped, and counted: a resident marked erased (whatever the
 * text), text whose key is gone (erased, past retention) or that is empty, and evidence with no source record (a
 * chasing signal's derived id, or a record no longer on the topic), and a record already labelled by an earlier item's
 * resolution (evidence of two items gives one row). The row's id is {@code OR-} + the signalId that named it; its
 * themes are {@code ?} (not labelled: a resolution says whether the resident was dissatisfied, not which themes).
 */
public final class ResolutionExport {
    /** Prefix of exported rows' ids (O for officer: not D, G, H or W, which the corpus uses). */
    public static final String ID_PREFIX = "OR-";

    /**
     * The rows and what was left out. Resolutions: the counted ones, {@code duplicates} and {@code repeats} make
     * {@code resolutions}. Evidence ids the counted resolutions name: {@code rows}, {@code erased}, {@code unreadable},
     * {@code notFound} and {@code namedAgain} (a record that is evidence of two items gives one row, labelled by the first)
     * add up to {@link #evidenceIds()}.
     */
    public record Export(List<LabelledRecord> rows, int resolutions, int duplicates, int repeats, int erased,
                         int unreadable, int notFound, int namedAgain) {
        /** Evidence ids named by the counted resolutions, each time it is named. */
        public int evidenceIds() {
            return rows.size() + erased + unreadable + notFound + namedAgain;
        }

        public String summary() {
            return String.format(java.util.Locale.ROOT, "%d training row(s) from %d resolution(s); left out: %d DUPLICATE, "
                            + "%d repeated resolution(s) of an item, %d record(s) of erased residents, %d record(s) whose text "
                            + "cannot be opened or is empty, %d evidence id(s) with no source record (chasing signals), "
                            + "%d evidence id(s) already labelled by an earlier item's resolution (of %d evidence id(s) named)",
                    rows.size(), resolutions, duplicates, repeats, erased, unreadable, notFound, namedAgain, evidenceIds());
        }
    }

    private final KafkaClientConfig clients;
    private final Topics topics;
    private final MasterKey master;
    private final TextRetention retention;

    public ResolutionExport(KafkaClientConfig clients, Topics topics, MasterKey master, TextRetention retention) {
        this.clients = clients;
        this.topics = topics;
        this.master = master;
        this.retention = retention;
    }

    public Export export(Duration timeout) throws TimeoutException {
        List<AlertResolution> resolutions = new ArrayList<>();
        TopicScan.scan(clients, topics.alertResolutions, timeout, (k, v) -> {
            if (v != null) {
                resolutions.add(v);
            }
        });
        ResolutionLabels.Result labels = ResolutionLabels.of(resolutions);
        Map<String, ResidentKey> keys = ResidentKeyScan.live(clients, topics.residentKeys, timeout);
        TextVault vault = new KeyRingVault(master, keys::get, retention, LocalDate::now, Duration.ZERO);
        Collector c = new Collector(labels.bySignal(), keys, vault);
        TopicScan.scan(clients, topics.contacts, timeout, (k, v) -> {
            if (v != null) {
                c.add(v.getEventId(), v.getContactId(), v.getResidentId(), Source.CONTACT, () -> vault.textOf(v.getText(), v.getTextSealed(),
                        TextSealer.associatedData("Contact", v.getEventId(), "text")));
            }
        });
        TopicScan.scan(clients, topics.serviceRequests, timeout, (k, v) -> {
            if (v != null) {
                c.add(v.getEventId(), v.getRequestId(), v.getResidentId(), Source.SERVICE_REQUEST, () -> vault.textOf(v.getText(),
                        v.getTextSealed(), TextSealer.associatedData("ServiceRequest", v.getEventId(), "text")));
            }
        });
        TopicScan.scan(clients, topics.surveys, timeout, (k, v) -> {
            if (v != null) {
                c.add(v.getEventId(), v.getSurveyId(), v.getResidentId(), Source.SURVEY, () -> vault.textOf(v.getComment(),
                        v.getCommentSealed(), TextSealer.associatedData("Survey", v.getEventId(), "comment")));
            }
        });
        c.rows.sort(Comparator.comparing(LabelledRecord::id));
        int notFound = labels.bySignal().size() - c.found.size();
        return new Export(List.copyOf(c.rows), labels.resolutions(), labels.duplicates(), labels.repeats(), c.erased,
                c.unreadable, notFound, labels.namedAgain());
    }

    private final class Collector {
        final Map<String, ResolutionLabels.Label> labels;
        final Map<String, ResidentKey> keys;
        final TextVault vault;
        final Set<String> found = new HashSet<>();
        final List<LabelledRecord> rows = new ArrayList<>();
        int erased;
        int unreadable;

        Collector(Map<String, ResolutionLabels.Label> labels, Map<String, ResidentKey> keys, TextVault vault) {
            this.labels = labels;
            this.keys = keys;
            this.vault = vault;
        }

        void add(String eventId, String sourceId, String residentId, Source source,
                 java.util.function.Supplier<Optional<String>> text) {
            String signalId = SignalIds.of(eventId, source.wire(), sourceId);
            if (!labels.containsKey(signalId)) {
                signalId = eventId;
            }
            ResolutionLabels.Label label = labels.get(signalId);
            if (label == null || !found.add(signalId)) {
                return;
            }
            if (isErased(residentId) || (label.residentId() != null && isErased(label.residentId()))) {
                erased++;
                return;
            }
            Optional<String> t = text.get().map(String::strip).filter(s -> !s.isEmpty());
            if (t.isEmpty()) {
                unreadable++;
                return;
            }
            rows.add(new LabelledRecord(ID_PREFIX + signalId, source, label.dissatisfied(), List.of(), t.get(), false));
        }

        boolean isErased(String residentId) {
            return keys.containsKey(KeyIds.erasedMarker(master.residentRef(residentId)));
        }
    }
}
