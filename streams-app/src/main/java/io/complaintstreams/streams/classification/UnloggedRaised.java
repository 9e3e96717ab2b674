package io.complaintstreams.streams.classification;

import complaintstreams.events.DeadlineAlert;

/**
 * A POSSIBLE_UNLOGGED_COMPLAINT alert as the unlogged check raised it, with the signal behind it (themes, confidence),
 * which grouping into officers' items needs and the alert does not carry. In-process only: never serialized.
 */
record UnloggedRaised(DeadlineAlert alert, ResidentState.Pending pending) {}
