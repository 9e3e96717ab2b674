package io.complaintstreams.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The live heap the bench reports is read from jcmd GC.heap_info, whichever collector the JVM runs. */
class HeapInfoTest {
    @Test
    void shouldReadG1sOneHeapLine() {
        String g1 = """
                12345:
                 garbage-first heap   total 342016K, used 250368K [0x00000000c0000000, 0x0000000100000000)
                  region size 1024K, 31 young (31744K), 2 survivors (2048K)
                 Metaspace       used 54024K, committed 55232K, reserved 1114112K
                  class space    used 6285K, committed 6848K, reserved 1048576K
                """;
        assertEquals(OptionalLong.of(250368), ChildJvm.usedHeapKilobytes(g1));
    }

    @Test
    void shouldAddSerialsGenerations() {
        String serial = """
                12345:
                 def new generation   total 39424K, used 1187K [0x00000000e0000000, 0x00000000e2ac0000, 0x00000000eaaa0000)
                  eden space 35072K,   3% used [0x00000000e0000000, 0x00000000e0128d58, 0x00000000e2240000)
                 tenured generation   total 87424K, used 80123K [0x00000000eaaa0000, 0x00000000f0000000, 0x0000000100000000)
                 Metaspace       used 54024K, committed 55232K, reserved 1114112K
                """;
        assertEquals(OptionalLong.of(1187 + 80123), ChildJvm.usedHeapKilobytes(serial));
    }

    @Test
    void shouldSayNothingWithoutAHeapLine() {
        assertEquals(OptionalLong.empty(), ChildJvm.usedHeapKilobytes("12345:\nAttachNotSupportedException\n"));
    }
}
