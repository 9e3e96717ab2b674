package io.complaintstreams.app.logging;

import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.filter.AbstractFilter;

/**
 * Drops a log event whose exception (or a cause of it) is of one class, and lets everything else through: e.g. the
 * broker's {@code OutOfOrderSequenceException} ERRORs that exactly-once runs on transactions v2 log by design and
 * retry (KAFKA-18202), while other append errors of the same logger stay visible. In {@code log4j2.xml}:
 * {@code <ExpectedErrorFilter exception="org.apache.kafka.common.errors.OutOfOrderSequenceException"/>}.
 */
@Plugin(name = "ExpectedErrorFilter", category = Node.CATEGORY, elementType = Filter.ELEMENT_TYPE, printObject = true)
public final class ExpectedErrorFilter extends AbstractFilter {
    private final String exception;

    private ExpectedErrorFilter(String exception) {
        super(Result.DENY, Result.NEUTRAL);
        this.exception = exception;
    }

    @PluginFactory
    public static ExpectedErrorFilter create(@PluginAttribute("exception") String exception) {
        return new ExpectedErrorFilter(exception);
    }

    @Override
    public Result filter(LogEvent event) {
        return matches(event.getThrown()) ? onMatch : onMismatch;
    }

    boolean matches(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals(exception)) {
                return true;
            }
        }
        return false;
    }
}
