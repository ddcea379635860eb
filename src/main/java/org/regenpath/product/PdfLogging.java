package org.regenpath.product;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends openhtmltopdf's log to SLF4J under its own logger names ({@code com.openhtmltopdf.*}), so the
 * application's logging configuration decides what shows; left alone, it writes several INFO lines per label to
 * standard error.
 */
final class PdfLogging implements XRLogger {

    private static final PdfLogging INSTANCE = new PdfLogging();

    private PdfLogging() {
    }

    /** Installs the adapter; openhtmltopdf's logger is a process-wide setting. */
    static synchronized void install() {
        if (XRLog.getLoggerImpl() != INSTANCE) {
            XRLog.setLoggerImpl(INSTANCE);
        }
    }

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger log = LoggerFactory.getLogger(where);
        int v = level.intValue();
        if (v >= Level.SEVERE.intValue()) {
            log.error(msg, th);
        } else if (v >= Level.WARNING.intValue()) {
            log.warn(msg, th);
        } else if (v >= Level.INFO.intValue()) {
            log.info(msg, th);
        } else {
            log.debug(msg, th);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the application's logging configuration's to set.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger log = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int v = diagnostic.getLevel().intValue();
        return v >= Level.WARNING.intValue() ? log.isWarnEnabled()
                : v >= Level.INFO.intValue() ? log.isInfoEnabled() : log.isDebugEnabled();
    }
}
