package io.complaintstreams.cli;

import io.complaintstreams.classifier.ClassifyRunner;
import java.io.PrintStream;
import io.complaintstreams.domain.io.LineReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Dissatisfaction and theme classifier (Code 1.2, 1.3, 1.5, 1.6).",
                "Input: TSV with a header row, or JSON lines; columns/fields id, source (contact|service_request|survey), text.",
                "Output: {\"id\",\"dissatisfied\",\"themes\":[...],\"action\",\"confidence\",\"needsReview\",\"reviewReason\",\"reasons\":[...]} per record.",
                "A bad line gives {\"line\":N,\"error\":\"...\",\"field\":\"...\"} and exit code 2."})
public final class ClassifyCommand implements Callable<Integer> {
    @Option(names = "--input", required = true, paramLabel = "FILE", description = "TSV or JSON-lines file, or - for standard input.")
    String input;

    @Option(names = "--encoding", defaultValue = "UTF-8", paramLabel = "CHARSET",
            description = "Encoding of the input (default: ${DEFAULT-VALUE}; a byte order mark is skipped); windows-1252 for Excel's plain CSV/TSV. A line not valid in it gets an error line naming the encoding.")
    String encoding;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Charset charset = InputFiles.encoding(encoding);
        try (LineReader in = new LineReader(InputFiles.open(input), charset)) {
            InputFiles.stateEncoding("classify", charset);
            int code = new ClassifyRunner().run(in, out);
            out.flush();
            return code;
        }
    }
}
