package io.complaintstreams.reporting.selfassessment;

import java.util.Comparator;
import java.util.regex.Pattern;

/** The Code's provision numbers ({@code 6.13}) and their order (6.2 before 6.13). */
final class Provisions {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}\\.\\d{1,2}");
    static final Comparator<String> ORDER = Comparator.<String>comparingInt(p -> part(p, 0)).thenComparingInt(p -> part(p, 1));

    private Provisions() {
    }

    static boolean isNumber(String provision) {
        return provision != null && NUMBER.matcher(provision).matches();
    }

    private static int part(String provision, int index) {
        return Integer.parseInt(provision.split("\\.")[index]);
    }
}
