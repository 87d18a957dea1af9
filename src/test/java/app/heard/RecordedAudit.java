package app.heard;

import app.heard.caserecord.CaseId;
import app.heard.identity.PersonId;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The audit trail as tests read it. Until the append-only table lands it is the
 * {@code app.heard.audit} log (LoggedAuditTrail's arguments: outcome, action, resource,
 * by, role, on behalf of, case); when it does, this is the one class to change: read the
 * table from {@link #mark()} on.
 */
public final class RecordedAudit implements AutoCloseable {

	private final Logger logger = (Logger) LoggerFactory.getLogger("app.heard.audit");

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	public RecordedAudit() {
		appender.start();
		logger.addAppender(appender);
	}

	/** Where the trail is now; events after it are the ones a step caused. */
	public int mark() {
		return appender.list.size();
	}

	/** Whether a refusal by this person in this case was recorded since the mark. */
	public boolean deniedSince(int mark, PersonId by, CaseId caseId) {
		List<ILoggingEvent> since = List.copyOf(appender.list.subList(mark, appender.list.size()));
		return since.stream()
			.map(ILoggingEvent::getArgumentArray)
			.anyMatch(args -> args != null && args.length == 7 && "DENIED".equals(String.valueOf(args[0]))
					&& by.value().toString().equals(String.valueOf(args[3]))
					&& caseId.toString().equals(String.valueOf(args[6])));
	}

	@Override
	public void close() {
		logger.detachAppender(appender);
		appender.stop();
	}

}
