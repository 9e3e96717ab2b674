package io.complaintstreams.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.AlertResolution;
import complaintstreams.events.AlertResolutionKind;
import complaintstreams.events.Channel;
import complaintstreams.events.Contact;
import complaintstreams.events.ServiceRequest;
import complaintstreams.events.ServiceRequestStatus;
import complaintstreams.events.Survey;
import complaintstreams.events.SurveyKind;
import io.complaintstreams.classifier.Classifier;
import io.complaintstreams.classifier.LabelledRecord;
import io.complaintstreams.classifier.ModelFile;
import io.complaintstreams.classifier.Source;
import io.complaintstreams.classifier.corpus.LabelledTsv;
import io.complaintstreams.cli.CliRun;
import io.complaintstreams.erase.ResidentErasure;
import io.complaintstreams.privacy.DataKeys;
import io.complaintstreams.privacy.MasterKey;
import io.complaintstreams.privacy.TextSealer;
import io.complaintstreams.testsupport.EmbeddedKafkaExtension;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12 item 3: officers' resolutions become labelled training rows ({@code classify --export-resolutions}, real
 * embedded broker, text sealed per resident as ingest seals it), and retraining with them is one command
 * ({@code classify --retrain}) whose model file {@code classify --model} and the app read.
 */
@Timeout(300)
class ResolutionExportIT {
    @RegisterExtension
    static final EmbeddedKafkaExtension KAFKA = new EmbeddedKafkaExtension();

    private static final Instant AT = Instant.now().minus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final String MOULD = "Third time I have reported the mould in the bedroom and nobody has come out.";
    private static final String MOULD_AGAIN = "Still waiting for anyone to ring me back about the mould.";
    private static final String BIN = "Can the bin store door be looked at please, it sticks.";
    private static final String LEAK = "Leak under the sink has been going for weeks, your plumber never turned up.";
    private static final String SURVEY = "Poor.";
    private static final String ERASED = "Gryphonquux the caretaker was rude to me on the stairs.";

    @TempDir
    Path dir;

    @Test
    void shouldExportResolutionsAsRowsAndRetrainWithThemInOneCommand() throws Exception {
        Topics topics = KAFKA.provisionProjectTopics(EmbeddedKafkaExtension.uniquePrefix("export"));
        MasterKey master = MasterKey.generate();
        Path keyFile = dir.resolve("master.key");
        master.writeNew(keyFile);
        TextSealer.Batch batch = new TextSealer(new DataKeys(master)).batch();
        List<ProducerRecord<String, byte[]>> records = List.of(
                contact(topics, batch, "ev-c1", "R1", MOULD),
                contact(topics, batch, "ev-c2", "R1", MOULD_AGAIN),
                contact(topics, batch, "ev-c3", "R2", BIN),
                new ProducerRecord<>(topics.serviceRequests.name(), "SR-4", topics.serviceRequests.valueSerde().encode(
                        (ServiceRequest) batch.seal(ServiceRequest.newBuilder().setEventId("ev-s4").setRequestId("SR-4")
                                .setLandlordId("LL1").setResidentId("R3").setOccurredAt(AT).setStatus(ServiceRequestStatus.OPEN)
                                .setCategory("plumbing").setText(LEAK).build()))),
                new ProducerRecord<>(topics.surveys.name(), "SV-5", topics.surveys.valueSerde().encode(
                        (Survey) batch.seal(Survey.newBuilder().setEventId("ev-v5").setSurveyId("SV-5").setLandlordId("LL1")
                                .setResidentId("R4").setOccurredAt(AT).setKind(SurveyKind.TRANSACTIONAL).setScore(1)
                                .setComment(SURVEY).build()))),
                contact(topics, batch, "ev-c6", "R5", ERASED));
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (var key : batch.newKeys()) {
                producer.send(new ProducerRecord<>(topics.residentKeys.name(), key.getKeyId(), topics.residentKeys.valueSerde().encode(key)));
            }
            for (var r : records) {
                producer.send(r);
            }
            long t = AT.toEpochMilli() + 86_400_000L;
            send(producer, topics, resolution("res-1", "item-1", "R1", AlertResolutionKind.OFFERED_DECLINED, t, "ev-c1", "ev-c2", "chasing:ev-c2"));
            send(producer, topics, resolution("res-1b", "item-1", "R1", AlertResolutionKind.NOT_DISSATISFIED, t + 5_000, "ev-c1"));
            send(producer, topics, resolution("res-2", "item-2", "R2", AlertResolutionKind.NOT_DISSATISFIED, t + 1_000, "ev-c3"));
            // a signalId as the topology writes it for a given eventId (qualified by its record); the others are bare
            // eventIds, as in resolutions written before that
            send(producer, topics, resolution("res-3", "item-3", "R3", AlertResolutionKind.COMPLAINT_LOGGED, t + 2_000,
                    "ev-s4@service_request:SR-4"));
            send(producer, topics, resolution("res-4", "item-4", "R4", AlertResolutionKind.DUPLICATE, t + 3_000, "ev-v5"));
            send(producer, topics, resolution("res-5", "item-5", "R5", AlertResolutionKind.COMPLAINT_LOGGED, t + 4_000, "ev-c6"));
            // ev-c3 is evidence of a second item too: one row, labelled by item-2's earlier resolution, and counted
            send(producer, topics, resolution("res-6", "item-6", "R2", AlertResolutionKind.COMPLAINT_LOGGED, t + 6_000, "ev-c3"));
            producer.flush();
        }
        new ResidentErasure(KAFKA.clientConfig(), topics, master).erase("R5", "test", "DSAR test", Duration.ofSeconds(60));

