package io.complaintstreams.generator.internal;

import java.util.EnumMap;
import java.util.Map;

/**
 * Makes generated text read like what residents actually write (issue 12 item 4): real contacts, service requests and
 * survey comments are longer than an officer's one-line note (in the real development records the median is about 50
 * words for a contact, 20 for a service request and 30 for a survey comment), carry context (children, health, work,
 * what was said last time) and end with what the resident wants. Each record draws from its own random stream, seeded
 * by its id, so the home's stream (and with it every count: contacts, repairs, complaints) is unchanged.
 */
public final class Register {
    private static final String[] GREETINGS = {"Hi, ", "Hello, ", "Good morning, ", "Hi there, ", "", ""};
    private static final String[] SIGN_OFFS = {" Thanks.", " Many thanks.", " Kind regards.", " Thank you.", "", ""};
    private static final String[] NEUTRAL_CONTEXT = {" I work shifts so mornings are best if anyone needs to ring me.",
        " I'm in most days apart from Wednesdays when I take my mum to the hospital.",
        " My daughter usually deals with this sort of thing but she's away at the moment.",
        " I did look on the website first but couldn't find the answer.",
        " There's no rush, I just want to get it sorted before the winter.",
        " I've been a tenant here for {weeks} years and never had to ask before."};
    private static final String[] DISSATISFIED_CONTEXT = {" I have two young children and this is not how we should be living.",
        " I work full time and I have now taken {times} days off waiting in for people who don't come.",
        " My partner has COPD and this is making him worse.", " I have photos of everything if anyone wants to see them.",
        " I'm not an unreasonable person and I've been patient, but I've had enough now.",
        " Each time I ring I'm told something different.", " I'm 78 and I live on my own.",
        " The last person I spoke to said it would be sorted by {day}. It wasn't."};
    private static final String[] DISSATISFIED_ASKS = {" I want a date, in writing, for when this will be fixed.",
        " Please can someone senior call me back today.", " I'd like an explanation of why this has taken so long.",
        " I expect someone to contact me this week.", " If this isn't resolved I'll be contacting my councillor.",
        " What are you going to do about it?"};
    private static final Map<Theme, String[]> RESIDENT_ENQUIRIES = new EnumMap<>(Theme.class);
    private static final String[] SURVEY_GOOD_MORE = {" The operative explained what he was doing and tidied up after.",
        " Booking was easy and they came when they said they would.", " I'd give them ten out of ten if I could.",
        " Much better than it used to be."};
    private static final String[] SURVEY_BAD_MORE = {" It shouldn't take this many phone calls to get a simple job done.",
        " Nobody ever rings you back when they say they will.", " I've given up reporting things now, what's the point.",
        " I've lived here {weeks} years and it has got worse every year."};
    private static final String[] REPORT_DETAILS = {" It started about {weeks} days ago and it's getting worse.",
        " I've got a toddler so I'd like it looked at soon please.", " It's the second one in the block this month.",
        " I've tried what the website says but it hasn't helped.", " I can send a photo if that helps.",
        " Any day except {day} is fine for an appointment."};

