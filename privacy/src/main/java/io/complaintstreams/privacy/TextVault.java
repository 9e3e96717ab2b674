package io.complaintstreams.privacy;

import complaintstreams.events.SealedText;
import java.util.Optional;

/**
 * Opens sealed free text for the classifier. Empty when the text cannot be read any more: its key was erased
 * (erase --resident), its period is past {@code privacy.text-retention}, or no master key is configured. Callers
 * treat empty as "no text".
 */
public interface TextVault {
    Optional<String> open(SealedText sealed, String associatedData);

    /** A vault that can open nothing (no master key configured). */
    static TextVault none() {
        return (sealed, aad) -> Optional.empty();
    }

    /** Clear text if given, else the sealed text opened, else empty. */
    default Optional<String> textOf(String clear, SealedText sealed, String associatedData) {
        if (sealed != null) {
            return open(sealed, associatedData);
        }
        return clear == null || clear.isEmpty() ? Optional.empty() : Optional.of(clear);
    }
}
