package io.complaintstreams.generator.internal;

import java.util.EnumMap;
import java.util.Map;

/** British social-housing wording for repair jobs, their progress and residents chasing them. */
public final class RepairTexts {
    private static final Map<Theme, String[]> JOBS = new EnumMap<>(Map.of(
            Theme.REPAIRS, new String[]{
                "plumbing|Leaking tap in the {room}, dripping constantly.", "plumbing|Toilet not flushing properly, cistern needs looking at.",
                "windows_doors|Back door lock stiff and hard to turn.", "windows_doors|Window in the {room} will not close, hinge broken.",
                "electrical|Socket in the {room} sparking, resident has stopped using it.", "carpentry|Kitchen cupboard door hanging off.",
                "roofing|Slates missing from the roof after the storm.", "kitchen_bathroom|Bath seal gone, water getting behind the panel.",
                "plumbing|Blocked sink in the kitchen.", "windows_doors|Front door letterbox broken, draught coming in.",
                "electrical|Light fitting in the hallway not working.", "roofing|Guttering at the back is hanging down."},
            Theme.DAMP_MOULD, new String[]{
                "damp_mould|Black mould on the {room} ceiling and around the window.", "damp_mould|Damp patch on the wall in the {room}, getting bigger.",
                "damp_mould|Condensation running down the windows every morning, mould on the sills.",
                "damp_mould|Mould behind the wardrobe in the {room}, clothes ruined.", "damp_mould|Damp smell in the {room}, wallpaper peeling."},
            Theme.HEATING_HOT_WATER, new String[]{
                "heating|No heating, boiler showing a fault code.", "heating|No hot water since yesterday.",
                "heating|Radiator in the {room} cold at the top, needs bleeding.", "heating|Boiler losing pressure every few days.",
                "heating|Thermostat not working, heating stays on all night."},
            Theme.ESTATE_SERVICES, new String[]{
                "communal|Communal door entry system not working.", "communal|Light out in the communal stairwell on the 2nd floor.",
                "communal|Bin store needs clearing, bags piled up.", "grounds|Grass verge by the car park not cut.",
                "communal|Graffiti on the wall by the bike store."},
            Theme.SAFETY_COMPLIANCE, new String[]{
                "fire_safety|Smoke alarm in the hall keeps chirping, please replace.", "fire_safety|Fire door self-closer broken on the landing.",
                "gas_safety|Annual gas safety check due, appointment needed.", "gas_safety|Carbon monoxide alarm beeping.",
                "electrical_safety|Electrical safety inspection (EICR) to book."},
            Theme.ADAPTATIONS_ACCESSIBILITY, new String[]{
                "adaptations|Grab rail needed by the front door, OT referral received.", "adaptations|Level access shower recommended by OT.",
                "adaptations|Stair rail loose on the landing.", "adaptations|Ramp at the back door needs repair."}));

    private static final String[] PROGRESS = {
        "Operative attended, parts ordered.", "Job allocated to contractor, appointment booked for {day}.",
        "Operative attended, further works needed, follow-on job raised.", "Contractor attended and made safe."};
    private static final String[] COMPLETED = {
        "Job completed, resident satisfied.", "Works completed on first visit.", "Repair completed, area left clean.",
        "Completed, operative tested and signed off."};
    private static final String[] CANCELLED = {
        "Cancelled: no access on two appointments.", "Cancelled at resident's request, fixed themselves.",
        "Cancelled: duplicate of an existing job.", "Cancelled: recharge repair, resident's responsibility."};
    private static final String[] CHASES = {
        "Still waiting for my repair to be fixed ({job}), this is the {nth} time I've rung.",
        "Ringing again about the repair: {job}. Reported {weeks} weeks ago and nobody has come out.",
        "Nobody turned up for the appointment on {day}. I took the day off work. When is someone coming? ({job})",
        "I've chased this {times} now and keep getting told it's with the contractor. Not good enough. ({job})",
        "Calling again, {job}. I'm fed up of being passed from pillar to post.",
        "Why has nobody been out? I was promised a call back and never got one. Still {job}."};
    /** A first follow-up that only asks for news: most residents ask politely once before they complain. */
    private static final String[] FIRST_ENQUIRIES = {
        "Hi, just checking when someone is booked to come for the {job}?",
        "Any update on the {job} please? Thanks.",
        "Could you let me know if there is a date yet for the {job}?"};
    private static final String[] DISSATISFIED_JOBS = {
        "Same problem as last month, same contractor, same outcome: {job}. Still not fixed.",
        "Reporting this AGAIN ({job}). The last repair lasted a week.",
        "Please can someone actually fix this time: {job}. It has been going on for {weeks} weeks."};

    private RepairTexts() {
    }

    /** A job as {category, text}; each template is written "category|text". */
    public static String[] job(Theme theme, Rng rng) {
        String[] parts = rng.pick(JOBS.getOrDefault(theme, JOBS.get(Theme.REPAIRS))).split("\\|", 2);
        return new String[]{parts[0], Slots.fill(parts[1], rng)};
    }

    public static String dissatisfiedJob(String job, Rng rng) {
        return Slots.fill(rng.pick(DISSATISFIED_JOBS).replace("{job}", shortJob(job)), rng);
    }

    public static String progress(Rng rng) {
        return Slots.fill(rng.pick(PROGRESS), rng);
    }

    public static String completed(Rng rng) {
        return rng.pick(COMPLETED);
    }

    public static String cancelled(Rng rng) {
        return rng.pick(CANCELLED);
    }

    public static String reportContact(String channel, String job, Rng rng) {
        String opener = switch (channel) {
            case "phone" -> rng.pick("Tenant called to report: ", "Resident rang: ", "");
            case "web" -> "Web form: ";
            case "visit" -> "Reported at the home visit: ";
            default -> rng.pick("Resident reports: ", "");
        };
        return opener + job + rng.pick(" Job raised.", " Repair logged.", " Appointment offered.", "");
    }

    /**
     * A resident chasing the job; {@code nth} counts from 1. For about half of the jobs (chosen by the job's wording)
     * the first follow-up is a plain enquiry; the usual chase is drawn anyway, so the home's random stream is unchanged.
     */
    public static String chase(String job, int nth, Rng rng) {
        String ordinal = switch (nth) {
            case 1 -> "second";
            case 2 -> "third";
            case 3 -> "fourth";
            default -> "fifth";
        };
        String chase = Slots.fill(rng.pick(CHASES).replace("{job}", shortJob(job)).replace("{nth}", ordinal), rng);
        int h = job.hashCode() & 0x7fffffff;
        return nth == 1 && h % 2 == 0 ? FIRST_ENQUIRIES[(h / 2) % FIRST_ENQUIRIES.length].replace("{job}", shortJob(job)) : chase;
    }

    /** "Leaking tap in the kitchen, dripping constantly." becomes "leaking tap in the kitchen". */
    static String shortJob(String job) {
        String first = job.split("[,.]")[0].trim();
        return Character.toLowerCase(first.charAt(0)) + first.substring(1);
    }
}
