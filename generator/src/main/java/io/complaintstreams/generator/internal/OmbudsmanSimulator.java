package io.complaintstreams.generator.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Some complaints that ended at stage 2 go to the Housing Ombudsman (about half): REFERRED 5 to 25 working days after
 * the final response (faster than real cases, so that a generated year has some), DETERMINED 15 to 45 working days later with findings, and for a finding against the landlord one
 * or two orders due 20 working days after the determination, mostly completed on time. Its own random stream (from the
 * complaint id), so the other events of a seed do not move.
 */
final class OmbudsmanSimulator {
    private static final String[][] FINDINGS = {{"SEVERE_MALADMINISTRATION"}, {"MALADMINISTRATION"}, {"MALADMINISTRATION", "SERVICE_FAILURE"},
        {"SERVICE_FAILURE"}, {"NO_MALADMINISTRATION"}, {"REASONABLE_REDRESS"}};
    private static final String[] ISSUES = {"repairs", "complaint handling", "damp and mould", "communication"};
    private static final String[] ORDERS = {"apologise in writing", "pay compensation", "inspect and carry out repairs",
        "review its complaint handling"};

    private final HomeContext ctx;
    private final String complaintId;
    private final Rng rng;

    OmbudsmanSimulator(HomeContext ctx, String complaintId) {
        this.ctx = ctx;
        this.complaintId = complaintId;
        this.rng = new Rng(Rng.mix(complaintId.hashCode(), 0x0B5DL));
    }

    void maybeRefer(Instant finalResponse) {
        if (!rng.chance(0.50)) {
            return;
        }
        String caseId = "HOS-" + complaintId;
        Instant referred = at(Times.dateOf(finalResponse), rng.between(5, 25));
        ctx.sink().ombudsmanEvent(caseId, complaintId, referred, "REFERRED");
        Instant determined = at(Times.dateOf(referred), rng.between(15, 45));
        ObjectNode determination = ctx.sink().ombudsmanEvent(caseId, complaintId, determined, "DETERMINED");
        String[] findings = FINDINGS[rng.weighted(5, 30, 15, 20, 20, 10)];
        ArrayNode array = determination.putArray("findings");
        for (String f : findings) {
            array.addObject().put("finding", f).put("issue", rng.pick(ISSUES));
        }
        if (findings[0].equals("NO_MALADMINISTRATION") || findings[0].equals("REASONABLE_REDRESS")) {
            return;
        }
        int orders = rng.chance(0.5) ? 2 : 1;
        for (int i = 1; i <= orders; i++) {
            String orderId = caseId + "-O" + i;
            LocalDate due = WorkingDays.plus(Times.dateOf(determined), 20);
            ObjectNode order = ctx.sink().ombudsmanEvent(caseId, complaintId, determined.plusSeconds(60L * i), "ORDER_MADE");
            order.put("orderId", orderId).put("order", ORDERS[rng.between(0, ORDERS.length - 1)]).put("orderDueOn", due.toString());
            if (order.get("order").asText().equals("pay compensation")) {
                order.put("amount", 100 * rng.between(1, 10));
            }
            double p = rng.nextDouble();
            if (p < 0.8) {
                ctx.sink().ombudsmanEvent(caseId, complaintId, at(Times.dateOf(determined), rng.between(5, 20)), "ORDER_COMPLETED")
                        .put("orderId", orderId);
            } else if (p < 0.9) {
                ctx.sink().ombudsmanEvent(caseId, complaintId, at(due, rng.between(1, 15)), "ORDER_COMPLETED").put("orderId", orderId);
            }
        }
    }

    private Instant at(LocalDate from, int workingDays) {
        LocalDate day = WorkingDays.plus(from, workingDays);
        return Times.on(day, rng);
    }
}
