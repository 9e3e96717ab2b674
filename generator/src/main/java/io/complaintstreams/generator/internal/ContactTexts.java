package io.complaintstreams.generator.internal;

import java.util.EnumMap;
import java.util.Map;

/** Free text for general contacts: admin, neutral enquiries per theme, dissatisfaction, complaints, representatives. */
public final class ContactTexts {
    private static final String[] ADMIN = {
        "Called to update phone number on the account.", "Asked for a copy of the tenancy agreement, sent by email.",
        "Rent statement requested and sent.", "Changed direct debit date to the 15th.",
        "Resident asked for the opening hours of the area office.", "Email address updated.",
        "Confirmed new household member for the records.", "Resident called to say thank you for the help last week.",
        "Asked about the residents' association meeting, gave the date.", "Parking permit renewal, form sent.",
        "Hi, I need a rent statement for the last 12 months for my mortgage application please. Can it be emailed?",
        "My son's school needs proof of address, could you send a letter confirming my tenancy?",
        "I've changed banks, do I need to set up the direct debit again?",
        "DWP have stopped my payments again while they review my claim. Nothing to do with you, just letting you know the rent might be a few days late.",
        "Universal Credit still haven't sorted my housing element. Not your fault, I'm chasing them, but wanted it on my account.",
        "Could you tell me who my housing officer is now? I heard the last one left.",
        "I'll be away visiting family for six weeks from the 3rd. The rent will still go out by direct debit."};

    /** First reports about a neighbour or the estate: service requests, not dissatisfaction with the landlord. */
    private static final String[] NEIGHBOUR_FIRST_REPORTS = {
        "The neighbours upstairs have had music on till 2am three nights this week. First time I've reported it, can someone have a word?",
        "Whoever has moved in next door has people coming and going at all hours and they keep leaving the main door open. Could you speak to them?",
        "There's a lad revving a motorbike round the garages late at night. Thought you should know.",
        "Next door's dog barks all day while they're at work. It's been about a fortnight now.",
        "Someone has sprayed graffiti on the wall by the bike store, some of it is offensive. Can it be cleaned off?"};

    /** How residents open and close a formal letter or an email written as one. */
    private static final String[] LETTER_OPENERS = {"Dear Sir or Madam, I am writing regarding the condition of my home. ",
        "To whom it may concern. I write as a tenant of some {weeks} years' standing. ",
        "Dear Housing Team, I am writing as a last resort. "};
    private static final String[] LETTER_CLOSERS = {" I would be grateful for a date by return. Yours faithfully.",
        " I have now raised this {times} and would ask that it is treated as a matter of urgency. Yours sincerely.",
        " Please confirm in writing what you intend to do and when."};
    /** Very short chasers, as typed on a phone. */
    private static final String[] SHORT_CHASERS = {"still waiting", "Any update??", "no one came. again.", "Hello?? Is anyone there?",
        "Day {weeks} of waiting for the call back I was promised.", "still broken"};

    private static final Map<Theme, String[]> NEUTRAL = new EnumMap<>(Theme.class);
    private static final Map<Theme, String[]> DISSATISFIED = new EnumMap<>(Theme.class);

