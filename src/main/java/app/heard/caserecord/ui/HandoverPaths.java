package app.heard.caserecord.ui;

import app.heard.caserecord.CaseId;
import java.util.UUID;

/** The addresses of the handover pages. */
final class HandoverPaths {

	private HandoverPaths() {
	}

	static String start(CaseId id) {
		return "children/" + id + "/handover";
	}

	static String aboutMe(CaseId id) {
		return start(id) + "/about-me";
	}

	static String keep(CaseId id, UUID parent) {
		return start(id) + "/parents/" + parent;
	}

	static String what(CaseId id, UUID parent) {
		return keep(id, parent) + "/what";
	}

	static String check(CaseId id) {
		return start(id) + "/check";
	}

}
