package io.complaintstreams.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Valid example events of each kind, as JSON. */
public final class Fixtures {
    public static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {}

    public static ObjectNode contact() {
        return object("""
                {"contactId":"c-1","landlordId":"L1","residentId":"r-1","channel":"phone",
                 "occurredAt":"2025-04-01T09:30:00Z","text":"Still no repair to the boiler","propertyId":"p-9"}""");
    }

    public static ObjectNode serviceRequest() {
        return object("""
                {"requestId":"sr-1","landlordId":"L1","residentId":"r-1","occurredAt":"2025-04-01T09:30:00Z",
                 "status":"OPEN","category":"repairs","priority":"urgent","dueAt":"2025-04-08T17:00:00Z"}""");
    }

    public static ObjectNode survey() {
        return object("""
                {"surveyId":"s-1","landlordId":"L1","residentId":"r-1","occurredAt":"2025-04-01T09:30:00Z",
                 "kind":"TRANSACTIONAL","score":2,"comment":"slow"}""");
    }

    public static ObjectNode complaintEvent() {
        return object("""
                {"complaintId":"cmp-1","landlordId":"L1","residentId":"r-1","type":"RECEIVED","stage":1,
                 "occurredAt":"2025-04-01T09:30:00Z","themes":["repairs","damp_mould"],"tenure":"LCRA"}""");
    }

    public static ObjectNode object(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return (ObjectNode) node;
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
