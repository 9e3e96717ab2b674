package io.complaintstreams.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code --input FILE}, where {@code -} is standard input. */
final class InputFiles {
    private InputFiles() {}

    static Reader open(String input) throws IOException {
        if ("-".equals(input)) {
            return new InputStreamReader(System.in, StandardCharsets.UTF_8);
        }
        Path path = Path.of(input);
        if (!Files.isRegularFile(path)) {
            throw new BadInputException("--input " + input + " is not a readable file");
        }
        return Files.newBufferedReader(path, StandardCharsets.UTF_8);
    }
}
