package io.complaintstreams.generator.internal;

/** Fills {room}, {weeks}, {times}, {name} and {day} in text templates. */
public final class Slots {
    private static final String[] ROOMS = {"kitchen", "bathroom", "back bedroom", "front bedroom", "living room",
        "hallway", "box room", "toilet"};
    private static final String[] TIMES = {"twice", "three times", "four times", "five times"};
    private static final String[] NAMES = {"Jo", "Priya", "Mark", "Sam", "Aisha", "Dave", "Chloe", "Tom"};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};

    private Slots() {
    }

    public static String fill(String template, Rng rng) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        return template
                .replace("{room}", rng.pick(ROOMS))
                .replace("{weeks}", Integer.toString(rng.between(2, 9)))
                .replace("{times}", rng.pick(TIMES))
                .replace("{name}", rng.pick(NAMES))
                .replace("{day}", rng.pick(DAYS));
    }
}
