package io.complaintstreams.streams.classification;

import complaintstreams.events.AlertKind;
import complaintstreams.events.DeadlineAlert;
import io.complaintstreams.streams.TopologySettings;
import java.time.Instant;

/** The POSSIBLE_UNLOGGED_COMPLAINT alert and its sentence for the complaints officer. */
final class UnloggedAlerts {
    private UnloggedAlerts() {}

    static DeadlineAlert alert(String residentId, ResidentState.Pending p, TopologySettings settings, long raisedAtMs) {
        return DeadlineAlert.newBuilder()
                .setAlertId(p.signalId() + ":0:" + AlertKind.POSSIBLE_UNLOGGED_COMPLAINT)
                .setKind(AlertKind.POSSIBLE_UNLOGGED_COMPLAINT)
                .setComplaintId(null)
                .setLandlordId(p.landlordId())
                .setResidentId(residentId)
                .setStage(0)
                .setDueOn(p.dueOn())
                .setRaisedAt(Instant.ofEpochMilli(raisedAtMs))
                .setMessage(message(residentId, p, settings.unloggedAfterWorkingDays()))
                .setSignalId(p.signalId())
                .setHandlerId(null)
                .build();
    }

    static String message(String residentId, ResidentState.Pending p, int workingDays) {
        String asked = "RAISE_COMPLAINT".equals(p.action())
                ? "a service request showing dissatisfaction should have been raised as a complaint (Code 1.5)"
                : "the resident should have been offered a complaint (Code 1.3)";
        return "Possible unlogged complaint: resident " + residentId + " expressed dissatisfaction on " + p.signalDate()
                + " (" + p.source() + " " + p.sourceId() + "); " + asked + ", but no complaint was logged within "
                + workingDays + " working days (by " + p.dueOn() + "). Check the record and log the complaint if the "
                + "resident wants one.";
    }
}
