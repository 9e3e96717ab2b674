package io.complaintstreams.cli;

import io.complaintstreams.config.HomesParser;
import io.complaintstreams.domain.complaint.ComplaintFact;
import io.complaintstreams.report.ComplaintEventSource;
import io.complaintstreams.reporting.FinancialYear;
import io.complaintstreams.reporting.ReportJson;
import io.complaintstreams.reporting.annual.AnnualReport;
import io.complaintstreams.reporting.annual.AnnualReportBuilder;
import io.complaintstreams.reporting.html.AnnualReportHtml;
import io.complaintstreams.reporting.html.QuarterPackHtml;
import io.complaintstreams.reporting.html.SelfAssessmentHtml;
import io.complaintstreams.reporting.quarter.FinancialQuarter;
import io.complaintstreams.reporting.quarter.QuarterPack;
import io.complaintstreams.reporting.quarter.QuarterPackBuilder;
import io.complaintstreams.reporting.selfassessment.SelfAssessment;
import io.complaintstreams.reporting.selfassessment.SelfAssessmentBuilder;
import io.complaintstreams.reporting.selfassessment.SelfAssessmentCsv;
import io.complaintstreams.reporting.tsm.TsmCalculator;
import io.complaintstreams.topics.Topics;
import java.io.IOException;
import io.complaintstreams.domain.io.LineReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
        subcommands = {ReportCommand.Tsm.class, ReportCommand.Annual.class, ReportCommand.SelfAssessmentReport.class,
                ReportCommand.Quarter.class})
public final class ReportCommand implements Runnable {
    static final String YEAR_HELP = "Financial year, e.g. 2025-26 (1 April 2025 to 31 March 2026).";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options every report shares: where the complaint events come from, homes and landlord (each report names its period and adds its own sources). */
    static final class Source {
        @Option(names = "--input", paramLabel = "FILE", description = "Complaint events as JSON lines (e.g. crm.complaint-events.jsonl from generate; - for stdin) instead of Kafka.")
        String input;

        @Option(names = "--encoding", defaultValue = "UTF-8", paramLabel = "CHARSET",
                description = "Encoding of --input (default: ${DEFAULT-VALUE}; a byte order mark is skipped).")
        String encoding;

        @Option(names = "--bootstrap-servers", description = InstanceTarget.BOOTSTRAP_HELP)
        String bootstrapServers;

        @Option(names = "--topic-prefix", description = InstanceTarget.PREFIX_HELP)
        String topicPrefix;

        @Option(names = "--data-dir", paramLabel = "DIR", description = InstanceTarget.DATA_DIR_HELP)
        Path dataDir;

        @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS", description = "Give up reading Kafka after SECONDS (default: ${DEFAULT-VALUE}).")
        long timeoutSeconds;

        @Option(names = "--landlord", paramLabel = "ID", description = "Only this landlord (default: all, homes summed).")
        String landlordId;

        @Option(names = "--homes", paramLabel = "LANDLORD=N", description = "A landlord's number of homes (repeatable; default: "
                + "reading from Kafka, the running instance's, e.g. run --demo's LL-DEMO=2000).")
        List<String> homes = new ArrayList<>();

        /** {@code --homes}; without it, reading from Kafka, the homes of the running instance found (InstanceTarget). */
        Map<String, Integer> homesByLandlord() {
            if (homes.isEmpty() && input == null) {
                return InstanceTarget.resolve(dataDir, bootstrapServers, topicPrefix).instance()
                        .map(io.complaintstreams.app.InstanceFile::homes).orElse(Map.of());
            }
            return HomesParser.parse(homes);
        }

        /**
         * The landlord's local targets of the running instance found (its instance.json, written by {@code run} from
         * {@code local-target.*}), so the report agrees with the instance's {@code /api/v1/reports/*}; none with
         * {@code --input} or without a running instance.
         */
        io.complaintstreams.domain.deadline.LocalTargets localTargets() {
            if (input != null) {
                return io.complaintstreams.domain.deadline.LocalTargets.none();
            }
            return InstanceTarget.resolve(dataDir, bootstrapServers, topicPrefix).instance()
                    .map(io.complaintstreams.app.InstanceFile::localTargets).orElse(io.complaintstreams.domain.deadline.LocalTargets.none());
        }

