package io.complaintstreams.cli;

/** Input the user can fix (a missing file, a malformed value): exit code 2. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
