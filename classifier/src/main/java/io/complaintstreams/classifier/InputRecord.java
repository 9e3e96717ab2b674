package io.complaintstreams.classifier;

/** One record to classify, as read by {@link ClassifyRunner}. */
record InputRecord(String id, Source source, String text) {

    /** A parsed record, or the reason it could not be read and the field at fault. */
    record Result(InputRecord record, String error, String field) {
        static Result failure(String error, String field) {
            return new Result(null, error, field);
        }
    }

    static Result validate(String id, String source, String text) {
        if (id == null || id.isBlank()) {
            return Result.failure("missing id", "id");
        }
        if (source == null || source.isBlank()) {
            return Result.failure("missing source", "source");
        }
        Source parsed = Source.fromWire(source).orElse(null);
        if (parsed == null) {
            return Result.failure("source must be contact, service_request or survey, not '" + source + "'", "source");
        }
        if (text == null) {
            return Result.failure("missing text", "text");
        }
        if (text.isBlank()) {
            return Result.failure("text is empty: nothing to classify", "text");
        }
        java.util.Optional<String> bad = io.complaintstreams.domain.validation.InputRules.text(text);
        if (bad.isPresent()) {
            return Result.failure("text " + bad.get(), "text"); // the same bounds as ingest (InputRules)
        }
        return new Result(new InputRecord(id.trim(), parsed, text), null, null);
    }
}
