package app.heard.audit.internal;

import app.heard.audit.AuditEvent;
import app.heard.audit.AuditTrail;
import app.heard.identity.CurrentPerson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Until the append-only table lands (issue 5), the trail is the {@code app.heard.audit}
 * log.
 */
@Component
class LoggedAuditTrail implements AuditTrail {

	private static final Logger log = LoggerFactory.getLogger("app.heard.audit");

	private final CurrentPerson currentPerson;

	LoggedAuditTrail(CurrentPerson currentPerson) {
		this.currentPerson = currentPerson;
	}

	@Override
	public void record(AuditEvent event) {
		log.info("{} {} {} by {} as {} on behalf of {} in case {}", event.outcome(), event.action(), event.resource(),
				currentPerson.find().map(p -> p.id().value().toString()).orElse("nobody"), event.role().orElse("-"),
				event.onBehalfOf().orElse("-"), event.caseId().map(Object::toString).orElse("-"));
	}

}
