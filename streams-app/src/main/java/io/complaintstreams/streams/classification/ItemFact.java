package io.complaintstreams.streams.classification;

import complaintstreams.events.AlertResolution;

/**
 * What the officers' unlogged-items processor learns about one resident (keyed by residentId), one of: a raised
 * POSSIBLE_UNLOGGED_COMPLAINT alert with its signal, a stage 1 complaint RECEIVED, or an officer's resolution.
 * In-process only (the resolution crossed its own Avro repartition topic before becoming one).
 */
record ItemFact(UnloggedRaised raised, ResidentFact received, AlertResolution resolution) {
    static ItemFact of(UnloggedRaised raised) {
        return new ItemFact(raised, null, null);
    }

    static ItemFact of(ResidentFact received) {
        return new ItemFact(null, received, null);
    }

    static ItemFact of(AlertResolution resolution) {
        return new ItemFact(null, null, resolution);
    }
}
