package app.heard.caserecord.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.SenType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The DfE's checks on a child's UPN and ULN, and the SEN2 need codes. The UPNs are the
 * worked examples of the DfE's "Unique Pupil Numbers" guidance.
 */
class PupilIdentifiersUnitTest {

	@Test
	void a_upn_whose_check_letter_matches_its_digits_checks_out_and_so_does_a_temporary_one() {
		assertThat(PupilIdentifiers.upnProblem("H801200001001")).isEmpty();
		assertThat(PupilIdentifiers.upnProblem("G80120000101A")).as("temporary").isEmpty();
		assertThat(PupilIdentifiers.upnProblem(null)).isEmpty();
	}

	@Test
	void a_wrong_check_letter_or_a_upn_out_of_form_is_described_without_repeating_it() {
		assertThat(PupilIdentifiers.upnProblem("Z801200001001"))
			.contains("the UPN's check letter does not match its" + " digits");
		for (String malformed : new String[] { "H80120000100", "H8012000010011", "h801200001001", "I801200001001",
				"H80120000100S", "H8012000X1001" }) {
			assertThat(PupilIdentifiers.upnProblem(malformed)).as(malformed)
				.hasValueSatisfying(problem -> assertThat(problem).contains("not 13 characters in the DfE's form")
					.doesNotContain(malformed));
		}
	}

	@Test
	void a_uln_is_ten_digits_the_last_checking_the_other_nine() {
		assertThat(PupilIdentifiers.ulnProblem("4512345670")).isEmpty();
		assertThat(PupilIdentifiers.ulnProblem("1234567899")).isEmpty();
		assertThat(PupilIdentifiers.ulnProblem("1234567898")).contains("the ULN's check digit does not match");
		// 9 8 7 6 5 4 3 2 1 weighted 10 to 2 leaves no remainder: no check digit fits
		assertThat(PupilIdentifiers.ulnProblem("9876543210")).contains("the ULN's check digit does not match");
		assertThat(PupilIdentifiers.ulnProblem("123456789")).contains("the ULN is not 10 digits");
		assertThat(PupilIdentifiers.ulnProblem("0123456789")).contains("the ULN is not 10 digits");
	}

	@Test
	void an_unknown_need_code_is_named_when_it_looks_like_a_code_and_not_otherwise() {
		assertThat(PupilIdentifiers.needProblem("primary need", "asd ")).isEmpty();
		assertThat(SenType.ofCode(" asd ")).contains(SenType.ASD);
		assertThat(PupilIdentifiers.needProblem("primary need", "XYZ"))
			.contains("the primary need XYZ is not an SEN2 type");
		assertThat(PupilIdentifiers.needProblem("secondary need", "Autism, diagnosed 2019 by Dr Smith"))
			.contains("the secondary need (not a code) is not an SEN2 type");
		assertThat(PupilIdentifiers.problems("Z801200001001", null, "XYZ", "SLCN")).hasSize(2);
	}

	@Test
	void a_person_s_email_never_shows_in_what_a_log_line_would_print() {
		var person = new CaseSnapshot.Involvement("INV-1", 1, "Grace Jones", CaseRole.PARENT_CARER,
				LocalDate.of(2020, 1, 1), null, "grace.jones@example.com");

		assertThat(person.toString()).doesNotContain("grace.jones").contains("INV-1", "(withheld)");
	}

}
