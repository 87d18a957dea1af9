package app.heard.caserecord.internal;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.EmailProblems;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import app.heard.mail.MailFailures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class UndeliveredEmails implements EmailProblems {

	private static final int LONGEST_REASON = 200;

	private final CaseRecordService cases;

	private final InvolvementRepository involvements;

	private final People people;

	private final MailFailures failures;

	UndeliveredEmails(CaseRecordService cases, InvolvementRepository involvements, People people,
			MailFailures failures) {
		this.cases = cases;
		this.involvements = involvements;
		this.people = people;
		this.failures = failures;
	}

	@Override
	public List<Undelivered> undelivered(CaseId caseId) {
		if (cases.context(caseId).myRole() != CaseRole.CASE_COORDINATOR) {
			throw new AccessDeniedException("Only the case's co-ordinator sees emails that bounced");
		}
		Map<String, String> names = new LinkedHashMap<>();
		for (var involvement : involvements.findByCaseId(caseId.value())) {
			if (involvement.getRole() == CaseRole.CASE_COORDINATOR) {
				continue;
			}
			// Either address may have been written to: the sign-in's, or the LA's when
			// the sign-in gave none
			if (involvement.getPersonId() != null) {
				people.emailOf(new PersonId(involvement.getPersonId()))
					.ifPresent(address -> names.putIfAbsent(address, involvement.getDisplayName()));
			}
			if (involvement.getEmail() != null) {
				names.putIfAbsent(involvement.getEmail(), involvement.getDisplayName());
			}
		}
		return failures.failedTo(names.keySet())
			.stream()
			.map(failure -> new Undelivered(names.get(failure.recipient()), failure.at(), shorter(failure.reason())))
			.toList();
	}

	private static String shorter(String reason) {
		String line = reason.strip().lines().findFirst().orElse("");
		return line.length() > LONGEST_REASON ? line.substring(0, LONGEST_REASON) + "…" : line;
	}

}