    static {
        NEUTRAL.put(Theme.REPAIRS, new String[]{"Asked when the kitchen replacement programme reaches her street.",
            "Resident asked whether the fence is our responsibility. Explained it is the tenant's."});
        NEUTRAL.put(Theme.DAMP_MOULD, new String[]{"Resident asked for advice on reducing condensation in the {room}. Sent the damp and mould leaflet.",
            "Asked if we can provide a dehumidifier. Referred to the damp team."});
        NEUTRAL.put(Theme.HEATING_HOT_WATER, new String[]{"Asked how to set the timer on the new boiler, talked through it.",
            "Wanted to confirm dates for the planned heating upgrade. Contractor will write."});
        NEUTRAL.put(Theme.COMMUNICATION, new String[]{"Asked for letters to be sent in large print from now on.",
            "Requested contact by email rather than phone."});
        NEUTRAL.put(Theme.RENT_CHARGES, new String[]{"Query about the new service charge figure, explained the breakdown.",
            "Asked about help with rent, referred to the money advice team.", "Rent increase letter query, explained the April change."});
        NEUTRAL.put(Theme.ANTI_SOCIAL_BEHAVIOUR, new String[]{"Resident says the noise from next door has stopped since the warning letter.",
            "Reported dog fouling on the green, passed to the estate officer."});
        NEUTRAL.put(Theme.STAFF_CONDUCT, new String[]{"Wanted to thank {name} for being so helpful at the home visit."});
        NEUTRAL.put(Theme.COMPLAINT_HANDLING, new String[]{"Asked how to make a complaint, explained the policy and sent the form.",
            "Called to withdraw her stage 1 complaint as the repair has now been done."});
        NEUTRAL.put(Theme.ESTATE_SERVICES, new String[]{"Asked when the communal windows will next be cleaned.",
            "Asked about the grounds maintenance schedule for the estate."});
        NEUTRAL.put(Theme.ADAPTATIONS_ACCESSIBILITY, new String[]{"Asked how to apply for a grab rail. Explained the minor adaptations process and made the referral."});
        NEUTRAL.put(Theme.LETTINGS_MOVES, new String[]{"Asked about mutual exchange, sent the guidance.",
            "Asked about her position on the transfer list, explained banding."});
        NEUTRAL.put(Theme.SAFETY_COMPLIANCE, new String[]{"Asked why the electrician needs access for an EICR. Explained the five-yearly check, appointment agreed.",
            "Confirmed the gas safety check appointment for {day}."});

        DISSATISFIED.put(Theme.REPAIRS, new String[]{"You sent three different contractors to look at the same problem and none of them did anything.",
            "The operative left a mess in the {room} and the job still isn't finished.",
            "I was told someone would come {day} between 8 and 12. Nobody came and nobody rang."});
        DISSATISFIED.put(Theme.DAMP_MOULD, new String[]{"The mould in the {room} is back and my son's asthma is getting worse. Painting over it is not a fix.",
            "I've reported the damp {times} and all I get is a leaflet about opening windows."});
        DISSATISFIED.put(Theme.HEATING_HOT_WATER, new String[]{"We've had no heating for {weeks} days with a baby in the house. Nobody seems to care.",
            "The boiler has broken down again for the third time this winter. I'm sick of it."});
        DISSATISFIED.put(Theme.COMMUNICATION, new String[]{"Every time I ring I get a different person and have to explain everything again.",
            "I was promised a call back on {day} and never got one. Again."});
        DISSATISFIED.put(Theme.RENT_CHARGES, new String[]{"You've charged me for a repair that was your responsibility and nobody will explain why.",
            "My rent account shows arrears that are wrong. I've sent the bank statements {times}."});
        DISSATISFIED.put(Theme.ANTI_SOCIAL_BEHAVIOUR, new String[]{"I've reported the noise from the flat above {times} and nothing has been done.",
            "Someone keeps setting fire to the bins and there is still no CCTV. Nobody is taking it seriously."});
        DISSATISFIED.put(Theme.STAFF_CONDUCT, new String[]{"The housing officer was rude to me on the phone and put the phone down.",
            "Your contractor's van blocked my drive for two hours and the driver told me to wait."});
        DISSATISFIED.put(Theme.COMPLAINT_HANDLING, new String[]{"I made a complaint {weeks} weeks ago and have not even had an acknowledgement.",
            "Your complaint response says the repair was done. It wasn't. Nobody even came to look."});
        DISSATISFIED.put(Theme.ESTATE_SERVICES, new String[]{"The bin store has been overflowing for {weeks} weeks, there are rats. What do we pay the service charge for?",
            "The communal areas haven't been cleaned in months."});
        DISSATISFIED.put(Theme.ADAPTATIONS_ACCESSIBILITY, new String[]{"I was told my adaptation would be done within 12 weeks. It's been {weeks} months.",
            "The ramp has been blocked by builders' materials for two weeks. I use a wheelchair."});
        DISSATISFIED.put(Theme.LETTINGS_MOVES, new String[]{"I moved in last week and the flat is filthy, the void standard clearly was not met.",
            "I've been on the transfer list for 3 years with medical priority and nobody tells me anything."});
        DISSATISFIED.put(Theme.SAFETY_COMPLIANCE, new String[]{"The fire door on our landing has been wedged open for weeks. I reported it {times}.",
            "The carbon monoxide alarm kept going off and the out of hours line told me to open a window."});
    }

    private static final String[] COMPLAINT_OPENERS = {"I want to make a formal complaint. ", "I wish to complain. ",
        "Please log this as a complaint. ", "I'm not happy and want this escalated. ", ""};

    private ContactTexts() {
    }

    public static String admin(Rng rng) {
        return Slots.fill(rng.pick(ADMIN), rng);
    }

    public static String neutral(Theme theme, Rng rng) {
        return Slots.fill(rng.pick(NEUTRAL.get(theme)), rng);
    }

    /** A first report about a neighbour or the estate (anti-social behaviour), not dissatisfaction with the landlord. */
    public static String neighbourFirstReport(Rng rng) {
        return rng.pick(NEIGHBOUR_FIRST_REPORTS);
    }

    /**
     * Dissatisfaction in one of the registers real residents write in: a plain sentence or two (half), a formal letter
     * (a fifth), two issues in one message (a fifth), or a very short chaser (a tenth).
     */
    public static String dissatisfied(Theme theme, Rng rng) {
        String plain = rng.pick(DISSATISFIED.get(theme));
        String text = switch (rng.weighted(50, 20, 20, 10)) {
            case 1 -> rng.pick(LETTER_OPENERS) + plain + rng.pick(LETTER_CLOSERS);
            case 2 -> plain + rng.pick(" And while I'm on, ", " On top of that, ", " Also, ")
                    + lowerFirst(rng.pick(DISSATISFIED.get(Theme.pickAny(rng))));
            case 3 -> rng.pick(SHORT_CHASERS);
            default -> plain;
        };
        return Slots.fill(text, rng);
    }

    private static String lowerFirst(String s) {
        return s.startsWith("I ") || s.startsWith("I'") ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A contact that raises a complaint, optionally about a named repair job. */
    public static String complaint(Theme theme, String job, Rng rng) {
        String body = job != null
                ? "The repair I reported (" + RepairTexts.shortJob(job) + ") is still not done after {weeks} weeks and {times} calls."
                : rng.pick(DISSATISFIED.get(theme));
        return Slots.fill(rng.pick(COMPLAINT_OPENERS) + body, rng);
    }

    /** Wraps a text as written by a representative; {@code who} is e.g. "councillor", "MP", "daughter". */
    public static String onBehalf(String who, String text, Rng rng) {
        String opener = switch (who) {
            case "councillor" -> "Cllr " + rng.pick("Ahmed", "Khan", "Walsh", "Okafor") + " writing on behalf of the resident. ";
            case "MP" -> "Office of " + rng.pick("Sarah Jones MP", "David Patel MP", "Helen Clarke MP") + " on behalf of our constituent. ";
            case "advocate" -> "Advocate from Citizens Advice writing for the tenant. ";
            case "son" -> "I'm writing on behalf of my dad, I'm his son. ";
            default -> "I'm writing on behalf of my mum, I'm her " + who + ". ";
        };
        return opener + text;
    }
}
