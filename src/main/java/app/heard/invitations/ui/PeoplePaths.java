package app.heard.invitations.ui;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRole;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/** Addresses of the people pages, and "not found" for anyone who may not use them. */
final class PeoplePaths {

	private PeoplePaths() {
	}

	static CaseId caseId(BeforeEnterEvent event) {
		return event.getRouteParameters().get("caseId").flatMap(CaseId::parse).orElseThrow(NotFoundException::new);
	}

	static String people(CaseId caseId) {
		return "children/" + caseId + "/people";
	}

	static String invite(CaseId caseId) {
		return people(caseId) + "/invite";
	}

	/** The confirmation page, which belongs to the case record (families use it too). */
	static String end(CaseId caseId, UUID involvementId) {
		return "children/" + caseId + "/access/" + involvementId + "/end";
	}

	static String roleKey(CaseRole role) {
		return "role." + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Someone who is not the case's co-ordinator learns nothing more than that the page
	 * is not there.
	 */
	static <T> T orNotFound(Supplier<T> read) {
		try {
			return read.get();
		}
		catch (CaseNotFoundException | AccessDeniedException ex) {
			throw new NotFoundException();
		}
	}

}
