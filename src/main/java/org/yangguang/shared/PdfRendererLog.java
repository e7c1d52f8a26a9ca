package org.yangguang.shared;

import java.util.logging.Level;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;

/**
 * Sends openhtmltopdf's messages to the application log (SLF4J) instead of its own console handler. Its INFO
 * messages narrate every rendering (fonts loaded, selectors matched) and are kept at DEBUG; warnings and errors
 * stay what they are.
 */
final class PdfRendererLog implements XRLogger {

	@Override
	public void log(String where, Level level, String msg) {
		log(where, level, msg, null);
	}

	@Override
	public void log(String where, Level level, String msg, Throwable th) {
		Logger logger = LoggerFactory.getLogger(where);
		if (level.intValue() >= Level.SEVERE.intValue()) {
			logger.error(msg, th);
		}
		else if (level.intValue() >= Level.WARNING.intValue()) {
			logger.warn(msg, th);
		}
		else {
			logger.debug(msg, th);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels are the application's logging configuration, not the renderer's
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		int level = diagnostic.getLevel().intValue();
		return level >= Level.SEVERE.intValue() ? logger.isErrorEnabled()
				: level >= Level.WARNING.intValue() ? logger.isWarnEnabled() : logger.isDebugEnabled();
	}
}
