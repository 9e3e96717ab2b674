package io.complaintstreams.cli;

import io.complaintstreams.reporting.html.PdfExport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Option;

/** Where a report goes ({@code --output FILE} or standard output), and the checks its options share. */
final class Output {
    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path file;

    void write(String text) throws IOException {
        if (file == null) {
            System.out.print(text);
            System.out.flush();
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            System.err.println("Wrote " + file.toAbsolutePath());
        }
    }

    /** Writes a binary document (a PDF) to --output, which it needs: binary on a terminal helps nobody. */
    void writeBinary(byte[] document) throws IOException {
        if (file == null) {
            throw new BadInputException("--format pdf needs --output FILE");
        }
        Files.write(file, document);
        System.err.println("Wrote " + file.toAbsolutePath());
    }

    /** Writes the page as HTML text, or as a PDF when the format is pdf. */
    void writePage(String format, String html) throws IOException {
        if (format.equals("pdf") && file == null) {
            throw new BadInputException("--format pdf needs --output FILE");
        }
        if (format.equals("pdf")) {
            writeBinary(PdfExport.of(html));
        } else {
            write(html);
        }
    }

    /** @throws BadInputException (exit 2) naming --format when it is not one of {@code allowed} */
    static void requireFormat(String format, String... allowed) {
        if (!Arrays.asList(allowed).contains(format)) {
            throw new BadInputException("--format must be " + String.join(" or ", allowed) + ", got '" + format + "'");
        }
    }

    /** @throws BadInputException (exit 2) when a --statements path is given but is not a directory */
    static void requireDirectory(Path statements) {
        if (statements != null && !Files.isDirectory(statements)) {
            throw new BadInputException("--statements " + statements + " is not a directory");
        }
    }
}
