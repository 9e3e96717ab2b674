package io.complaintstreams.generator;

import java.util.List;

/** The input topics the generator writes to (CONTRACTS section 2, without any prefix). */
public final class Topics {
    public static final String CONTACTS = "crm.contacts";
    public static final String SERVICE_REQUESTS = "crm.service-requests";
    public static final String SURVEYS = "crm.surveys";
    public static final String COMPLAINT_EVENTS = "crm.complaint-events";
    /** Cases at the Housing Ombudsman (issue 15). */
    public static final String OMBUDSMAN_CASES = "crm.ombudsman-cases";

    /** In a fixed order, also the order of the files written by {@code writeJsonLines}. */
    public static final List<String> ALL = List.of(CONTACTS, SERVICE_REQUESTS, SURVEYS, COMPLAINT_EVENTS, OMBUDSMAN_CASES);

    private Topics() {
    }

    /** File name for a topic's JSON lines, e.g. {@code crm.contacts.jsonl}. */
    public static String fileName(String topic) {
        return topic + ".jsonl";
    }
}
