package app.heard;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.CaseFixture.Member;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSummary;
import app.heard.caserecord.RestrictedField;
import app.heard.caserecord.RestrictionReason;
import app.heard.caserecord.RestrictionScope;
import app.heard.caserecord.RestrictionService;
import app.heard.caserecord.CaseAccessService;
import app.heard.caserecord.ParentAccess;
import app.heard.caserecord.YoungPersonHandover;
import app.heard.draftplan.DraftPlanComments;
import app.heard.draftplan.Target;
import app.heard.invitations.Invitations;
import app.heard.invitations.NewInvitation;
import app.heard.identity.internal.TestSignIn;
import app.heard.views.Question;
import app.heard.views.SubmissionId;
import app.heard.views.SubmittedViewsService;
import app.heard.views.ViewKind;
import app.heard.views.ViewSet;
import app.heard.views.ViewsService;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;

/**
 * The authorisation matrix: every cell of {@code authorisation-matrix.csv} (who, as role
 * × relationship × restriction, against resource × action) run against the real service
 * layer, and each route's guard once per person through real HTTP. Every forbidden cell
 * must be denied, and every denial must be on the audit trail — except a case missing
 * from the list of someone never linked to it, where nobody tried anything to log.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixIntegrationTest {

	/** Who each column is: role × relationship to the case × restriction. */
	record Who(CaseRole role, String relationship, String restriction) {
	}

	static final Map<String, Who> WHO = new LinkedHashMap<>();

	static {
		WHO.put("parent", new Who(CaseRole.PARENT_CARER, "involved", "none"));
		WHO.put("restricted-parent", new Who(CaseRole.PARENT_CARER, "involved", "no access (court order, portal)"));
		WHO.put("partly-restricted-parent",
				new Who(CaseRole.PARENT_CARER, "involved", "address, school, contact hidden (safeguarding, LA)"));
		WHO.put("advocate", new Who(CaseRole.ADVOCATE, "involved", "none"));
		WHO.put("removed-advocate", new Who(CaseRole.ADVOCATE, "involvement ended yesterday", "none"));
		WHO.put("dias", new Who(CaseRole.DIAS_WORKER, "involved", "none"));
		WHO.put("coordinator", new Who(CaseRole.CASE_COORDINATOR, "the case's team", "none"));
		WHO.put("other-team-coordinator", new Who(CaseRole.CASE_COORDINATOR, "another LA team", "none"));
		WHO.put("unrelated-parent", new Who(CaseRole.PARENT_CARER, "another child's case", "none"));
		WHO.put("young-person", new Who(CaseRole.YOUNG_PERSON, "involved, past compulsory school age", "none"));
		WHO.put("withdrawn-parent",
				new Who(CaseRole.PARENT_CARER, "involved, the young person chose no access", "none"));
		WHO.put("family-removed-advocate", new Who(CaseRole.ADVOCATE, "access ended by the family", "none"));
		WHO.put("under-16-young-person", new Who(CaseRole.YOUNG_PERSON, "involved in a 9-year-old's case", "none"));
	}

	@Autowired
	CaseRecordService cases;

	@Autowired
	RestrictionService restrictions;

	@Autowired
	CaseAccessService access;

	@Autowired
	Invitations invitations;

	@Autowired
	YoungPersonHandover handover;

	@Autowired
	DraftPlanComments comments;

	@Autowired
	ViewsService views;

	@Autowired
	SubmittedViewsService submitted;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	CaseFixture kase;

	CaseFixture otherTeam;

	CaseFixture otherChild;

	/** A 9-year-old's case, in which the under-16 young person's own involvement is. */
	CaseFixture younger;

	UUID removable;

	UUID advocateInvolvement;

	SubmissionId submission;

	UUID grandparent;

	RecordedAudit audit;

	final Map<String, Attempt> attempts = new LinkedHashMap<>();

	final Tally tally = new Tally();

	/** The column being run. */
	String current;

	/** One try at a resource × action: true if allowed, false or a refusal if not. */
	interface Attempt {

		boolean run() throws Exception;

	}

	@BeforeAll
	void setUpThePeopleAndCases() {
		// A young person of 17: past compulsory school age, deciding for their own case
		kase = CaseFixture.create(importer, signIn, List.of(Member.of("parent", CaseRole.PARENT_CARER),
				Member.of("restricted-parent", CaseRole.PARENT_CARER),
				Member.of("partly-restricted-parent", CaseRole.PARENT_CARER), Member.of("advocate", CaseRole.ADVOCATE),
				new Member("removed-advocate", CaseRole.ADVOCATE, LocalDate.now().minusDays(1)),
				Member.of("dias", CaseRole.DIAS_WORKER), Member.neverSignedIn("grandparent", CaseRole.PARENT_CARER),
				Member.of("young-person", CaseRole.YOUNG_PERSON), Member.of("withdrawn-parent", CaseRole.PARENT_CARER),
				Member.of("family-removed-advocate", CaseRole.ADVOCATE),
				Member.neverSignedIn("removable", CaseRole.PARENT_CARER)), List.of("coordinator"),
				LocalDate.now().minusYears(17), true);
		younger = CaseFixture.create(importer, signIn,
				List.of(Member.of("under-16-young-person", CaseRole.YOUNG_PERSON)), List.of("coordinator"));
		otherTeam = CaseFixture.create(importer, signIn, List.of(), List.of("coordinator"));
		otherChild = CaseFixture.create(importer, signIn, List.of(Member.of("parent", CaseRole.PARENT_CARER)),
				List.of());
		kase.laRecords(kase.laRestriction("MATRIX", 1, "partly-restricted-parent", RestrictionReason.SAFEGUARDING,
				RestrictionScope
					.hiding(Set.of(RestrictedField.ADDRESS, RestrictedField.SETTING, RestrictedField.CONTACT_DETAILS)),
				null));
		signIn.as(kase.subject("coordinator"));
		var people = restrictions.of(kase.id()).people();
		UUID restricted = people.stream()
			.filter(p -> p.name().equals(kase.displayName("restricted-parent")))
			.findFirst()
			.orElseThrow()
			.id();
		restrictions.record(kase.id(), restricted, RestrictionReason.COURT_ORDER, RestrictionScope.noAccessAtAll());
		removable = involvementOf("removable");
		advocateInvolvement = involvementOf("advocate");
		signIn.as(kase.subject("young-person"));
		UUID withdrawn = handover.choices(kase.id())
			.parents()
			.stream()
			.filter(p -> p.name().equals(kase.displayName("withdrawn-parent")))
			.findFirst()
			.orElseThrow()
			.parent();
		handover.choose(kase.id(), withdrawn, ParentAccess.NONE);
		signIn.as(kase.subject("parent"));
		access.endAccess(kase.id(), involvementOf("family-removed-advocate"));
		signIn.as(kase.subject("parent"));
		views.save(kase.id(), ViewKind.PARENT_CARER, Question.OUR_HOPES, "A quiet classroom.", ViewSet.NEW);
		views.submit(kase.id(), ViewKind.PARENT_CARER);
		submission = submitted.lastSubmission(kase.id(), ViewKind.PARENT_CARER).orElseThrow().id();
		signIn.signOut();
		defineAttempts();
		audit = new RecordedAudit(jdbc);
	}

	/** The case the column's person tries: the under-16 young person's own. */
	private CaseFixture target() {
		return "under-16-young-person".equals(current) ? younger : kase;
	}

	private UUID involvementOf(String key) {
		return access.whoHasAccess(kase.id())
			.stream()
			.filter(person -> person.displayName().equals(kase.displayName(key)))
			.findFirst()
			.orElseThrow()
			.involvementId();
	}

	private void defineAttempts() {
		attempts.put("case VIEW", () -> cases.overview(target().id()) != null);
		attempts.put("case LIST", () -> cases.myCases().stream().map(CaseSummary::id).anyMatch(target().id()::equals));
		attempts.put("case-address VIEW", () -> cases.overview(target().id()).homeAddress() != null);
		attempts.put("case-setting VIEW", () -> cases.overview(target().id()).settingName() != null);
		attempts.put("case-contact VIEW", () -> cases.overview(target().id()).familyContact() != null);
		for (var kind : ViewKind.values()) {
			String draft = kind == ViewKind.ABOUT_ME ? "about-me-draft" : "parent-views-draft";
			Question question = kind.questions().getFirst();
			attempts.put(draft + " VIEW", () -> views.open(target().id(), kind) != null);
			attempts.put(draft + " EDIT", () -> {
				long version = views.open(target().id(), kind).versionOf(question);
				views.save(target().id(), kind, question, "Words from the matrix.", version);
				return true;
			});
			attempts.put(draft + " SUBMIT", () -> views.submit(target().id(), kind) != null);
		}
		attempts.put("sent-views LIST", () -> submitted.sentByOthers(target().id()) != null);
		attempts.put("submission VIEW", () -> submitted.submission(target().id(), submission) != null);
		attempts.put("submission DOWNLOAD", () -> submitted.submissionPdf(target().id(), submission).length > 0);
		attempts.put("restrictions VIEW", () -> restrictions.of(target().id()) != null);
		attempts.put("restriction EDIT", () -> {
			UUID recorded = restrictions.record(target().id(), grandparent(), RestrictionReason.SAFEGUARDING,
					RestrictionScope.hiding(Set.of(RestrictedField.ADDRESS)));
			restrictions.lift(target().id(), recorded);
			return true;
		});
		attempts.put("restriction REMOVE", () -> {
			// Recorded on the main case by its co-ordinator; the cell's person tries to
			// lift
			// it through their own case (the under-16 young person's is another)
			UUID recorded = asCoordinator(() -> restrictions.record(kase.id(), grandparent(),
					RestrictionReason.SAFEGUARDING, RestrictionScope.hiding(Set.of(RestrictedField.ADDRESS))));
			restrictions.lift(target().id(), recorded);
			return true;
		});
		attempts.put("people LIST", () -> access.whoHasAccess(target().id()) != null);
		attempts.put("invitation INVITE", () -> {
			invitations.invite(target().id(),
					new NewInvitation("Matrix Invitee", "invitee@example.org", CaseRole.PARENT_CARER));
			return true;
		});
		// The family's own say over their helper: stopping asking leaves no one able to
		// comment who could not before
		attempts.put("helper-comments EDIT", () -> {
			access.askToComment(target().id(), advocateInvolvement, false);
			return true;
		});
		attempts.put("draft-plan VIEW", () -> comments.open(target().id()) != null);
		// Section I names the school: a detail of the case like the setting above
		attempts.put("draft-plan-setting VIEW", () -> comments.open(target().id()).plan().section("I").isPresent());
		attempts.put("draft-plan-setting DOWNLOAD", () -> {
			try (var document = Loader.loadPDF(comments.pdf(target().id()))) {
				return new PDFTextStripper().getText(document)
					.replaceAll("\\s+", "")
					.contains(CaseFixture.SETTING.replaceAll("\\s+", ""));
			}
		});
		attempts.put("draft-plan COMMENT", () -> comments.save(target().id(), Target.section("A"),
				"Words from the matrix.", DraftPlanComments.NEW) >= 0);
		// Last of the rows: the one allowed cell ends this access for good
		attempts.put("person REMOVE", () -> {
			access.endAccess(target().id(), removable);
			return true;
		});
	}

	@Test
	void every_cell_runs_against_the_service_layer_and_every_forbidden_one_is_denied_and_logged() throws Exception {
		var failures = new ArrayList<String>();
		for (var row : rows()) {
			if (row.resource().startsWith("/")) {
				continue;
			}
			var attempt = attempts.get(row.resource() + " " + row.action());
			assertThat(attempt).as("an attempt for %s %s", row.resource(), row.action()).isNotNull();
			for (var cell : row.cells().entrySet()) {
				String who = cell.getKey();
				current = who;
				signIn.as(subject(who));
				long mark = audit.mark();
				boolean allowed = outcome(attempt);
				signIn.signOut();
				check(failures, row, who, cell.getValue(), allowed, mark);
			}
		}
		tally.print("service layer");
		assertThat(failures).isEmpty();
	}

	@Test
	void each_routes_guard_answers_each_person_through_real_http() throws Exception {
		var failures = new ArrayList<String>();
		var routes = rows().stream().filter(row -> row.resource().startsWith("/")).toList();
		for (String who : WHO.keySet()) {
			var http = SignedInHttp.as(subject(who), port);
			for (var row : routes) {
				String path = row.resource()
					.replace("{case}", caseOf(who).id().toString())
					.replace("{submission}", submission.value().toString());
				long mark = audit.mark();
				var response = http.send(http.request(path).GET());
				boolean allowed = response.statusCode() == 200;
				if (!allowed) {
					assertThat(response.body()).as("%s refused %s", who, path)
						.doesNotContain(CaseFixture.SETTING)
						.doesNotContain(CaseFixture.ADDRESS);
				}
				check(failures, row, who, row.cells().get(who), allowed, mark);
			}
		}
		tally.print("routes over HTTP");
		assertThat(failures).isEmpty();
	}

	private void check(List<String> failures, Row row, String who, boolean expectAllowed, boolean allowed, long mark) {
		String cell = who + " " + WHO.get(who) + " -> " + row.resource() + " " + row.action();
		if (allowed != expectAllowed) {
			failures.add(cell + ": expected " + (expectAllowed ? "ALLOW" : "DENY") + " but was "
					+ (allowed ? "ALLOW" : "DENY"));
			return;
		}
		if (allowed) {
			tally.allowed++;
			return;
		}
		tally.denied++;
		if (audit.deniedSince(mark, personOf(who), caseOf(who).id())) {
			tally.deniedAndLogged++;
		}
		else if (row.action().equals("LIST") && neverLinked(who)) {
			// Someone never linked to the case does not see it listed: they attempted
			// nothing about this case that could be logged
			tally.absentFromList++;
		}
		else {
			failures.add(cell + ": denied but no refusal on the audit trail");
		}
	}

	private boolean outcome(Attempt attempt) throws Exception {
		try {
			return attempt.run();
		}
		catch (CaseNotFoundException | AccessDeniedException refused) {
			return false;
		}
	}

	private CaseFixture caseOf(String who) {
		return "under-16-young-person".equals(who) ? younger : kase;
	}

	private static boolean neverLinked(String who) {
		return Set.of("removed-advocate", "other-team-coordinator", "unrelated-parent", "family-removed-advocate")
			.contains(who);
	}

	private String subject(String who) {
		return switch (who) {
			case "other-team-coordinator" -> otherTeam.subject("coordinator");
			case "unrelated-parent" -> otherChild.subject("parent");
			case "under-16-young-person" -> younger.subject(who);
			default -> kase.subject(who);
		};
	}

	private app.heard.identity.PersonId personOf(String who) {
		return switch (who) {
			case "other-team-coordinator" -> otherTeam.person("coordinator");
			case "unrelated-parent" -> otherChild.person("parent");
			case "under-16-young-person" -> younger.person(who);
			default -> kase.person(who);
		};
	}

	/** Someone the LA lists in the case who has never signed in: safe to restrict. */
	private UUID grandparent() {
		if (grandparent == null) {
			grandparent = asCoordinator(() -> restrictions.of(kase.id())
				.people()
				.stream()
				.filter(p -> p.name().equals(kase.displayName("grandparent")))
				.findFirst()
				.orElseThrow()
				.id());
		}
		return grandparent;
	}

	/**
	 * A step of the setting-up done by the co-ordinator, then back to the cell's person.
	 */
	private <T> T asCoordinator(java.util.function.Supplier<T> step) {
		signIn.as(kase.subject("coordinator"));
		try {
			return step.get();
		}
		finally {
			signIn.as(subject(current));
		}
	}

	record Row(String resource, String action, Map<String, Boolean> cells) {
	}

	private static List<Row> rows() throws IOException {
		try (InputStream in = AuthorisationMatrixIntegrationTest.class
			.getResourceAsStream("authorisation-matrix.csv")) {
			var lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter(line -> !line.isBlank() && !line.startsWith("#"))
				.toList();
			var header = lines.getFirst().split(",");
			assertThat(Arrays.asList(header).subList(2, header.length)).containsExactlyElementsOf(WHO.keySet());
			return lines.stream().skip(1).map(line -> {
				var values = line.split(",");
				assertThat(values).as(line).hasSize(header.length);
				var cells = new LinkedHashMap<String, Boolean>();
				for (int column = 2; column < values.length; column++) {
					assertThat(values[column]).as(line).isIn("A", "D");
					cells.put(header[column], values[column].equals("A"));
				}
				return new Row(values[0], values[1], cells);
			}).toList();
		}
	}

	static final class Tally {

		int allowed;

		int denied;

		int deniedAndLogged;

		int absentFromList;

		void print(String what) {
			System.out.printf(
					"Authorisation matrix, %s: %d cells, %d allowed, %d denied (%d denied and logged, "
							+ "%d absent from the list of someone never linked)%n",
					what, allowed + denied, allowed, denied, deniedAndLogged, absentFromList);
			allowed = denied = deniedAndLogged = absentFromList = 0;
		}

	}

	@AfterAll
	void signOut() {
		signIn.signOut();
	}

}
