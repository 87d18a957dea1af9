package app.heard.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.media.ScanVerdict;
import app.heard.media.ScanVerdict.Infected;
import app.heard.media.ScanVerdict.Reason;
import app.heard.media.ScanVerdict.Unavailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClamdReplyUnitTest {

	@Test
	void only_ok_after_the_whole_file_is_clean() {
		assertThat(ClamdReply.verdict("stream: OK", true)).isEqualTo(ScanVerdict.CLEAN);
		assertThat(reason(ClamdReply.verdict("stream: OK", false))).isEqualTo(Reason.PROTOCOL_ERROR);
	}

	@Test
	void a_signature_found_is_infected_with_its_name() {
		assertThat(ClamdReply.verdict("stream: Win.Test.EICAR_HDB-1 FOUND", true))
			.isEqualTo(new Infected("Win.Test.EICAR_HDB-1"));
	}

	@Test
	void a_limit_clamd_reached_is_not_a_signature_but_an_unfinished_scan() {
		assertThat(reason(ClamdReply.verdict("stream: Heuristics.Limits.Exceeded.MaxScanTime FOUND", true)))
			.isEqualTo(Reason.NOT_FULLY_SCANNED);
	}

	@Test
	void the_stream_limit_is_too_large_and_other_errors_are_protocol_errors() {
		assertThat(reason(ClamdReply.verdict("INSTREAM size limit exceeded. ERROR", false)))
			.isEqualTo(Reason.TOO_LARGE);
		assertThat(reason(ClamdReply.verdict("stream: Can't allocate memory ERROR", true)))
			.isEqualTo(Reason.PROTOCOL_ERROR);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "PONG", "OK", "stream: ok", "stream: OK ", "stream:  FOUND", "stream: FOUND",
			"1: stream: OK", "COMMAND READ TIMED OUT", "UNKNOWN COMMAND" })
	void anything_else_is_a_protocol_error_never_clean(String reply) {
		assertThat(reason(ClamdReply.verdict(reply, true))).isEqualTo(Reason.PROTOCOL_ERROR);
	}

	private static Reason reason(ScanVerdict verdict) {
		assertThat(verdict).isInstanceOf(Unavailable.class);
		return ((Unavailable) verdict).reason();
	}

}
