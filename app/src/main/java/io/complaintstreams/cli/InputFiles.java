package io.complaintstreams.cli;

import io.complaintstreams.domain.io.LineReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --input FILE}, where {@code -} is standard input, and {@code --encoding CHARSET}: the bytes go to the one
 * {@link LineReader} every command uses (BOM skipped, CRLF handled, undecodable lines refused, never altered).
 */
final class InputFiles {
    private InputFiles() {}

    static InputStream open(String input) throws IOException {
        if ("-".equals(input)) {
            return System.in;
        }
        Path path = Path.of(input);
        if (!Files.isRegularFile(path)) {
            throw new BadInputException("--input " + input + " is not a readable file");
        }
        return Files.newInputStream(path);
    }

    /** The {@code --encoding} value as a charset, or bad input naming it. */
    static Charset encoding(String name) {
        try {
            return LineReader.encoding(name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** One line on stderr when the input was not read as UTF-8, so the user sees how it was decoded. */
    static void stateEncoding(String command, Charset encoding) {
        if (!encoding.name().equalsIgnoreCase("UTF-8")) {
            System.err.println(command + ": input read as " + encoding.name());
        }
    }
}
