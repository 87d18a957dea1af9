package app.heard.notifications;

import app.heard.caserecord.CaseId;

/**
 * What a notification is about, which page it links to, and whether it is a reminder
 * before a deadline (which a person who asked for reminders only still gets by email).
 */
public enum NotificationKind {

	DRAFT_PLAN_SERVED(false, "/draft-plan"), COMMENT_ANSWERED(false, "/your-comments"), VIEWS_DUE_SOON(true, ""),
	COMMENTS_DUE_SOON(true, "/draft-plan"), REVIEW_MEETING(false, "");

	private final boolean reminder;

	private final String page;

	NotificationKind(boolean reminder, String page) {
		this.reminder = reminder;
		this.page = page;
	}

	public boolean reminder() {
		return reminder;
	}

	/** The portal page it links to, without a leading slash. */
	public String pathFor(CaseId caseId) {
		return "children/" + caseId.value() + page;
	}

}