    static {
        RESIDENT_ENQUIRIES.put(Theme.REPAIRS, new String[]{"I was wondering when the kitchen replacement programme is reaching our street. My kitchen is the original one from when the house was built and a couple of the doors are coming off."});
        RESIDENT_ENQUIRIES.put(Theme.DAMP_MOULD, new String[]{"We're getting a lot of condensation on the bedroom windows in the mornings and I'd like some advice on what we can do ourselves before it turns into mould."});
        RESIDENT_ENQUIRIES.put(Theme.HEATING_HOT_WATER, new String[]{"We've had the new boiler fitted and I can't work out how to set the timer so the heating comes on before the kids get up. Is there a guide anywhere?"});
        RESIDENT_ENQUIRIES.put(Theme.COMMUNICATION, new String[]{"Could you send letters to me by email from now on? I don't always see the post because it goes to the communal box downstairs."});
        RESIDENT_ENQUIRIES.put(Theme.RENT_CHARGES, new String[]{"I've had the letter about the new service charge and I don't understand what the communal electricity line is for. Could someone explain the breakdown?"});
        RESIDENT_ENQUIRIES.put(Theme.ANTI_SOCIAL_BEHAVIOUR, new String[]{"Just to let you know the noise from next door has stopped since your officer wrote to them, so thank you for that."});
        RESIDENT_ENQUIRIES.put(Theme.STAFF_CONDUCT, new String[]{"I wanted to say thank you to {name} who came out for the home visit last week. She listened properly and sorted out the forms for me."});
        RESIDENT_ENQUIRIES.put(Theme.COMPLAINT_HANDLING, new String[]{"Could you tell me how I go about making a complaint? I'd like to know what the steps are before I decide."});
        RESIDENT_ENQUIRIES.put(Theme.ESTATE_SERVICES, new String[]{"When are the communal windows next being cleaned? A few of us on the landing were asking and nobody was sure of the schedule."});
        RESIDENT_ENQUIRIES.put(Theme.ADAPTATIONS_ACCESSIBILITY, new String[]{"My OT says I should have a grab rail by the front door and she is sending you a referral. I'm just checking what happens next and roughly how long it takes."});
        RESIDENT_ENQUIRIES.put(Theme.LETTINGS_MOVES, new String[]{"I'd like to know where I am on the transfer list and which band I'm in. We've had another baby so the flat is getting a bit small."});
        RESIDENT_ENQUIRIES.put(Theme.SAFETY_COMPLIANCE, new String[]{"I've had a letter saying an electrician needs to come in for an electrical check. What is it for and how long will it take? I'll need to arrange to be in."});
    }

    private Register() {
    }

    /** A record's own random stream, from its id: the home's stream is not touched. */
    public static Rng streamFor(String recordId) {
        return new Rng(Rng.mix(recordId.hashCode(), 0x5245474953544552L));
    }

    /** About half of the neutral enquiries are written by the resident (a few sentences), the rest are an officer's note. */
    public static String neutral(String officerNote, Theme theme, Rng rng) {
        if (!rng.chance(0.5)) {
            return officerNote;
        }
        String body = rng.pick(RESIDENT_ENQUIRIES.get(theme));
        String context = rng.chance(0.5) ? rng.pick(NEUTRAL_CONTEXT) : "";
        return Slots.fill(rng.pick(GREETINGS) + body + context + rng.pick(SIGN_OFFS), rng);
    }

    /** A dissatisfied message with the context and the ask real ones carry (short chasers stay short). */
    public static String dissatisfied(String text, Rng rng) {
        if (text.split("\\s+").length < 8) {
            return text;
        }
        String context = rng.chance(0.75) ? rng.pick(DISSATISFIED_CONTEXT) : "";
        String more = rng.chance(0.4) ? rng.pick(DISSATISFIED_CONTEXT) : "";
        String ask = rng.chance(0.7) ? rng.pick(DISSATISFIED_ASKS) : "";
        return Slots.fill(text + context + (more.equals(context) ? "" : more) + ask, rng);
    }

    /** A survey comment with a second sentence about half the time, in the comment's own direction. */
    public static String surveyComment(String comment, int score, Rng rng) {
        if (score == 3 || !rng.chance(0.5)) {
            return comment;
        }
        return Slots.fill(comment + rng.pick(score >= 4 ? SURVEY_GOOD_MORE : SURVEY_BAD_MORE), rng);
    }

    /** A repair reported by the resident (web form, email) carries a detail or two beyond the job's name. */
    public static String reportDetail(String job, Rng rng) {
        return Slots.fill(job + rng.pick(REPORT_DETAILS) + (rng.chance(0.4) ? rng.pick(REPORT_DETAILS) : ""), rng);
    }
}
