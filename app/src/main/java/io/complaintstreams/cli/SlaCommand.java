package io.complaintstreams.cli;

import io.complaintstreams.domain.calendar.WorkingDayCalendar;
import io.complaintstreams.domain.deadline.CodeRules;
import io.complaintstreams.domain.deadline.DeadlineCalculator;
import io.complaintstreams.domain.sla.SlaRunner;
import java.io.PrintStream;
import io.complaintstreams.domain.io.LineReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sla", mixinStandardHelpOptions = true,
        description = {"Complaint Handling Code deadline calculator over JSON lines.",
                "One answer line per input line.",
                "Input: {\"id\",\"stage\":1|2,\"received\":\"YYYY-MM-DD\",\"acknowledged\"?,\"extensionWorkingDays\"?,\"responded\"?,\"asOf\"}",
                "Output: {\"id\",\"acknowledgeBy\",\"respondBy\",\"acknowledgedOnTime\",\"respondedOnTime\",\"extensionCompliant\",\"status\"}",
                "An unreadable line gives {\"line\":N,\"error\":\"...\"} and exit code 2; the other lines are still answered."})
public final class SlaCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE", description = "JSON-lines file, or - for standard input.")
    String input;

    @Option(names = "--bank-holidays", paramLabel = "FILE", description = "Extra bank holidays (one 'YYYY-MM-DD name' a line) added to the shipped GOV.UK list.")
    Path bankHolidays;

    @Option(names = "--due-soon-working-days", defaultValue = "2", description = "DUE_SOON when this many working days or fewer remain (default: ${DEFAULT-VALUE}).")
    int dueSoon;

    @Option(names = "--encoding", defaultValue = "UTF-8", paramLabel = "CHARSET",
            description = "Encoding of the input (default: ${DEFAULT-VALUE}; a byte order mark is skipped); windows-1252 for Excel's plain CSV/TSV. A line not valid in it gets an error line naming the encoding.")
    String encoding;

    @Override
    public Integer call() throws Exception {
        WorkingDayCalendar calendar = bankHolidays == null ? WorkingDayCalendar.englandAndWales()
                : WorkingDayCalendar.englandAndWales(bankHolidays, false);
        var runner = new SlaRunner(new DeadlineCalculator(calendar, CodeRules.housingOmbudsmanCode(), dueSoon));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Charset charset = InputFiles.encoding(encoding);
        try (LineReader in = new LineReader(InputFiles.open(input), charset)) {
            InputFiles.stateEncoding("sla", charset);
            int code = runner.run(in, out);
            out.flush();
            return code;
        }
    }
}
