package io.complaintstreams.ingest.file;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import complaintstreams.events.ComplaintEvent;
import complaintstreams.events.Contact;
import io.complaintstreams.ingest.publish.OutgoingRecord;
import io.complaintstreams.ingest.publish.PublishException;
import io.complaintstreams.ingest.publish.RecordingEventPublisher;
import io.complaintstreams.schema.EventSerdes;
import io.complaintstreams.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileImporterTest {
    private static final Topics TOPICS = new Topics("t.");
    private static final String GOOD_CONTACT = "{\"contactId\":\"c-1\",\"landlordId\":\"L1\",\"residentId\":\"r-1\","
            + "\"channel\":\"email\",\"occurredAt\":\"2025-04-01T09:30:00Z\",\"text\":\"Mould is back\"}";
    private static final String BAD_CONTACT = "{\"contactId\":\"c-2\",\"landlordId\":\"L1\",\"residentId\":\"r-1\","
            + "\"channel\":\"fax\",\"occurredAt\":\"2025-04-01T09:30:00Z\",\"text\":\"x\"}";
    private static final String CSV = """
            complaintId,landlordId,residentId,type,stage,occurredAt,themes,category,remedyAmount
            cmp-1,L1,r-1,RECEIVED,1,2025-04-01T09:30:00Z,repairs|damp_mould,"Repairs, general",
            cmp-2,L1,r-2,ESCALATED,2,2025-04-02T09:30:00+01:00,communication;staff_conduct,"multi
            line",50.5
            cmp-3,L1,r-3,RECEIVED,one,2025-04-01T09:30:00Z,,,
            """;

    @TempDir
    Path dir;
    private final RecordingEventPublisher publisher = new RecordingEventPublisher();

    private ImportSummary importDir(int batchSize) throws Exception {
        return new FileImporter(TOPICS, publisher, new ImportOptions(batchSize, false)).importPath(dir);
    }

    private void write(String name, String content) throws Exception {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void shouldPublishGoodRowsAndDeadLetterBadOnes() throws Exception {
        write("crm.contacts.jsonl", GOOD_CONTACT + "\n\n" + BAD_CONTACT + "\r\n{not json\n");
        write("complaint-events.csv", CSV);
        write("notes.txt", "ignored");
        ImportSummary summary = importDir(500);

        assertEquals(6, summary.rowsRead());
        assertEquals(3, summary.published());
        assertEquals(3, summary.deadLettered());
        assertEquals(List.of("notes.txt"), summary.skipped());
        List<OutgoingRecord> contacts = publisher.recordsTo("t.crm.contacts");
        assertEquals("c-1", contacts.get(0).key());
        assertEquals("Mould is back", EventSerdes.CONTACT.decode(contacts.get(0).value()).getText());
        assertEquals(List.of("cmp-1", "cmp-2"), publisher.recordsTo("t.crm.complaint-events").stream().map(OutgoingRecord::key).toList());
    }

    @Test
    void shouldSkipRowsOfSeparatorsOnlyThatExcelWritesAfterTheDataAsBlankLines() throws Exception {
        write("contacts.csv", "contactId,landlordId,residentId,channel,occurredAt,text\r\n"
                + "c-1,L1,r-1,email,2025-04-01T09:30:00Z,Mould is back\r\n"
                + ",,,,,\r\n , ,,\t,, \r\n"
                + "c-2,L1,r-2,email,2025-04-01T09:30:00Z,\"\"\r\n"
                + ",,,,,\r\n");
        ImportSummary summary = importDir(500);

        assertEquals(2, summary.rowsRead(), "rows of separators only are not rows");
        assertEquals(1, summary.published());
        assertEquals(1, summary.deadLettered(), "a row with a value is still refused when it is incomplete");
        assertEquals("text", publisher.recordsTo("t.complaints.dead-letter").get(0).headers().get("error-field"));
    }

    @Test
    void shouldKeepALineBreakInsideAQuotedFieldAsLfWhetherTheFileWroteCrlfOrLf() throws Exception {
        write("contacts.csv", "contactId,landlordId,residentId,channel,occurredAt,text\r\n"
                + "c-1,L1,r-1,email,2025-04-01T09:30:00Z,\"Dear Sir\r\nThe mould is back\"\r\n"
                + "c-2,L1,r-2,email,2025-04-01T09:30:00Z,\"Dear Sir\nThe mould is back\"\r\n");
        ImportSummary summary = importDir(500);

        assertEquals(2, summary.published(), "dead letters: " + publisher.recordsTo("t.complaints.dead-letter"));
        for (OutgoingRecord contact : publisher.recordsTo("t.crm.contacts")) {
            assertEquals("Dear Sir\nThe mould is back", EventSerdes.CONTACT.decode(contact.value()).getText(), contact.key());
        }
    }

    @Test
    void shouldImportAUtf16FileFromExcelsUnicodeText() throws Exception {
        String sheet = "contactId\tlandlordId\tresidentId\tchannel\toccurredAt\ttext\r\n"
                + "c-1\tL1\tr-1\tphone\t2025-04-01T09:30:00Z\tRent \u00a35 too high \u2013 not happy\r\n";
        byte[] bytes = sheet.getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[bytes.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(bytes, 0, withMark, 2, bytes.length);
        Files.write(dir.resolve("contacts.csv"), withMark);
        ImportSummary summary = importDir(500);

        assertEquals(1, summary.published(), "dead letters: " + publisher.recordsTo("t.complaints.dead-letter"));
        assertEquals("Rent \u00a35 too high \u2013 not happy",
                EventSerdes.CONTACT.decode(publisher.recordsTo("t.crm.contacts").get(0).value()).getText());
        assertEquals(StandardCharsets.UTF_16LE, summary.files().get(0).readAs(), "the summary says how the file was read");
    }

    @Test
    void shouldDeadLetterOriginalBytesWithReasonHeaders() throws Exception {
        write("contacts.json", GOOD_CONTACT + "\n" + BAD_CONTACT + "\r\n{not json\n");
        importDir(500);
        List<OutgoingRecord> dead = publisher.recordsTo("t.complaints.dead-letter");
        assertEquals(2, dead.size());
        OutgoingRecord badEnum = dead.get(0);
        assertArrayEquals(BAD_CONTACT.getBytes(StandardCharsets.UTF_8), badEnum.value());
        assertEquals("c-2", badEnum.key());
        assertEquals("channel", badEnum.headers().get("error-field"));
        assertEquals("t.crm.contacts", badEnum.headers().get("source-topic"));
        assertEquals("contacts.json", badEnum.headers().get("source-file"));
        assertEquals("2", badEnum.headers().get("source-line"));
        assertEquals(true, badEnum.headers().get("error-reason").contains("must be one of"));
        OutgoingRecord notJson = dead.get(1);
        assertNull(notJson.key());
        assertEquals("row", notJson.headers().get("error-field"));
        assertEquals("{not json", new String(notJson.value(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldReadCsvTypesThemesAndMultiLineFields() throws Exception {
        write("crm.complaint-events.csv", CSV);
        importDir(500);
        List<OutgoingRecord> events = publisher.recordsTo("t.crm.complaint-events");
        ComplaintEvent first = EventSerdes.COMPLAINT_EVENT.decode(events.get(0).value());
        assertEquals(List.of("repairs", "damp_mould"), first.getThemes());
        assertEquals("Repairs, general", first.getCategory());
        assertNull(first.getRemedyAmount());
        ComplaintEvent second = EventSerdes.COMPLAINT_EVENT.decode(events.get(1).value());
        assertEquals(List.of("communication", "staff_conduct"), second.getThemes());
        assertEquals("multi\nline", second.getCategory());
        assertEquals(50.5, second.getRemedyAmount());
        assertEquals(2, second.getStage());
        OutgoingRecord dead = publisher.recordsTo("t.complaints.dead-letter").get(0);
        assertEquals("stage", dead.headers().get("error-field"));
        assertEquals("5", dead.headers().get("source-line"), "the row's first physical line");
        assertEquals("cmp-3", dead.key());
        assertEquals("cmp-3,L1,r-3,RECEIVED,one,2025-04-01T09:30:00Z,,,", new String(dead.value(), StandardCharsets.UTF_8));
    }

    @Test
    void shouldDeadLetterImplausibleOccurredAtAndAcceptOffsetsWithoutColon() throws Exception {
        write("complaint-events.csv", """
                complaintId,landlordId,residentId,type,stage,occurredAt
                cmp-1,L1,r-1,RECEIVED,1,2099-01-05T10:00:00Z
                cmp-2,L1,r-2,RECEIVED,1,1969-12-31T10:00:00Z
                cmp-3,L1,r-3,RECEIVED,1,+1000000000-01-05T10:00:00Z
                cmp-4,L1,r-4,RECEIVED,1,2026-03-02T09:15:00.000+0000
                cmp-5,L1,r-5,EXTENDED,1,2026-03-02T09:15:00.000+0100
                """);
        ImportSummary summary = importDir(500);
        assertEquals(1, summary.published());
        List<OutgoingRecord> dead = publisher.recordsTo("t.complaints.dead-letter");
        assertEquals(List.of("occurredAt", "occurredAt", "occurredAt", "extensionWorkingDays"),
                dead.stream().map(r -> r.headers().get("error-field")).toList());
        assertEquals(List.of("cmp-4"), publisher.recordsTo("t.crm.complaint-events").stream().map(OutgoingRecord::key).toList());
    }

    private static final String EXCEL_CSV = "complaintId,landlordId,residentId,type,stage,occurredAt,reason\r\n"
            + "cmp-1,L1,r-1,RECEIVED,1,2025-04-01T09:30:00Z,\"\u00a3250 compensation, don\u2019t close\"\r\n"
            + "cmp-2,L1,r-2,RECEIVED,1,2025-04-01T09:30:00Z,plain\r\n";

    @Test
    void shouldDeadLetterWindows1252RowsNamingTheEncodingInsteadOfPublishingReplacementCharacters() throws Exception {
        Files.write(dir.resolve("complaint-events.csv"), EXCEL_CSV.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        ImportSummary summary = importDir(500);
        assertEquals(1, summary.published());
        OutgoingRecord dead = publisher.recordsTo("t.complaints.dead-letter").get(0);
        assertEquals("row", dead.headers().get("error-field"));
        assertEquals("2", dead.headers().get("source-line"));
        assertTrue(dead.headers().get("error-reason").contains("not valid UTF-8"), dead.headers().get("error-reason"));
        for (OutgoingRecord r : publisher.recordsTo("t.crm.complaint-events")) {
            assertFalse(String.valueOf(EventSerdes.COMPLAINT_EVENT.decode(r.value()).getReason()).contains("\uFFFD"));
        }
    }

    @Test
    void shouldDecodeWindows1252WhenTold() throws Exception {
        Files.write(dir.resolve("complaint-events.csv"), EXCEL_CSV.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        ImportOptions options = new ImportOptions(500, false, io.complaintstreams.domain.validation.TimestampBounds.defaults(),
                java.nio.charset.Charset.forName("windows-1252"));
        ImportSummary summary = new FileImporter(TOPICS, publisher, options).importPath(dir);
        assertEquals(2, summary.published());
        assertEquals("\u00a3250 compensation, don\u2019t close",
                EventSerdes.COMPLAINT_EVENT.decode(publisher.recordsTo("t.crm.complaint-events").get(0).value()).getReason());
    }

    @Test
    void shouldSkipBomInJsonLines() throws Exception {
        Files.write(dir.resolve("crm.contacts.jsonl"), ("\uFEFF" + GOOD_CONTACT + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(1, importDir(500).published());
    }

    @Test
    void shouldDeadLetterCsvRowWithWrongColumnCount() throws Exception {
        write("service-requests.csv", "requestId,landlordId\nsr-1,L1,extra\n");
        ImportSummary summary = importDir(500);
        assertEquals(1, summary.deadLettered());
        assertEquals("row", publisher.records().get(0).headers().get("error-field"));
    }

    @Test
    void shouldPublishInBatches() throws Exception {
        write("crm.contacts.jsonl", (GOOD_CONTACT + "\n").repeat(5));
        ImportSummary summary = importDir(2);
        assertEquals(5, summary.published());
        assertEquals(List.of(2, 2, 1), publisher.batches().stream().map(List::size).toList());
    }

    @Test
    void shouldYieldSameEventIdsWhenReimported() throws Exception {
        write("crm.contacts.jsonl", GOOD_CONTACT + "\n" + GOOD_CONTACT.replace("c-1", "c-9") + "\n");
        importDir(500);
        importDir(500);
        List<String> ids = publisher.records().stream().map(r -> EventSerdes.CONTACT.decode(r.value())).map(Contact::getEventId).toList();
        assertEquals(ids.subList(0, 2), ids.subList(2, 4));
        assertEquals(2, ids.stream().distinct().count());
    }

    @Test
    void shouldStopWhenBrokerRefusesBatch() throws Exception {
        write("crm.contacts.jsonl", GOOD_CONTACT + "\n");
        publisher.failing(true);
        assertThrows(PublishException.class, () -> importDir(500));
    }

    @Test
    void shouldImportSingleFile() throws Exception {
        write("crm.surveys.ndjson", "{\"surveyId\":\"s-1\",\"landlordId\":\"L1\",\"residentId\":\"r\",\"occurredAt\":\"2025-04-01T09:30:00Z\","
                + "\"kind\":\"TSM_PERCEPTION\",\"score\":5}\n");
        ImportSummary summary = new FileImporter(TOPICS, publisher, ImportOptions.defaults()).importPath(dir.resolve("crm.surveys.ndjson"));
        assertEquals(1, summary.published());
        assertEquals("s-1", publisher.recordsTo("t.crm.surveys").get(0).key());
    }

    @Test
    void shouldReadASemicolonSeparatedExportByItsHeaderRow() throws Exception {
        // Excel's "CSV" where the decimal mark is a comma: every row was dead-lettered as "'contactId' is required"
        write("contacts.csv", "contactId;landlordId;residentId;channel;occurredAt;text\r\n"
                + "c-1;L1;r-1;phone;2025-04-01T09:30:00Z;\"Still waiting; third call, no answer\"\r\n");
        write("surveys.csv", "surveyId\tlandlordId\tresidentId\tkind\toccurredAt\tscore\n"
                + "s-1\tL1\tr-1\tTRANSACTIONAL\t2025-04-01T09:30:00Z\t2\n");
        ImportSummary summary = importDir(500);

        assertEquals(0, summary.deadLettered());
        Contact contact = EventSerdes.CONTACT.decode(publisher.recordsTo("t.crm.contacts").get(0).value());
        assertEquals("Still waiting; third call, no answer", contact.getText());
        assertEquals(1, publisher.recordsTo("t.crm.surveys").size(), "tab-separated");
    }

    @Test
    void shouldTakeExcelsSepLineAsTheSeparatorAndReadTheHeaderAfterIt() throws Exception {
        // a new user's finding: an export made for Excel starts "sep=;"; that line was taken as the header (2 columns)
        // and every row dead-lettered as "has 7 columns but the header has 2"
        write("surveys.csv", "\uFEFFsep=;\r\nsurveyId;landlordId;residentId;occurredAt;kind;score;comment\r\n"
                + "s-1;L1;r-1;2025-04-01T09:30:00Z;TRANSACTIONAL;1;\"Waited weeks, then nothing\"\r\n");
        write("contacts.csv", "SEP=|\ncontactId|landlordId|residentId|channel|occurredAt|text\n"
                + "c-1|L1|r-1|phone|2025-04-01T09:30:00Z|Still waiting, third call; no answer\n");
        ImportSummary summary = importDir(500);

        assertEquals(0, summary.deadLettered());
        assertEquals(1, publisher.recordsTo("t.crm.surveys").size());
        assertEquals("Still waiting, third call; no answer",
                EventSerdes.CONTACT.decode(publisher.recordsTo("t.crm.contacts").get(0).value()).getText());
    }

    @Test
    void shouldReadColumnHeadingsThatDifferFromTheContractOnlyInCase() throws Exception {
        // a CRM's headings: every row was dead-lettered as "'contactId' is required", with no hint why
        write("contacts.csv", "ContactId,LANDLORDID,residentid,Channel,OccurredAt,Text,Notes\r\n"
                + "c-1,L1,r-1,phone,2025-04-01T09:30:00Z,Still waiting for the boiler,ignored\r\n");
        ImportSummary summary = importDir(500);

        assertEquals(0, summary.deadLettered());
        Contact contact = EventSerdes.CONTACT.decode(publisher.recordsTo("t.crm.contacts").get(0).value());
        assertEquals("c-1", contact.getContactId());
        assertEquals("L1", contact.getLandlordId());
        assertEquals("r-1", contact.getResidentId());
        assertEquals("Still waiting for the boiler", contact.getText());
    }

    @Test
    void shouldSkipAFileWhoseHeaderRowCannotBeReadSayingWhyAndImportTheOthers() throws Exception {
        // a Windows-1252 heading read as UTF-8: the import stopped with exit 1 and a stack trace, the other files unread
        Files.write(dir.resolve("contacts.csv"), ("contactId,landlordId,residentId,channel,occurredAt,text,Cost \u00a3\r\n"
                + "c-1,L1,r-1,phone,2025-04-01T09:30:00Z,Still waiting,5\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        write("complaint-events.csv", CSV);
        ImportSummary summary = importDir(500);

        assertTrue(summary.anyUnreadable());
        ImportSummary.SkippedFile skipped = summary.skippedFiles().get(0);
        assertEquals("contacts.csv", skipped.file());
        assertTrue(skipped.reason().startsWith("the header row") && skipped.reason().contains("not valid UTF-8"), skipped.reason());
        assertTrue(publisher.recordsTo("t.crm.contacts").isEmpty());
        assertEquals(2, publisher.recordsTo("t.crm.complaint-events").size(), "the other file is imported");
    }

    @Test
    void shouldKeepCommaSeparationWhenTheHeaderHasCommas() throws Exception {
        write("complaint-events.csv", CSV); // themes "communication;staff_conduct" inside a comma-separated file
        assertEquals(2, importDir(500).published());
    }

    @Test
    void shouldNameTheFirstRefusedRowsOfAFile() throws Exception {
        StringBuilder csv = new StringBuilder("contactId,landlordId,residentId,channel,occurredAt,text\n");
        for (int i = 1; i <= 7; i++) {
            csv.append("c-").append(i).append(",L1,r-1,fax,2025-04-01T09:30:00Z,x\n");
        }
        csv.append("c-8,L1,r-1,phone,2025-04-01T09:30:00Z,x\n");
        write("contacts.csv", csv.toString());
        ImportSummary.FileSummary file = importDir(500).files().get(0);

        assertEquals(7, file.deadLettered());
        assertEquals(ImportSummary.MAX_REFUSALS_SHOWN, file.firstRefusals().size());
        ImportSummary.Refusal first = file.firstRefusals().get(0);
        assertEquals(2, first.line());
        assertEquals("channel", first.field());
        assertTrue(first.reason().contains("must be one of"), first.reason());
        assertEquals(6, file.firstRefusals().get(4).line());
    }

    @Test
    void shouldSayWhyAFileIsSkipped() throws Exception {
        write("contacts.xlsx", "PK");
        write("contacts_export_2026-11.csv", "contactId\n");
        write("notes.txt", "ignored");
        ImportSummary summary = importDir(500);

        assertTrue(summary.files().isEmpty());
        assertEquals(List.of("contacts.xlsx", "contacts_export_2026-11.csv", "notes.txt"), summary.skipped());
        List<String> reasons = summary.skippedFiles().stream().map(ImportSummary.SkippedFile::reason).toList();
        assertTrue(reasons.get(0).contains("Excel workbook"), reasons.get(0));
        assertTrue(reasons.get(1).contains("names no input: contacts, service-requests"), reasons.get(1));
        assertTrue(reasons.get(2).contains("not a .csv"), reasons.get(2));
    }
}
