package io.complaintstreams.ingest.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;

/**
 * Reads a request body up to a limit, without Javalin's {@code ctx.body()} (whose limit is
 * {@code config.http.maxRequestSize} and whose refusal is not our JSON error).
 */
final class BoundedBody {
    /** The body could not be read: {@link #status()} is the 4xx to answer (400 malformed, 408 too slow or stalled). */
    static final class UnreadableBody extends Exception {
        private final int status;

        UnreadableBody(int status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private BoundedBody() {}

    /**
     * The body, or null when Content-Length or the bytes actually sent exceed {@code max}.
     *
     * @throws UnreadableBody when the client sent a malformed body (bad chunked encoding, early end) or sent it too
     *     slowly (Jetty's idle timeout or minimum data rate): a 4xx, never a 500
     */
    static byte[] read(Context ctx, long max) throws UnreadableBody {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            return null;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] body = in.readNBytes((int) max + 1);
            return body.length > max ? null : body;
        } catch (IOException | RuntimeException e) {
            throw classify(e);
        }
    }

    private static UnreadableBody classify(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadMessageException bad && bad.getCode() >= 400 && bad.getCode() < 500) {
                String reason = bad.getReason() == null ? "malformed" : bad.getReason();
                return new UnreadableBody(bad.getCode(), "request body could not be read: " + reason, e);
            }
            if (t instanceof TimeoutException) {
                return new UnreadableBody(408, "request body not received in time (the connection sent nothing for too long)", e);
            }
            if (t instanceof EofException) {
                return new UnreadableBody(400, "request body ended before its declared length or final chunk", e);
            }
        }
        return new UnreadableBody(400, "request body could not be read: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
    }
}
