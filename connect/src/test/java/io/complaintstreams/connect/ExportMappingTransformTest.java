package io.complaintstreams.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import complaintstreams.events.Channel;
import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.ComplaintEventType;
import complaintstreams.events.Contact;
import io.complaintstreams.schema.EventSerdes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExportMappingTransformTest {
    static final String DYNAMICS = Path.of("..", "config", "mappings", "dynamics-365-cases.yml").toString();
    private static final Schema INCIDENT = SchemaBuilder.struct().name("dynamics.dbo.incident.Value")
            .field("ticketnumber", Schema.STRING_SCHEMA)
            .field("customerid", Schema.STRING_SCHEMA)
            .field("statuscode", Schema.INT32_SCHEMA)
            .field("new_complaintstage", Schema.OPTIONAL_INT32_SCHEMA)
            .field("modifiedon", Timestamp.SCHEMA)
            .field("new_compensation", Decimal.builder(2).optional().build())
            .build();

    private final ExportMappingTransform<SourceRecord> transform = new ExportMappingTransform<>();

    @AfterEach
    void close() {
        transform.close();
    }

    private void configure(String refused) {
        transform.configure(Map.of(ExportMappingTransform.MAPPING_FILE, DYNAMICS, ExportMappingTransform.TOPIC_PREFIX, "p.",
                ExportMappingTransform.REFUSED, refused, TransformSealing.ENCRYPT_TEXT, "false"));
    }

    private static Struct incident(int statuscode) {
        return new Struct(INCIDENT).put("ticketnumber", "CAS-9").put("customerid", "CON-9").put("statuscode", statuscode)
                .put("new_complaintstage", 100000000).put("modifiedon", Date.from(Instant.parse("2025-04-01T08:15:00Z")))
                .put("new_compensation", new BigDecimal("150.00"));
    }

    private static SourceRecord record(String topic, Schema schema, Object value) {
        return new SourceRecord(Map.of(), Map.of(), topic, null, null, null, schema, value, 1L, new ConnectHeaders());
    }

    @Test
    void shouldTurnAJdbcRowStructIntoAnAvroComplaintEventOnItsTopic() {
        configure("fail");
        SourceRecord out = transform.apply(record("dynamics.dbo.incident", INCIDENT, incident(1)));

        assertEquals("p.crm.complaint-events", out.topic());
        assertEquals("CAS-9", out.key());
        assertEquals(Schema.STRING_SCHEMA, out.keySchema());
        ComplaintEvent event = EventSerdes.COMPLAINT_EVENT.decode((byte[]) out.value());
        assertEquals(ComplaintEventType.RECEIVED, event.getType());
        assertEquals(1, event.getStage());
        assertEquals(Instant.parse("2025-04-01T08:15:00Z"), event.getOccurredAt());
        assertEquals(150.0, event.getRemedyAmount());
        assertEquals("LL-DYN", event.getLandlordId());
        assertEquals(1L, out.timestamp());
    }

    @Test
    void shouldReadADebeziumChangeEventsAfterRowAndDropADelete() {
        configure("fail");
        Schema envelope = SchemaBuilder.struct().name("dynamics.dbo.incident.Envelope")
                .field("before", SchemaBuilder.struct().name("before").optional().build())
                .field("after", SchemaBuilder.struct().name("after").optional()
                        .field("ticketnumber", Schema.STRING_SCHEMA).field("customerid", Schema.STRING_SCHEMA)
                        .field("statuscode", Schema.INT32_SCHEMA).field("new_complaintstage", Schema.INT32_SCHEMA)
                        .field("modifiedon", SchemaBuilder.int64().name("io.debezium.time.MicroTimestamp").build()).build())
                .field("op", Schema.STRING_SCHEMA).build();
        Struct after = new Struct(envelope.field("after").schema()).put("ticketnumber", "CAS-9").put("customerid", "CON-9")
                .put("statuscode", 100000004).put("new_complaintstage", 100000001)
                .put("modifiedon", Instant.parse("2025-04-16T08:05:00Z").toEpochMilli() * 1000);
        SourceRecord out = transform.apply(record("dynamics.dbo.incident", envelope, new Struct(envelope).put("after", after).put("op", "u")));
        ComplaintEvent event = EventSerdes.COMPLAINT_EVENT.decode((byte[]) out.value());
        assertEquals(ComplaintEventType.ESCALATED, event.getType());
        assertEquals(Instant.parse("2025-04-16T08:05:00Z"), event.getOccurredAt());

        assertNull(transform.apply(record("dynamics.dbo.incident", envelope, new Struct(envelope).put("op", "d"))), "a delete is dropped");
        assertNull(transform.apply(record("dynamics.dbo.incident", envelope, null)), "a tombstone is dropped");
    }

    @Test
    void shouldMapASchemalessRowAndAJsonString() {
        configure("fail");
        Map<String, Object> activity = Map.of("activityid", "ACT-1", "regardingobjectid", "CON-9", "activitytypecode", "phonecall",
                "actualend", "2025-04-01T08:15:00Z", "description", "Nobody came about the leak");
        SourceRecord out = transform.apply(record("dynamics.dbo.activitypointer", null, activity));
        assertEquals("p.crm.contacts", out.topic());
        Contact contact = EventSerdes.CONTACT.decode((byte[]) out.value());
        assertEquals(Channel.phone, contact.getChannel());

        String json = "{\"activityid\":\"ACT-2\",\"regardingobjectid\":\"CON-9\",\"activitytypecode\":\"email\","
                + "\"actualend\":\"2025-04-01T09:15:00+0000\",\"description\":\"Thanks\"}";
        Contact fromJson = EventSerdes.CONTACT.decode((byte[]) transform.apply(record("dynamics.dbo.activitypointer", null, json)).value());
        assertEquals(Instant.parse("2025-04-01T09:15:00Z"), fromJson.getOccurredAt());
    }

    @Test
    void shouldThrowForConnectsErrorHandlingNamingTheSourceColumn() {
        configure("fail");
        DataException e = assertThrows(DataException.class,
                () -> transform.apply(record("dynamics.dbo.incident", INCIDENT, incident(42))));
        assertTrue(e.getMessage().contains("statuscode") && e.getMessage().contains("\"42\""), e.getMessage());
        DataException noTable = assertThrows(DataException.class,
                () -> transform.apply(record("dynamics.dbo.account", null, Map.of("name", "x"))));
        assertTrue(noTable.getMessage().contains("dynamics.dbo.account"), noTable.getMessage());
    }

    @Test
    void shouldRouteARefusedRowToOurDeadLetterTopicWhenAskedTo() {
        configure("dead-letter");
        SourceRecord in = record("dynamics.dbo.incident", INCIDENT, incident(42));
        SourceRecord out = transform.apply(in);
        assertEquals("p.complaints.dead-letter", out.topic());
        assertEquals("CAS-9", out.key());
        assertEquals("statuscode", out.headers().lastWithName("error-field").value());
        assertEquals("dynamics.dbo.incident", out.headers().lastWithName("source-topic").value());
        assertTrue(new String((byte[]) out.value(), StandardCharsets.UTF_8).contains("\"statuscode\":\"42\""));
    }
}
