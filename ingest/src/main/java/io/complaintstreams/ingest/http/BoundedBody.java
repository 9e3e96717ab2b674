package io.complaintstreams.ingest.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit, without Javalin's {@code ctx.body()} (whose limit is
 * {@code config.http.maxRequestSize} and whose refusal is not our JSON error).
 */
final class BoundedBody {
    private BoundedBody() {}

    /** The body, or null when Content-Length or the bytes actually sent exceed {@code max}. */
    static byte[] read(Context ctx, long max) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            return null;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) max + 1);
            return body.length > max ? null : body;
        }
    }
}