        Collection<List<ComplaintFact>> complaints() throws IOException {
            if (input != null) {
                Charset charset = InputFiles.encoding(encoding);
                try (LineReader reader = new LineReader(InputFiles.open(input), charset)) {
                    InputFiles.stateEncoding("report", charset);
                    return ComplaintEventSource.fromJsonLines(reader);
                }
            }
            InstanceTarget target = InstanceTarget.resolve(dataDir, bootstrapServers, topicPrefix);
            String topic = new Topics(target.topicPrefix()).complaintEvents.name();
            return ComplaintEventSource.fromKafka(target.bootstrapServers(), topic, Duration.ofSeconds(timeoutSeconds));
        }
    }

    /** {@code --ombudsman-input}: the Ombudsman's case events, for the annual report and the quarterly pack. */
    static final class OmbudsmanSource {
        @Option(names = "--ombudsman-input", paramLabel = "FILE", description = "Ombudsman case events as JSON lines "
                + "(crm.ombudsman-cases.jsonl from generate) with --input; without --input they are read from Kafka. When the "
                + "landlord has any, they give the referrals, determinations and orders instead of the statements files.")
        String ombudsmanInput;

        List<io.complaintstreams.domain.ombudsman.OmbudsmanFact> ombudsman(Source source) throws IOException {
            if (ombudsmanInput != null) {
                try (LineReader reader = new LineReader(InputFiles.open(ombudsmanInput), InputFiles.encoding(source.encoding))) {
                    return io.complaintstreams.report.OmbudsmanEventSource.fromJsonLines(reader);
                }
            }
            if (source.input != null) {
                return List.of();
            }
            InstanceTarget target = InstanceTarget.resolve(source.dataDir, source.bootstrapServers, source.topicPrefix);
            return io.complaintstreams.report.OmbudsmanEventSource.fromKafka(target.bootstrapServers(),
                    new Topics(target.topicPrefix()).ombudsmanCases.name(), Duration.ofSeconds(source.timeoutSeconds));
        }
    }

    /** The records behind self-assessment rows 1.4-1.6 (service requests, contacts, surveys) and the completion targets. */
    static final class ServiceSource {
        @Option(names = "--service-requests-input", paramLabel = "FILE", description = "Service requests as JSON lines "
                + "(crm.service-requests.jsonl from generate) with --input, for self-assessment rows 1.4 and 1.5.")
        String serviceRequestsInput;

        @Option(names = "--contacts-input", paramLabel = "FILE", description = "Contacts as JSON lines (crm.contacts.jsonl) with "
                + "--input: those naming a service request are classified for row 1.5.")
        String contactsInput;

        @Option(names = "--surveys-input", paramLabel = "FILE", description = "Survey responses as JSON lines (crm.surveys.jsonl) "
                + "with --input, for row 1.6. Without --input, the three are read from Kafka with complaints.signals.")
        String surveysInput;

        @Option(names = "--service-request-targets", paramLabel = "CATEGORY=DAYS,...", defaultValue = "",
                description = "The landlord's completion targets in working days by category (e.g. repairs=15,heating=5), as "
                        + "service-requests.targets; a request with its own dueAt is due then.")
        String serviceRequestTargets;

