package app.heard.caserecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.CaseFixture;
import app.heard.CaseFixture.Member;
import app.heard.IntegrationTest;
import app.heard.identity.internal.TestSignIn;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Bounced emails, as the case's co-ordinator sees them. A bounce is recorded as the mail
 * module records a delivery that failed after every retry (the embedded SMTP server
 * accepts every address, so the row is written here).
 */
@IntegrationTest
class EmailProblemsIntegrationTest {

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	EmailProblems problems;

	@Autowired
	JdbcTemplate jdbc;

	CaseFixture kase;

	Instant bounced = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

	@BeforeEach
	void aParentWhoseEmailBounced() {
		kase = CaseFixture.create(importer, signIn,
				List.of(Member.of("parent", CaseRole.PARENT_CARER), Member.of("other-parent", CaseRole.PARENT_CARER)),
				List.of("coordinator"));
		for (String key : List.of("parent", "other-parent")) {
			signIn.reachAt(kase.subject(key), email(key));
		}
		failedDelivery(email("parent"), "550 5.1.1 <" + email("parent") + ">: Recipient address rejected");
		failedDelivery("someone-else-" + UUID.randomUUID() + "@example.org", "550 No such user");
	}

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void the_coordinator_sees_whom_we_could_not_email_when_and_why() {
		signIn.as(kase.subject("coordinator"));

		assertThat(problems.undelivered(kase.id())).singleElement().satisfies(problem -> {
			assertThat(problem.name()).isEqualTo(kase.displayName("parent"));
			assertThat(problem.at()).isEqualTo(bounced);
			assertThat(problem.reason()).contains("Recipient address rejected");
		});
	}

	@Test
	void a_bounce_to_the_address_the_la_holds_shows_too() {
		var snapshot = kase.snapshot();
		String fromLa = "la-record-" + UUID.randomUUID() + "@example.org";
		var people = snapshot.people()
			.stream()
			.map(person -> person.laId().equals(kase.involvementLaId("other-parent"))
					? new CaseSnapshot.Involvement(person.laId(), person.laVersion() + 1, person.displayName(),
							person.role(), person.since(), person.endedOn(), fromLa)
					: person)
			.toList();
		importer.apply(new CaseSnapshot(snapshot.laId(), snapshot.laVersion() + 1, snapshot.laReference(),
				snapshot.team(), snapshot.child(), snapshot.plans(), snapshot.reviews(), people));
		failedDelivery(fromLa, "550 Mailbox unavailable");
		signIn.as(kase.subject("coordinator"));

		assertThat(problems.undelivered(kase.id())).extracting(EmailProblems.Undelivered::name)
			.containsExactlyInAnyOrder(kase.displayName("parent"), kase.displayName("other-parent"));
	}

	@Test
	void a_parent_cannot_see_whose_emails_bounced() {
		signIn.as(kase.subject("other-parent"));

		assertThatThrownBy(() -> problems.undelivered(kase.id())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_coordinator_of_another_team_learns_nothing_about_the_case() {
		var other = CaseFixture.create(importer, signIn, List.of(), List.of("coordinator"));
		signIn.as(other.subject("coordinator"));

		assertThatThrownBy(() -> problems.undelivered(kase.id())).isInstanceOf(CaseNotFoundException.class);
		assertThat(problems.undelivered(other.id())).isEmpty();
	}

	private void failedDelivery(String recipient, String error) {
		jdbc.update("""
				insert into mail_delivery (id, recipient, subject, status, attempts, last_error, created_at, updated_at)
				values (?, ?, 'A draft EHC plan is ready for you to check', 'FAILED', 3, ?, ?, ?)""", UUID.randomUUID(),
				recipient, error, Timestamp.from(bounced), Timestamp.from(bounced));
	}

	private String email(String key) {
		return kase.subject(key) + "@example.org";
	}

}
