package io.complaintstreams.cli;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The process's default FORMAT locale: {@link Locale#US} when the default formats numbers exactly as US English does
 * (the usual {@code en} or {@code en_GB} of a server), else the default unchanged.
 *
 * <p>Why: JDK 17's {@code java.util.Formatter} (behind {@code String.format}) builds a new {@link DecimalFormatSymbols}
 * for every {@code %d} it prints unless its locale is exactly {@code Locale.US} ({@code Formatter.zero()}: "if l is
 * not Locale.US, DecimalFormatSymbols.getInstance(l).getZeroDigit()", per formatter, so per call). Kafka Streams
 * 4.3.1 formats log text with {@code String.format} on every record a task processes, whatever the log level, for
 * every source partition with nothing buffered ({@code PartitionGroup.readyToProcess}, added by KAFKA-19682; our
 * sub-topology 0 reads seven topics, two nearly always empty), and again in {@code TaskExecutionMetadata.canProcessTask}.
 * With the JVM's default {@code en} that was about 8% of the stream thread's CPU (JFR of the replaying app), spent
 * making {@code DecimalFormatSymbols}; with {@code en_US} the Formatter writes '0' directly. The text it prints is
 * the same: the switch is made only when the two locales' digits, separators, signs and grouping are the same, so
 * no figure this program or its libraries format changes.
 */
final class FormatLocale {
    private FormatLocale() {
    }

    /** Sets the default FORMAT locale to {@link #chosenFor} of the current one. */
    static void apply() {
        Locale current = Locale.getDefault(Locale.Category.FORMAT);
        Locale chosen = chosenFor(current);
        if (!chosen.equals(current)) {
            Locale.setDefault(Locale.Category.FORMAT, chosen);
        }
    }

    /** {@link Locale#US} when {@code current} is English and formats numbers as US English does, else {@code current}. */
    static Locale chosenFor(Locale current) {
        if (current.equals(Locale.US) || !"en".equals(current.getLanguage()) || !current.getVariant().isEmpty()) {
            return current;
        }
        return formatsNumbersAlike(current, Locale.US) ? Locale.US : current;
    }

    private static boolean formatsNumbersAlike(Locale a, Locale b) {
        DecimalFormatSymbols x = DecimalFormatSymbols.getInstance(a);
        DecimalFormatSymbols y = DecimalFormatSymbols.getInstance(b);
        return x.getZeroDigit() == y.getZeroDigit() && x.getGroupingSeparator() == y.getGroupingSeparator()
                && x.getDecimalSeparator() == y.getDecimalSeparator() && x.getMinusSign() == y.getMinusSign()
                && x.getExponentSeparator().equals(y.getExponentSeparator()) && x.getInfinity().equals(y.getInfinity())
                && x.getNaN().equals(y.getNaN()) && groupingSize(a) == groupingSize(b);
    }

    private static int groupingSize(Locale l) {
        NumberFormat f = NumberFormat.getIntegerInstance(l);
        return f instanceof DecimalFormat d ? d.getGroupingSize() : -1;
    }
}