        Path rows = dir.resolve("resolutions.tsv");
        CliRun export = run("classify", "--export-resolutions", "--output", rows.toString(), "--bootstrap-servers",
                KAFKA.bootstrapServers(), "--topic-prefix", topics.contacts.name().replace("crm.contacts", ""),
                "--master-key-file", keyFile.toString(), "--data-dir", dir.toString(), "--timeout", "60");
        assertEquals(0, export.code(), export.err());
        List<LabelledRecord> exported = LabelledTsv.read(Files.newBufferedReader(rows, StandardCharsets.UTF_8));
        assertEquals(List.of(
                new LabelledRecord("OR-ev-c1", Source.CONTACT, true, List.of(), MOULD, false),
                new LabelledRecord("OR-ev-c2", Source.CONTACT, true, List.of(), MOULD_AGAIN, false),
                new LabelledRecord("OR-ev-c3", Source.CONTACT, false, List.of(), BIN, false),
                new LabelledRecord("OR-ev-s4@service_request:SR-4", Source.SERVICE_REQUEST, true, List.of(), LEAK, false)), exported,
                "the first resolution of each item labels its evidence; DUPLICATE and the erased resident give no row");
        String file = Files.readString(rows, StandardCharsets.UTF_8);
        assertFalse(file.contains("Gryphonquux"), "an erased resident's text is never exported");
        // the left-out counts add up: 4 rows + 1 erased + 0 unreadable + 1 not found + 1 named again = the 7 ids named
        assertTrue(export.err().contains("4 training row(s) from 7 resolution(s); left out: 1 DUPLICATE, 1 repeated "
                + "resolution(s) of an item, 1 record(s) of erased residents, 0 record(s) whose text cannot be opened or is "
                + "empty, 1 evidence id(s) with no source record (chasing signals), 1 evidence id(s) already labelled by an "
                + "earlier item's resolution (of 7 evidence id(s) named)"), export.err());

        Path model = dir.resolve("model.bin");
        CliRun retrain = run("classify", "--retrain", "--with", rows.toString(), "--model-out", model.toString());
        assertEquals(0, retrain.code(), retrain.err());
        assertTrue(ModelFile.header(model).trainedOn().contains("+ 4 rows (4 with themes unlabelled) from [resolutions.tsv]"),
                ModelFile.header(model).trainedOn());
        Classifier loaded = ModelFile.load(model);
        assertFalse(loaded.sameWeightsAs(Classifier.defaultModel()), "the added rows changed the weights");

        Path input = dir.resolve("in.tsv");
        Files.writeString(input, "id\tsource\ttext\nx1\tcontact\t" + LEAK + "\n", StandardCharsets.UTF_8);
        CliRun classified = run("classify", "--input", input.toString(), "--model", model.toString());
        assertEquals(0, classified.code(), classified.err());
        assertTrue(classified.out().contains("\"id\":\"x1\"") && classified.out().contains("\"dissatisfied\":true"), classified.out());
    }

    private static ProducerRecord<String, byte[]> contact(Topics topics, TextSealer.Batch batch, String eventId, String resident, String text) {
        SpecificRecord sealed = batch.seal(Contact.newBuilder().setEventId(eventId).setContactId("CT-" + eventId).setLandlordId("LL1")
                .setResidentId(resident).setChannel(Channel.phone).setOccurredAt(AT).setText(text).build());
        return new ProducerRecord<>(topics.contacts.name(), "CT-" + eventId, topics.contacts.valueSerde().encode((Contact) sealed));
    }

    private static AlertResolution resolution(String id, String item, String resident, AlertResolutionKind kind, long at,
                                              String... signalIds) {
        return AlertResolution.newBuilder().setResolutionId(id).setAlertId(item).setItemId(item).setResolution(kind)
                .setBy("Sam Officer").setResolvedAt(Instant.ofEpochMilli(at)).setResidentId(resident).setLandlordId("LL1")
                .setSignalIds(List.of(signalIds)).build();
    }

    private static void send(KafkaProducer<String, byte[]> producer, Topics topics, AlertResolution r) {
        producer.send(new ProducerRecord<>(topics.alertResolutions.name(), r.getAlertId(), topics.alertResolutions.valueSerde().encode(r)));
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties p = KAFKA.clientConfig().asProperties();
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }


    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
