package app.heard.caserecord.internal;

import app.heard.caserecord.SenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the DfE identifiers and codes an LA sends for a child. Nothing here refuses a
 * case: what does not check out is kept as sent and described, for the LA to correct (it
 * is the LA's record; the portal is not the place to fix it). The descriptions never
 * repeat the identifiers themselves, so they are safe to log.
 */
final class PupilIdentifiers {

	/**
	 * The DfE's 23 check letters (A to Z without I, O and S), each standing for its
	 * position: the check letter of a UPN and the value of a temporary UPN's last letter.
	 */
	private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

	/**
	 * A check letter, 11 digits (LA number, establishment number, year, serial), then a
	 * digit, or a letter for a temporary UPN.
	 */
	private static final Pattern UPN = Pattern.compile("[" + LETTERS + "]\\d{11}[0-9" + LETTERS + "]");

	private static final Pattern ULN = Pattern.compile("[1-9]\\d{9}");

	/** A code fit to appear in a log line: short, letters and digits only. */
	private static final Pattern PRINTABLE_CODE = Pattern.compile("[A-Za-z0-9]{1,12}");

	private PupilIdentifiers() {
	}

	/**
	 * What is wrong with a child's UPN, ULN and need codes, one sentence each; empty when
	 * all are absent or check out.
	 */
	static List<String> problems(String upn, String uln, String primaryNeed, String secondaryNeed) {
		var problems = new ArrayList<String>();
		upnProblem(upn).ifPresent(problems::add);
		ulnProblem(uln).ifPresent(problems::add);
		needProblem("primary need", primaryNeed).ifPresent(problems::add);
		needProblem("secondary need", secondaryNeed).ifPresent(problems::add);
		return problems;
	}

	/**
	 * The DfE's check (Unique Pupil Numbers guidance): characters 2 to 13 weighted 2 to
	 * 13, a temporary UPN's last letter counting as its position in {@link #LETTERS}; the
	 * sum modulo 23 picks the check letter from the same list.
	 */
	static Optional<String> upnProblem(String upn) {
		if (upn == null) {
			return Optional.empty();
		}
		if (!UPN.matcher(upn).matches()) {
			return Optional.of("the UPN is not 13 characters in the DfE's form (a check letter, 11 digits, then a"
					+ " digit or letter)");
		}
		int sum = 0;
		for (int position = 2; position <= 13; position++) {
			char character = upn.charAt(position - 1);
			int value = Character.isDigit(character) ? character - '0' : LETTERS.indexOf(character);
			sum += value * position;
		}
		return LETTERS.charAt(sum % 23) == upn.charAt(0) ? Optional.empty()
				: Optional.of("the UPN's check letter does not match its digits");
	}

	/**
	 * Ten digits, the first not 0; the tenth checks the other nine as the ESFA's
	 * validation does (weights 10 to 2, the sum modulo 11 taken from 10; a remainder of 0
	 * makes no valid ULN).
	 */
	static Optional<String> ulnProblem(String uln) {
		if (uln == null) {
			return Optional.empty();
		}
		if (!ULN.matcher(uln).matches()) {
			return Optional.of("the ULN is not 10 digits");
		}
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (uln.charAt(i) - '0') * (10 - i);
		}
		int remainder = sum % 11;
		return remainder != 0 && 10 - remainder == uln.charAt(9) - '0' ? Optional.empty()
				: Optional.of("the ULN's check digit does not match");
	}

	static Optional<String> needProblem(String which, String code) {
		if (code == null || SenType.ofCode(code).isPresent()) {
			return Optional.empty();
		}
		String shown = PRINTABLE_CODE.matcher(code).matches() ? code : "(not a code)";
		return Optional.of("the " + which + " " + shown + " is not an SEN2 type");
	}

}
