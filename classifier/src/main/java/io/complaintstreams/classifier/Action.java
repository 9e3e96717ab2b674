package io.complaintstreams.classifier;

/** What the landlord should do with a classified record. */
public enum Action {
    /** Dissatisfied with the response to a service request: raise a complaint (Code 1.5). */
    RAISE_COMPLAINT,
    /** Dissatisfaction expressed in a contact: offer to log it as a complaint (Code 1.2, 1.3). */
    OFFER_COMPLAINT,
    /** Dissatisfaction in a survey: not a complaint, tell the resident how to complain (Code 1.6). */
    SIGNPOST,
    /** No dissatisfaction with the landlord. */
    NONE;

    /** The action for a record from {@code source} that is (or is not) dissatisfied. */
    public static Action of(Source source, boolean dissatisfied) {
        if (!dissatisfied) {
            return NONE;
        }
        return switch (source) {
            case SERVICE_REQUEST -> RAISE_COMPLAINT;
            case CONTACT -> OFFER_COMPLAINT;
            case SURVEY -> SIGNPOST;
        };
    }
}
