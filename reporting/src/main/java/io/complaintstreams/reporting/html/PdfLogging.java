package io.complaintstreams.reporting.html;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's messages through SLF4J (logger {@code com.openhtmltopdf}) instead of its default, java.util.logging
 * printing "INFO::" and "WARNING::" lines on stderr for every PDF. Its INFO and FINE become DEBUG (they describe each
 * run, not a problem); WARNING stays WARN, except the CSS parser's (properties the pages set for browsers that
 * openhtmltopdf ignores, e.g. {@code font-variant-numeric}), which are DEBUG. (openhtmltopdf's own openhtmltopdf-slf4j adapter is not on Maven Central
 * for 1.1.31.)
 */
final class PdfLogging implements XRLogger {
    private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

    private PdfLogging() {}

    static void install() {
        XRLog.setLoggerImpl(new PdfLogging());
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            LOG.error("{}: {}", where, msg, th);
        } else if (level.intValue() >= Level.WARNING.intValue() && !where.endsWith("css-parse")) {
            LOG.warn("{}: {}", where, msg, th);
        } else {
            LOG.debug("{}: {}", where, msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // levels are the SLF4J backend's to set
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Level level = diagnostic.getLevel();
        return level.intValue() >= Level.WARNING.intValue() ? LOG.isWarnEnabled() : LOG.isDebugEnabled();
    }
}
