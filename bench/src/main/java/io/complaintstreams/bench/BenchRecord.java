package io.complaintstreams.bench;

/** One pre-encoded input record: its unprefixed topic, key, Avro single-object bytes and event time. */
record BenchRecord(String baseTopic, String key, byte[] value, long timestampMs) {
}
