package io.complaintstreams.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/** CPU time of one Kafka Streams client's stream threads ({@code CLIENT_ID-StreamThread-N}), from the JVM's ThreadMXBean. */
final class StreamThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StreamThreadCpu() {
    }

    /** Sum of the CPU nanoseconds (user and system) of the live stream threads of {@code clientId}; -1 if unsupported. */
    static long nanos(String clientId) {
        if (!THREADS.isThreadCpuTimeSupported()) {
            return -1;
        }
        if (!THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        String prefix = clientId + "-StreamThread-";
        long total = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                long cpu = THREADS.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    total += cpu;
                }
            }
        }
        return total;
    }
}
