package io.complaintstreams.classifier.internal;

/**
 * Maps emoji that carry a feeling to word tokens, so that "great service 🙄" has a word the lexicons and the model
 * can weigh. Code points from the Unicode emoji blocks; any other symbol gives no token.
 */
final class Emoji {
    private Emoji() {
    }

    /** {@code <eyeroll>}, {@code <angry>}, {@code <sad>}, {@code <happy>}, or null for any other code point. */
    static String token(int cp) {
        return switch (cp) {
            case 0x1F644, 0x1F612, 0x1F611, 0x1F610, 0x1F928 -> "<eyeroll>";  // rolling eyes, unamused, blank, neutral, raised brow
            case 0x1F621, 0x1F620, 0x1F92C, 0x1F624, 0x1F44E, 0x1F4A9, 0x1F922, 0x1F92E -> "<angry>";
            case 0x1F622, 0x1F62D, 0x1F61E, 0x1F614, 0x1F629, 0x1F62B, 0x1F625, 0x1F630, 0x1F97A, 0x2639 -> "<sad>";
            case 0x1F44D, 0x1F642, 0x1F60A, 0x1F600, 0x1F603, 0x1F604, 0x1F601, 0x1F60D, 0x1F970, 0x1F64F, 0x2764,
                    0x1F496, 0x1F495, 0x263A, 0x1F44F, 0x1F389 -> "<happy>";
            default -> null;
        };
    }
}
