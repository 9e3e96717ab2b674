package io.complaintstreams.api.officer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import complaintstreams.events.AlertResolution;
import complaintstreams.events.AlertResolutionKind;
import io.complaintstreams.audit.AuditLog;
import io.complaintstreams.domain.validation.InputRules;
import io.complaintstreams.ingest.http.JsonMediaType;
import io.complaintstreams.privacy.TextSealer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * {@code POST /api/v1/alerts/{alertId}/resolution} {@code {"resolution", "by", "note"?}} (CONTRACTS section 5): an
 * officer's resolution, published to {@code complaints.alert-resolutions} once the broker acknowledged it, then
 * {@code 202 {"accepted": 1, "resolutionId", "itemId", "itemOpen", "effect"}} ({@code effect}: what the resolution
 * does, {@link #effect}). When the alert is a grouped possible-unlogged item
 * (its id or one of its evidence alert ids), the resolution carries the item, resident and evidence, and the topology
 * closes the item; an alert id of a known complaint ({@code complaintId:stage:kind}, {@code complaintId:ombudsman:...}, see
 * {@link ComplaintResidents}) is accepted and kept on the topic (an officer's record and a label). Any other alert id is
 * {@code 404 {"error","alertId"}} and nothing is published (a typo would otherwise be stored and close nothing).
 * {@code resolution} is read in any case ({@code not_dissatisfied}), as the list filters read theirs. A body not
 * declared {@code Content-Type: application/json} (none, {@code text/plain}, a charset other than UTF-8) is
 * {@code 415 {"error","field":"Content-Type"}}, as at ingest, before anything is read.
 * {@code 400 {"error","field"}} names the first bad field ({@code body}, {@code resolution}, {@code by}, {@code note});
 * {@code 503} if the broker did not acknowledge or the items or the complaint cannot be read yet. Officer role (casework); recorded in
 * {@code complaints.audit} as RESOLVE_ALERT with the alert id.
 *
 * <p>The note (free text that may name the resident) is sealed under the resident's data key when text encryption is
 * on ({@link TextSealer}; README "Data protection"), so erasing the resident makes it unreadable on the topic and in
 * the store: the resident is the grouped item's, else the resident of the complaint the alert id names
 * ({@link ComplaintResidents}). A note on an alert with no known resident is refused ({@code 400}, field {@code note}):
 * it could not be erased with the resident; the resolution without a note is accepted.
 */
final class ResolutionRoutes {
    static final int MAX_BY = 200;
    static final int MAX_NOTE = 2000;
    /**
     * A note about an erased resident would be sealed under a key of the mask, which {@code erase --resident ID} never
     * finds again: it would outlive the erasure. Refused; the resolution without a note is accepted.
     */
    private static final String ERASED_NOTE = "the resident of this alert was erased: a note about them cannot be kept"
            + " (it would outlive the erasure); resolve it without a note";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UnloggedItemRoutes items;
    private final ResolutionPublisher publisher;
    private final AuditLog audit;
    private final Clock clock;
    private final Optional<TextSealer> sealer;
    private final ComplaintResidents residents;

    /** @param sealer present when text encryption is on: notes are then sealed under the resident's key */
    ResolutionRoutes(UnloggedItemRoutes items, ResolutionPublisher publisher, AuditLog audit, Clock clock,
                     Optional<TextSealer> sealer, ComplaintResidents residents) {
        this.items = items;
        this.sealer = sealer;
        this.residents = residents;
        this.publisher = publisher;
        this.audit = audit;
        this.clock = clock;
    }

    void register(Javalin app) {
        app.post("/api/v1/alerts/{alertId}/resolution", this::resolve);
    }

    private void resolve(Context ctx) throws InterruptedException {
        String alertId = ctx.pathParam("alertId");
        try {
            Optional<String> bad = read(ctx, alertId);
            if (bad.isPresent()) {
                return;
            }
        } finally {
            audit.recordRequest(ctx, "RESOLVE_ALERT", alertId);
        }
    }

    /** @return the bad field's name when refused (already answered) */
    private Optional<String> read(Context ctx, String alertId) throws InterruptedException {
        String contentType = ctx.req().getContentType();
        if (!JsonMediaType.accepts(contentType)) { // as ingest: a body not declared JSON is not read
            ctx.status(415).json(Map.of("error", JsonMediaType.refusal(contentType), "field", "Content-Type"));
            return Optional.of("Content-Type");
        }
        JsonNode body;
        try {
            body = JSON.readTree(ctx.bodyAsBytes()); // UTF-8, the one charset taken above
        } catch (io.javalin.http.HttpResponseException e) {
            if (e.getStatus() != 413) {
                throw e;
            }
            // over the server's request size limit: not a malformed body (a 5 MB body read "must be a JSON object")
            ctx.status(413).json(Map.of("error", "request body is larger than the server accepts (a resolution is a few hundred"
                    + " bytes: a note of at most " + MAX_NOTE + " characters)", "field", "body"));
            return Optional.of("body");
        } catch (Exception e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            return refuse(ctx, "body", "the body must be a JSON object {\"resolution\", \"by\", \"note\"?}");
        }
        AlertResolutionKind kind;
        try {
            kind = AlertResolutionKind.valueOf(text(body, "resolution").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return refuse(ctx, "resolution", "resolution must be one of " + Arrays.toString(AlertResolutionKind.values()));
        }
        String by = text(body, "by");
        if (by == null || by.isBlank() || by.length() > MAX_BY) {
            return refuse(ctx, "by", "by (who resolved it) is required, at most " + MAX_BY + " characters");
        }
        Optional<String> badBy = InputRules.text(by); // no control characters, as every name at ingest
        if (badBy.isPresent()) {
            return refuse(ctx, "by", "by " + badBy.get());
        }
        String note = text(body, "note");
        if ((body.has("note") && !body.get("note").isNull() && !body.get("note").isTextual())
                || (note != null && note.length() > MAX_NOTE)) {
            return refuse(ctx, "note", "note must be text of at most " + MAX_NOTE + " characters");
        }
        Optional<String> badNote = note == null ? Optional.empty() : InputRules.text(note);
        if (badNote.isPresent()) {
            return refuse(ctx, "note", "note " + badNote.get());
        }
        Optional<Map<String, Object>> item = items.holding(alertId);
        String keptNote = note == null || note.isBlank() ? null : note.strip();
        String residentId = item.map(r -> (String) r.get("residentId")).orElse(null);
        if (item.isEmpty()) {
            Optional<String> complaintResident;
            try {
                complaintResident = residents.ofAlert(alertId);
            } catch (java.io.IOException e) {
                ctx.status(503).json(Map.of("error", "the alert's complaint cannot be read now (another instance did not answer); retry"));
                return Optional.of("complaint");
            }
            if (complaintResident.isEmpty()) {
                ctx.status(404).json(Map.of("error", "no alert " + alertId + ": it is neither a grouped item (nor one of its"
                        + " evidence alerts) nor an alert of a known complaint; nothing was published", "alertId", alertId));
                return Optional.of("alertId");
            }
            if (keptNote != null && isErased(complaintResident.get())) {
                return refuse(ctx, "note", ERASED_NOTE);
            }
            if (keptNote != null && sealer.isPresent()) {
                residentId = complaintResident.get();
            }
        } else if (keptNote != null && isErased(residentId)) {
            return refuse(ctx, "note", ERASED_NOTE);
        }
        AlertResolution resolution = AlertResolution.newBuilder()
                .setResolutionId(UUID.randomUUID().toString()).setAlertId(alertId).setResolution(kind)
                .setBy(by.strip()).setNote(keptNote)
                .setResolvedAt(clock.instant()).setPrincipal(AuditLog.principalOf(ctx))
                .setItemId(item.map(r -> (String) r.get("itemId")).orElse(null))
                .setResidentId(residentId)
                .setLandlordId(item.map(r -> (String) r.get("landlordId")).orElse(null))
                .setSignalIds(item.map(UnloggedItemRoutes::evidenceSignalIds).orElse(List.of()))
                .build();
        TextSealer.Batch sealing = sealer.map(TextSealer::batch).orElse(null);
        if (sealing != null) {
            resolution = (AlertResolution) sealing.seal(resolution);
        }
        try {
            publisher.publish(resolution, sealing == null ? List.of() : sealing.newKeys());
            if (sealing != null) {
                sealing.committed();
            }
        } catch (ExecutionException | TimeoutException e) {
            ctx.status(503).json(Map.of("error", "the resolution was not stored (broker did not acknowledge); retry"));
            return Optional.of("broker");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("accepted", 1);
        answer.put("resolutionId", resolution.getResolutionId());
        answer.put("itemId", resolution.getItemId());
        Boolean itemOpen = item.map(r -> "OPEN".equals(r.get("status"))).orElse(null);
        answer.put("itemOpen", itemOpen);
        answer.put("effect", effect(resolution.getItemId(), Boolean.TRUE.equals(itemOpen)));
        ctx.status(202).json(answer);
        return Optional.empty();
    }

    /**
     * What the resolution does, in the officer's words: a grouped item is closed by it; an alert of a complaint's
     * deadlines or Ombudsman case is only recorded (an officer's record and a label), since it ends with the complaint's
     * own events, which the CRM sends (the Code's acknowledgement, response, refusal, withdrawal, escalation).
     */
    static String effect(String itemId, boolean itemOpen) {
        if (itemId == null) {
            return "recorded on complaints.alert-resolutions only: a deadline or Ombudsman alert stays in the work queue "
                    + "until the complaint's own event arrives (acknowledgement, response, refusal, withdrawal, closure or "
                    + "escalation, sent by the CRM)";
        }
        return itemOpen ? "closes possible-unlogged item " + itemId
                : "recorded; possible-unlogged item " + itemId + " was already closed (its first closure is kept)";
    }

    private static boolean isErased(String residentId) {
        return residentId != null && residentId.startsWith(io.complaintstreams.erase.ResidentErasure.MASK_PREFIX);
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        return v == null || v.isNull() || !v.isTextual() ? null : v.asText();
    }

    private static Optional<String> refuse(Context ctx, String field, String message) {
        ctx.status(400).json(Map.of("error", message, "field", field));
        return Optional.of(field);
    }
}
