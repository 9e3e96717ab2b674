package io.complaintstreams.ingest.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's error pages as the API's JSON error {@code {"error": "...", "field": "request"}} instead of HTML: for
 * requests Jetty refuses before any route sees them (malformed request line or headers, 431, a bad chunk, a body
 * arriving too slowly) and for errors Jetty reports itself.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    JsonErrorHandler() {
        setShowServlet(false);
        setShowStacks(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, reason));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType("application/json");
        response.getOutputStream().write(body(code, message));
    }

    static byte[] body(int status, String reason) {
        Map<String, Object> map = new LinkedHashMap<>();
        String text = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        map.put("error", "request refused by the HTTP server: " + text);
        map.put("field", "request");
        try {
            return JSON.writeValueAsBytes(map);
        } catch (IOException e) {
            return "{\"error\":\"request refused\",\"field\":\"request\"}".getBytes(StandardCharsets.UTF_8);
        }
    }
}
