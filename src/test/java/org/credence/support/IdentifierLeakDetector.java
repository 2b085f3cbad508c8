package org.credence.support;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.credence.subject.IdentifierParse;
import org.credence.subject.SubjectIdentifier;

/**
 * A Logback appender, attached to the root logger in tests (logback-test.xml), that records every log event whose
 * message or exception text contains a valid official identifier in clear. {@link NoIdentifiersInLogsExtension}
 * fails the test class during which one was logged.
 */
public final class IdentifierLeakDetector extends AppenderBase<ILoggingEvent> {

    private static final Pattern CANDIDATE = Pattern.compile("(?<![0-9A-Za-z])[0-9A-Za-z]{18}(?![0-9A-Za-z])");
    private static final List<String> LEAKS = new ArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
        check(event.getLoggerName(), event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            check(event.getLoggerName(), t.getMessage());
        }
    }

    private static void check(String logger, String text) {
        if (text == null) {
            return;
        }
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            if (SubjectIdentifier.parse(matcher.group()) instanceof IdentifierParse.Accepted accepted) {
                synchronized (LEAKS) {
                    LEAKS.add(logger + " logged " + accepted.identifier().masked() + " in clear");
                }
            }
        }
    }

    /** The leaks recorded since the last call, which clears them. */
    static List<String> drain() {
        synchronized (LEAKS) {
            List<String> leaks = List.copyOf(LEAKS);
            LEAKS.clear();
            return leaks;
        }
    }
}