        /** The records behind rows 1.4-1.6: the three files with --input (none given: none), else the topics. */
        io.complaintstreams.reporting.selfassessment.ServiceRecords serviceRecords(Source source) throws IOException {
            io.complaintstreams.domain.request.ServiceRequestTargets targets;
            try {
                targets = io.complaintstreams.domain.request.ServiceRequestTargets.parse(serviceRequestTargets);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--service-request-targets: " + e.getMessage());
            }
            if (source.input != null) {
                if (serviceRequestsInput == null && contactsInput == null && surveysInput == null) {
                    return io.complaintstreams.reporting.selfassessment.ServiceRecords.none();
                }
                Charset charset = InputFiles.encoding(source.encoding);
                try (LineReader requests = reader(serviceRequestsInput, charset); LineReader contacts = reader(contactsInput, charset);
                     LineReader surveys = reader(surveysInput, charset)) {
                    return io.complaintstreams.report.ServiceRecordSource.fromJsonLines(requests, contacts, surveys,
                            io.complaintstreams.classifier.Classifier.defaultModel(), targets);
                }
            }
            InstanceTarget target = InstanceTarget.resolve(source.dataDir, source.bootstrapServers, source.topicPrefix);
            return io.complaintstreams.report.ServiceRecordSource.fromKafka(target.bootstrapServers(), new Topics(target.topicPrefix()),
                    targets, Duration.ofSeconds(source.timeoutSeconds));
        }

        private static LineReader reader(String file, Charset charset) throws IOException {
            return file == null ? null : new LineReader(InputFiles.open(file), charset);
        }
    }

    @Command(name = "tsm", mixinStandardHelpOptions = true,
            description = "TSM CH01 and CH02 for the financial year as one JSON object (CONTRACTS sections 5 and 6).")
    static final class Tsm implements Callable<Integer> {
        @Mixin
        Source source;

        @Option(names = "--period", required = true, paramLabel = "YYYY-YY", description = YEAR_HELP)
        String period;

        @Override
        public Integer call() throws IOException {
            FinancialYear year = FinancialYear.parse(period);
            Map<String, Integer> homes = source.homesByLandlord();
            Collection<List<ComplaintFact>> complaints = source.complaints();
            var tsm = TsmCalculator.standard().calculate(complaints, year, homes, source.landlordId);
            boolean anyInYear = complaints.stream().flatMap(Collection::stream).anyMatch(f ->
                    (source.landlordId == null || source.landlordId.equals(f.landlordId())) && year.contains(f.date()));
            if (!anyInYear) {
                System.err.println("note: no data for " + (source.landlordId == null ? "this period" : "landlord " + source.landlordId
                        + " in this period") + ": no complaint event is dated from " + year.firstDay() + " to " + year.lastDay()
                        + "; the zeros are not measured");
            }
            if (!tsm.landlordsWithoutHomes().isEmpty() && tsm.homes() != null) {
                System.err.println("warning: no --homes for " + String.join(", ", tsm.landlordsWithoutHomes())
                        + ": their complaints are counted against the other landlords' homes, so CH01 reads high");
            }
            System.out.println(ReportJson.write(tsm));
            return Main.OK;
        }
    }

    @Command(name = "annual", mixinStandardHelpOptions = true,
            description = "The Code 8.1 annual complaints performance and service improvement report (JSON or a printable HTML page).")
    static final class Annual implements Callable<Integer> {
        @Mixin
        Source source;

        @Mixin
        OmbudsmanSource ombudsman;

        @Mixin
        Output output;

        @Option(names = "--period", required = true, paramLabel = "YYYY-YY", description = YEAR_HELP)
        String period;

        @Option(names = "--format", defaultValue = "json", paramLabel = "html|json|pdf", description = "Output format (default: ${DEFAULT-VALUE}; pdf needs --output).")
        String format;

        @Option(names = "--statements", paramLabel = "DIR", description = "Directory of the landlord's own parts: self-assessment.md, "
                + "service-improvements.md, ombudsman-findings.md, ombudsman-reports.md, governing-body-response.md, ombudsman-referrals.csv.")
        Path statements;

        @Override
        public Integer call() throws IOException {
            FinancialYear year = FinancialYear.parse(period);
            Output.requireFormat(format, "html", "json", "pdf");
            Output.requireDirectory(statements);
            AnnualReport report = AnnualReportBuilder.withLocalTargets(source.localTargets()).build(source.complaints(), ombudsman.ombudsman(source), year,
                    source.homesByLandlord(), source.landlordId, statements, Instant.now());
            if (report.noData() != null) {
                System.err.println("note: " + report.noData());
            }
            if (format.equals("json")) {
                output.write(ReportJson.write(report) + System.lineSeparator());
            } else {
                output.writePage(format, AnnualReportHtml.render(report));
            }
            return Main.OK;
        }
    }

