package io.complaintstreams.ingest.http;

import java.util.Locale;

/** The ingest endpoints' one accepted media type: {@code application/json}, with no charset or {@code charset=utf-8}. */
final class JsonMediaType {
    private static final int MAX_ECHO = 60;

    private JsonMediaType() {}

    /** True for {@code application/json}, {@code application/json; charset=UTF-8} (any case, quoted or not). */
    static boolean accepts(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].split("=", 2);
            if (param[0].strip().equalsIgnoreCase("charset")) {
                String charset = param.length < 2 ? "" : param[1].strip().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The header as given, shortened and without control characters, for the error message. */
    static String echo(String contentType) {
        String printable = contentType.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > MAX_ECHO ? printable.substring(0, MAX_ECHO) + "..." : printable;
    }
}
