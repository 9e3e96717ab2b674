package io.complaintstreams.cli;

import io.complaintstreams.generator.GenerationSummary;
import io.complaintstreams.generator.GeneratorSettings;
import io.complaintstreams.generator.LandlordGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Writes a synthetic landlord's year of CRM events as JSON lines.",
                "One file per input topic (crm.contacts.jsonl, crm.service-requests.jsonl, crm.surveys.jsonl, crm.complaint-events.jsonl,",
                "crm.ombudsman-cases.jsonl).",
                "Deterministic: the same --seed and --homes give the same files. Load them with 'import'."})
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--output", paramLabel = "DIR", defaultValue = "generated", description = "Directory to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--homes", defaultValue = "1000", description = "Number of homes (default: ${DEFAULT-VALUE}).")
    int homes;

    /**
     * Not {@code run --demo}'s landlord ({@value GeneratorSettings#DEFAULT_LANDLORD_ID}): ids carry the landlord, so a
     * generated year imported beside the demo never merges with the demo's complaints.
     */
    static final String DEFAULT_LANDLORD = "LL-GEN";

    @Option(names = "--landlord", defaultValue = DEFAULT_LANDLORD, description = "Landlord id; every id it writes starts with it "
            + "(default: ${DEFAULT-VALUE}, not the demo's " + GeneratorSettings.DEFAULT_LANDLORD_ID + ", so the two never merge).")
    String landlord;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", defaultValue = "2025-04-01", description = "First day (default: ${DEFAULT-VALUE}, a financial year).")
    LocalDate from;

    @Option(names = "--days", defaultValue = "365", description = "Number of days (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--no-progress", description = "No progress bar.")
    boolean noProgress;

    @Override
    public Integer call() {
        if (homes < 1 || days < 1) {
            throw new BadInputException("--homes and --days must be at least 1");
        }
        GeneratorSettings settings = GeneratorSettings.of(seed, homes).withLandlordId(landlord).withPeriod(from, days);
        LandlordGenerator generator = new LandlordGenerator(settings);
        GenerationSummary summary;
        if (noProgress || System.console() == null) {
            summary = generator.writeJsonLines(output);
        } else {
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Generating").setInitialMax(generator.progressTotal())
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" homes", 1).build()) {
                summary = generator.writeJsonLines(output, bar::stepTo);
            }
        }
        summary.eventsPerTopic().forEach((topic, n) -> System.err.printf("  %-28s %,d events%n", topic, n));
        System.err.printf("Wrote %,d events for %,d homes of %s to %s%n", summary.totalEvents(), homes, landlord,
                summary.directory());
        return Main.OK;
    }
}
