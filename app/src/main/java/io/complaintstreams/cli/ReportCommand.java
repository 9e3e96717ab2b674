package io.complaintstreams.cli;

import io.complaintstreams.config.HomesParser;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.report.ComplaintEventSource;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.ReportJson;
import io.complaintstreams.reporting.annual.AnnualReport;
import io.complaintstreams.reporting.annual.AnnualReportBuilder;
import io.complaintstreams.reporting.html.AnnualReportHtml;
import io.complaintstreams.reporting.tsm.TsmCalculator;
import io.complaintstreams.topics.Topics;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report tsm} and {@code report annual}: TSM CH01/CH02 and the Code 8.1 annual report for a financial year. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Reports for a financial year (1 April to 31 March).",
        subcommands = {ReportCommand.Tsm.class, ReportCommand.Annual.class})
public final class ReportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options shared by both reports: the period, where the complaint events come from, homes and landlord. */
    static final class Source {
        @Option(names = "--period", required = true, paramLabel = "YYYY-YY", description = "Financial year, e.g. 2025-26 (1 April 2025 to 31 March 2026).")
        String period;

        @Option(names = "--input", paramLabel = "FILE", description = "Complaint events as JSON lines (e.g. crm.complaint-events.jsonl from generate; - for stdin) instead of Kafka.")
        String input;

        @Option(names = "--bootstrap-servers", defaultValue = "127.0.0.1:9092", description = "Kafka cluster (default: ${DEFAULT-VALUE}).")
        String bootstrapServers;

        @Option(names = "--topic-prefix", defaultValue = "", description = "Prefix of the project's topics.")
        String topicPrefix;

        @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS", description = "Give up reading Kafka after SECONDS (default: ${DEFAULT-VALUE}).")
        long timeoutSeconds;

        @Option(names = "--landlord", paramLabel = "ID", description = "Only this landlord (default: all, homes summed).")
        String landlordId;

        @Option(names = "--homes", paramLabel = "LANDLORD=N", description = "A landlord's number of homes (repeatable).")
        List<String> homes = new ArrayList<>();

        FinancialYear year() {
            return FinancialYear.parse(period);
        }

        Map<String, Integer> homesByLandlord() {
            return HomesParser.parse(homes);
        }

        Collection<List<ComplaintFact>> complaints() throws IOException {
            if (input != null) {
                try (Reader reader = InputFiles.open(input)) {
                    return ComplaintEventSource.fromJsonLines(reader);
                }
            }
            String topic = new Topics(topicPrefix).complaintEvents.name();
            return ComplaintEventSource.fromKafka(bootstrapServers, topic, Duration.ofSeconds(timeoutSeconds));
        }
    }

    @Command(name = "tsm", mixinStandardHelpOptions = true,
            description = "TSM CH01 and CH02 for the financial year as one JSON object (CONTRACTS sections 5 and 6).")
    static final class Tsm implements Callable<Integer> {
        @Mixin
        Source source;

        @Override
        public Integer call() throws IOException {
            FinancialYear year = source.year();
            Map<String, Integer> homes = source.homesByLandlord();
            System.out.println(ReportJson.write(TsmCalculator.standard().calculate(source.complaints(), year, homes, source.landlordId)));
            return Main.OK;
        }
    }

    @Command(name = "annual", mixinStandardHelpOptions = true,
            description = "The Code 8.1 annual complaints performance and service improvement report (JSON or a printable HTML page).")
    static final class Annual implements Callable<Integer> {
        @Mixin
        Source source;

        @Option(names = "--format", defaultValue = "json", paramLabel = "html|json", description = "Output format (default: ${DEFAULT-VALUE}).")
        String format;

        @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path output;

        @Option(names = "--statements", paramLabel = "DIR", description = "Directory of the landlord's own parts: self-assessment.md, "
                + "service-improvements.md, ombudsman-findings.md, ombudsman-reports.md, ombudsman-referrals.csv.")
        Path statements;

        @Override
        public Integer call() throws IOException {
            FinancialYear year = source.year();
            if (!format.equals("json") && !format.equals("html")) {
                throw new BadInputException("--format must be html or json, got '" + format + "'");
            }
            if (statements != null && !Files.isDirectory(statements)) {
                throw new BadInputException("--statements " + statements + " is not a directory");
            }
            Map<String, Integer> homes = source.homesByLandlord();
            AnnualReport report = AnnualReportBuilder.standard().build(source.complaints(), year, homes, source.landlordId, statements);
            String text = format.equals("html") ? AnnualReportHtml.render(report) : ReportJson.write(report) + System.lineSeparator();
            if (output == null) {
                System.out.print(text);
                System.out.flush();
            } else {
                Files.writeString(output, text, StandardCharsets.UTF_8);
                System.err.println("Wrote " + output.toAbsolutePath());
            }
            return Main.OK;
        }
    }
}
