/**
 * The topology's edge against records from producers we do not control (Kafka Connect, other apps, a raw
 * producer): input records with no key, no value or an implausible {@code occurredAt} are refused while they are
 * decoded, before the timestamp extractor sees them, so they go to the dead-letter topic with their reason and never
 * move stream time; dead-letter records always carry a timestamp the broker accepts; a record the broker refuses for
 * its timestamp is dead-lettered instead of failing the stream thread. Issue 9 sections 1 and 6.
 */
package io.complaintstreams.streams.guard;
