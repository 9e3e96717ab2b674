package io.complaintstreams.ingest;

import complaintstreams.events.Survey;
import complaintstreams.events.SurveyKind;
import complaintstreams.events.Tenure;
import io.complaintstreams.domain.validation.InputRules;

final class SurveyParser implements EventParser<Survey> {
    @Override
    public Survey parse(JsonFields f) {
        return Survey.newBuilder()
                .setEventId("")
                .setSurveyId(f.requiredId("surveyId"))
                .setLandlordId(f.requiredId("landlordId"))
                .setResidentId(f.requiredId("residentId"))
                .setOccurredAt(f.requiredInstant("occurredAt"))
                .setKind(f.requiredEnum("kind", SurveyKind.class))
                .setScore(score(f))
                .setComment(f.optionalFreeText("comment"))
                .setServiceRequestId(f.optionalId("serviceRequestId"))
                .setComplaintId(f.optionalId("complaintId"))
                .setTenure(f.optionalEnum("tenure", Tenure.class))
                .build();
    }

    private static int score(JsonFields f) {
        int score = f.requiredInt("score");
        JsonFields.check("score", InputRules.score(score));
        return score;
    }

    @Override
    public String key(Survey value) {
        return value.getSurveyId();
    }
}
