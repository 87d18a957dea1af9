package app.heard.caserecord.ui;

import app.heard.caserecord.CaseRole;
import app.heard.caserecord.ReviewStage;
import app.heard.shell.DisplayFormats;
import app.heard.statutory.KeyDate;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/** The words for roles, stages and key dates, from the message bundle. */
final class Labels {

	private Labels() {
	}

	static String role(Component in, CaseRole role) {
		return in.getTranslation("role." + key(role));
	}

	static String stage(Component in, ReviewStage stage) {
		return in.getTranslation("stage." + key(stage));
	}

	/** "Your views are due by Tuesday 3 March 2026". */
	static String keyDateSentence(Component in, KeyDate date) {
		return in.getTranslation("date." + key(date.kind()), DisplayFormats.longDate(date.date()));
	}

	static Span statusTag(Component in, KeyDate.Status status) {
		var tag = new Span(in.getTranslation("date.status." + key(status)));
		tag.addClassName("tag");
		if (status != KeyDate.Status.LATE) {
			tag.addClassName(status == KeyDate.Status.DONE ? "tag--done" : "tag--upcoming");
		}
		return tag;
	}

	private static String key(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
