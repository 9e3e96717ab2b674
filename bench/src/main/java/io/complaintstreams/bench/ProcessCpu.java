package io.complaintstreams.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * CPU time of whole processes (user + system, every thread: JIT, GC, client I/O threads included), in nanoseconds;
 * -1 where the platform does not say. The bench's own JVM from its OperatingSystemMXBean, another process (the
 * broker's) from {@link ProcessHandle.Info#totalCpuDuration()} (on Linux {@code /proc/PID/stat}).
 */
final class ProcessCpu {
    private ProcessCpu() {
    }

    /** This JVM's CPU nanoseconds so far. */
    static long ofThisProcess() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    /** CPU nanoseconds so far of the process {@code pid}; -1 if it is gone or the platform does not say. */
    static long of(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration()).map(Duration::toNanos).orElse(-1L);
    }
}
