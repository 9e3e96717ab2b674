/**
 * Deterministic synthetic landlord: {@link io.complaintstreams.generator.LandlordGenerator} writes a year of CRM
 * events (contacts, repairs, surveys, complaint events) for the {@code generate} command, and
 * {@link io.complaintstreams.generator.DemoFeed} feeds {@code run --demo}. No Kafka types: events are Jackson
 * {@code ObjectNode}s tagged with their topic. Classes under {@code internal} are not for other modules.
 */
package io.complaintstreams.generator;
