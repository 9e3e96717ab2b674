package io.complaintstreams.ingest.http;

import java.util.Locale;

/**
 * The one accepted media type of the endpoints that take a JSON body (ingest, and the app's alert resolutions):
 * {@code application/json}, with no charset or {@code charset=utf-8}.
 */
public final class JsonMediaType {
    private static final int MAX_ECHO = 60;

    private JsonMediaType() {}

    /** True for {@code application/json}, {@code application/json; charset=UTF-8} (any case, quoted or not). */
    public static boolean accepts(String contentType) {
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

    /** The 415 error message for this header (null when absent), as ingest words it. */
    public static String refusal(String contentType) {
        return "Content-Type must be application/json (charset utf-8 allowed), got "
                + (contentType == null ? "none" : "'" + echo(contentType) + "'");
    }

    /** The header as given, shortened and without control characters, for the error message. */
    public static String echo(String contentType) {
        String printable = contentType.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > MAX_ECHO ? printable.substring(0, MAX_ECHO) + "..." : printable;
    }
}
