package io.complaintstreams.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AesGcmTest {
    private final byte[] key = AesGcm.newKey();
    private final byte[] text = "The mould in my son's bedroom is back".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldOpenWhatItSealedWithTheSameAssociatedData() {
        assertArrayEquals(text, AesGcm.open(key, AesGcm.seal(key, text, "Contact/e1/text"), "Contact/e1/text"));
    }

    @Test
    void shouldUseAFreshNonceForEverySeal() {
        byte[] a = AesGcm.seal(key, text, "x");
        byte[] b = AesGcm.seal(key, text, "x");
        assertFalse(Arrays.equals(Arrays.copyOf(a, 12), Arrays.copyOf(b, 12)));
        assertFalse(Arrays.equals(a, b));
    }

    @Test
    void shouldRefuseAnotherKeyAnotherAssociatedDataOrAlteredBytes() {
        byte[] sealed = AesGcm.seal(key, text, "Contact/e1/text");
        assertThrows(AesGcm.UnreadableException.class, () -> AesGcm.open(AesGcm.newKey(), sealed, "Contact/e1/text"));
        assertThrows(AesGcm.UnreadableException.class, () -> AesGcm.open(key, sealed, "Contact/e2/text"));
        byte[] altered = sealed.clone();
        altered[20] ^= 1;
        assertThrows(AesGcm.UnreadableException.class, () -> AesGcm.open(key, altered, "Contact/e1/text"));
        assertThrows(AesGcm.UnreadableException.class, () -> AesGcm.open(key, new byte[5], "Contact/e1/text"));
    }
}
