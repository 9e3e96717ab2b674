package io.complaintstreams.bench;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A random privacy master key (base64, 256 bits) for one bench run: an app on an external cluster seals residents'
 * text and needs one (privacy.master-key); the bench's data is synthetic, so the key is thrown away with the run.
 */
final class ThrowawayMasterKey {
    private ThrowawayMasterKey() {
    }

    static String create() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
