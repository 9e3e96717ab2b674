package io.complaintstreams.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** COMPLAINT_STREAMS_BENCH_BROKER_JAVA_OPTS sets the bench broker's JVM; unset or blank keeps the default. */
class BrokerOptionsTest {
    @Test
    void shouldUseTheVariableWhenGivenElseTheDefault() {
        assertEquals("-Xmx2g", BenchCluster.brokerOptionsFrom("-Xmx2g"));
        assertEquals(BenchCluster.BROKER_OPTIONS, BenchCluster.brokerOptionsFrom(null));
        assertEquals(BenchCluster.BROKER_OPTIONS, BenchCluster.brokerOptionsFrom("  "));
    }
}
