package io.complaintstreams.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PeakRssTest {
    private static final String STATUS = """
            Name:\tjava
            VmPeak:\t 8117248 kB
            VmHWM:\t 1409876 kB
            VmRSS:\t  638476 kB
            Threads:\t42
            """;

    @Test
    void shouldReadVmHwmInKilobytes() {
        assertEquals(OptionalLong.of(1_409_876), PeakRss.parseKilobytes(STATUS, "VmHWM"));
        assertEquals(OptionalLong.of(638_476), PeakRss.parseKilobytes(STATUS, "VmRSS"));
    }

    @Test
    void shouldNotConfuseAFieldWithALongerNameStartingTheSame() {
        assertEquals(OptionalLong.empty(), PeakRss.parseKilobytes("VmHWMX:\t 5 kB\n", "VmHWM"));
    }

    @Test
    void shouldAnswerEmptyWhenTheFieldIsMissingAndFailOnAnotherUnit() {
        assertTrue(PeakRss.parseKilobytes("Name:\tjava\n", "VmHWM").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> PeakRss.parseKilobytes("VmHWM:\t 5 MB\n", "VmHWM"));
    }
}
