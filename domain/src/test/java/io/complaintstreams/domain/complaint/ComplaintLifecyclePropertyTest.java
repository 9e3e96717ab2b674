package io.complaintstreams.domain.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.deadline.CodeRules;
import io.complaintstreams.domain.deadline.LocalStageTarget;
import io.complaintstreams.domain.deadline.LocalTargets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ComplaintLifecyclePropertyTest {
    private static final ComplaintLifecycle LIFECYCLE = new ComplaintLifecycle(WorkingDayCalendar.englandAndWales(), 2);
    private static final LocalTargets TARGETS = new LocalTargets(new LocalStageTarget(3, 8), new LocalStageTarget(3, 15));

    @Property(tries = 300)
    void shouldGiveSameViewWhateverTheOrderAndRepeatsOfFacts(@ForAll long scenarioSeed, @ForAll long shuffleSeed) {
        List<ComplaintFact> facts = scenario(new Random(scenarioSeed));
        Random random = new Random(shuffleSeed);
        List<ComplaintFact> delivered = new ArrayList<>(facts);
        for (ComplaintFact fact : facts) {
            if (random.nextInt(3) == 0) {
                delivered.add(fact);
            }
        }
        Collections.shuffle(delivered, random);
        LocalDate today = facts.get(0).date().plusDays(random.nextInt(120));
        assertEquals(evaluate(facts, today), evaluate(delivered, today));
    }

    private static Optional<ComplaintView> evaluate(List<ComplaintFact> facts, LocalDate today) {
        return LIFECYCLE.evaluate(facts, today, CodeRules.housingOmbudsmanCode(), TARGETS);
    }

    /** A plausible complaint history, with ties on occurredAt so the tie-break order matters. */
    static List<ComplaintFact> scenario(Random random) {
        List<ComplaintFact> facts = new ArrayList<>();
        Instant t = Instant.parse("2022-01-01T09:00:00Z").plusSeconds(3600L * random.nextInt(24 * 365 * 5));
        int stages = random.nextInt(4) == 0 ? 2 : 1;
        for (int stage = 1; stage <= stages; stage++) {
            FactType start = stage == 1 ? FactType.RECEIVED : FactType.ESCALATED;
            facts.add(fact(facts.size(), start, stage, t, random));
            int steps = random.nextInt(6);
            for (int i = 0; i < steps; i++) {
                t = random.nextBoolean() ? t : t.plusSeconds(3600L * random.nextInt(24 * 12));
                FactType type = List.of(FactType.ACKNOWLEDGED, FactType.EXTENDED, FactType.EXTENDED, FactType.RESPONDED,
                        FactType.CLOSED, FactType.REFUSED, FactType.WITHDRAWN).get(random.nextInt(7));
                facts.add(fact(facts.size(), type, stage, t, random));
            }
            t = t.plusSeconds(3600L * 24 * (1 + random.nextInt(20)));
        }
        return facts;
    }

    private static ComplaintFact fact(int n, FactType type, int stage, Instant at, Random random) {
        return ComplaintFact.builder("e" + n, type, stage, at).complaint("C1", "L1", "R1")
                .extensionWorkingDays(type == FactType.EXTENDED ? 1 + random.nextInt(15) : null)
                .handlerId(random.nextBoolean() ? "H" + random.nextInt(3) : null)
                .outcome(type == FactType.RESPONDED ? "UPHELD" : null)
                .category(random.nextBoolean() ? "cat" + random.nextInt(3) : null)
                .themes(random.nextBoolean() ? List.of("repairs") : List.of("communication", "damp_mould"))
                .remedyAmount(random.nextInt(4) == 0 ? (double) random.nextInt(500) : null)
                .reason(type == FactType.REFUSED ? "reason" + random.nextInt(3) : null)
                .build();
    }
}
