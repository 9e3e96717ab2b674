package io.complaintstreams.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.complaintstreams.generator.internal.Register;
import io.complaintstreams.generator.internal.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12 item 4: generated text reads like residents' own (longer, with context), not only like officers' notes. */
class GeneratedRegisterTest {
    private static int words(String text) {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    private static List<Integer> lengths(String topic, String field) {
        return Samples.topic(topic).stream().filter(e -> e.json().hasNonNull(field))
                .map(e -> words(e.json().get(field).asText())).sorted().toList();
    }

    @Test
    void shouldWriteAFifthOfContactsAndSurveyCommentsAtTheLengthOfResidentsMessages() {
        List<Integer> contacts = lengths(Topics.CONTACTS, "text");
        long longContacts = contacts.stream().filter(n -> n >= 30).count();
        assertTrue(longContacts >= contacts.size() / 10, "contacts of 30+ words: " + longContacts + " of " + contacts.size());
        assertTrue(contacts.get(contacts.size() / 2) >= 14, "median contact words " + contacts.get(contacts.size() / 2));
        List<Integer> comments = lengths(Topics.SURVEYS, "comment");
        assertTrue(comments.get(comments.size() / 2) >= 10, "median survey comment words " + comments.get(comments.size() / 2));
    }

    @Test
    void shouldKeepShortChasersShortAndAddContextToLongerComplaints() {
        assertEquals("still waiting", Register.dissatisfied("still waiting", new Rng(1)));
        String plain = "The operative left a mess in the kitchen and the job still isn't finished.";
        boolean grew = false;
        for (int seed = 0; seed < 20; seed++) {
            String out = Register.dissatisfied(plain, new Rng(seed));
            assertTrue(out.startsWith(plain), out);
            grew |= words(out) > words(plain) + 5;
        }
        assertTrue(grew, "some complaints carry context and an ask");
    }
}
