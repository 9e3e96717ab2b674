package io.complaintstreams.classifier.corpus;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The fixed split of the development set: a record is held out (never trained on) when the CRC-32 of its
 * id is even. {@code dev_train_half.tsv} holds exactly the other half.
 */
public final class DevSplit {
    private DevSplit() {
    }

    public static boolean isHeldOut(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }
}
