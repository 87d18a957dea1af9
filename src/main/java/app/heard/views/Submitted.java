package app.heard.views;

import java.time.Instant;
import java.util.Map;

/** The latest submission of a set: what was sent, when, and who recorded each answer. */
public record Submitted(Instant at, String attribution, Map<Question, Answer> answers) {

	public record Answer(String text, String attribution) {
	}

}