    @Command(name = "self-assessment", mixinStandardHelpOptions = true,
            description = "Evidence from data for the Code's self-assessment form (Appendix A): per provision the measured figure, "
                    + "its exceptions and a suggested reading for a person to confirm (HTML, JSON, or CSV in the form's columns).")
    static final class SelfAssessmentReport implements Callable<Integer> {
        @Mixin
        Source source;

        @Mixin
        ServiceSource services;

        @Mixin
        Output output;

        @Option(names = "--period", required = true, paramLabel = "YYYY-YY", description = YEAR_HELP)
        String period;

        @Option(names = "--format", defaultValue = "json", paramLabel = "html|json|csv|pdf", description = "Output format (default: ${DEFAULT-VALUE}; pdf needs --output).")
        String format;

        @Option(names = "--statements", paramLabel = "DIR", description = "Directory with the landlord's own rows: self-assessment.csv "
                + "(columns provision, requirement, comply, evidence, commentary).")
        Path statements;

        @Override
        public Integer call() throws IOException {
            FinancialYear year = FinancialYear.parse(period);
            Output.requireFormat(format, "html", "json", "csv", "pdf");
            Output.requireDirectory(statements);
            SelfAssessment assessment = SelfAssessmentBuilder.standard().build(source.complaints(), services.serviceRecords(source), year,
                    source.landlordId, statements, Instant.now());
            if (assessment.noData() != null) {
                System.err.println("note: " + assessment.noData());
            }
            switch (format) {
                case "csv" -> output.write(SelfAssessmentCsv.write(assessment));
                case "json" -> output.write(ReportJson.write(assessment) + System.lineSeparator());
                default -> output.writePage(format, SelfAssessmentHtml.render(assessment));
            }
            return Main.OK;
        }
    }

    @Command(name = "quarter", mixinStandardHelpOptions = true,
            description = "The quarterly complaints pack for the MRC and the governing body (Code 9.7): volumes, categories and themes "
                    + "against the previous quarter and the same quarter last year, timeliness, outcomes, refusals, remedies, "
                    + "Ombudsman outcomes and orders, learning actions (printable HTML or JSON).")
    static final class Quarter implements Callable<Integer> {
        @Mixin
        Source source;

        @Mixin
        OmbudsmanSource ombudsman;

        @Mixin
        Output output;

        @Option(names = "--period", required = true, paramLabel = "YYYY-YY-Qn",
                description = "Quarter of a financial year, e.g. 2025-26-Q3 (October to December 2025); Q1 is April to June.")
        String period;

        @Option(names = "--format", defaultValue = "json", paramLabel = "html|json|pdf", description = "Output format (default: ${DEFAULT-VALUE}; pdf needs --output).")
        String format;

        @Option(names = "--statements", paramLabel = "DIR", description = "Directory of the landlord's own parts: learning-actions.md, "
                + "ombudsman-referrals.csv, ombudsman-orders.csv (columns due, completed, orderId, complaintId, order).")
        Path statements;

        @Override
        public Integer call() throws IOException {
            FinancialQuarter quarter = FinancialQuarter.parse(period);
            Output.requireFormat(format, "html", "json", "pdf");
            Output.requireDirectory(statements);
            QuarterPack pack = QuarterPackBuilder.withLocalTargets(source.localTargets()).build(source.complaints(), ombudsman.ombudsman(source), quarter,
                    source.homesByLandlord(), source.landlordId, statements, Instant.now());
            if (pack.noData() != null) {
                System.err.println("note: " + pack.noData());
            }
            if (format.equals("json")) {
                output.write(ReportJson.write(pack) + System.lineSeparator());
            } else {
                output.writePage(format, QuarterPackHtml.render(pack));
            }
            return Main.OK;
        }
    }
}
