package app.heard.invitations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.Inbox;
import app.heard.IntegrationTest;
import app.heard.TestCases;
import app.heard.TestCases.TestCase;
import app.heard.audit.AuditTrail;
import app.heard.caserecord.AccessChanged;
import app.heard.caserecord.CaseAccessService;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSummary;
import app.heard.identity.CurrentPerson;
import app.heard.identity.People;
import app.heard.identity.internal.TestSignIn;
import app.heard.invitations.InvitationProblems;
import app.heard.invitations.InvitationProblems.Problem;
import app.heard.invitations.InvitationStatus;
import app.heard.invitations.InvitationSummary;
import app.heard.invitations.Invitations;
import app.heard.invitations.LinkState;
import app.heard.invitations.NewInvitation;
import app.heard.mail.Mailer;
import com.icegreen.greenmail.util.GreenMail;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitation links against the real database, the real SMTP server and the real per-case
 * checks: only hashes stored, single use, expiring, bound to whoever accepts, dead once
 * replaced or withdrawn; and the 16th-birthday rule for a young person's own login.
 */
@IntegrationTest
@RecordApplicationEvents
class InvitationsIntegrationTest {

	@Autowired
	Invitations invitations;

	@Autowired
	CaseRecordService cases;

	@Autowired
	CaseRecordImporter importer;

	@Autowired
	TestSignIn signIn;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	TestCase ellen;

	@BeforeEach
	void aCaseOfOurOwn() {
		ellen = TestCases.create(importer, signIn, "Ellen", LocalDate.now().minusYears(9));
	}

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void the_email_says_what_is_waiting_names_no_child_and_only_the_links_hash_is_stored() throws Exception {
		String email = unique("priya");
		String token = invite("Priya Advocate", email, CaseRole.ADVOCATE);

		var message = Inbox.awaitMessageTo(smtp, email);
		assertThat(message.getSubject()).isEqualTo("You've been invited to help with a child's EHC plan on Heard");
		String text = Inbox.text(message);
		assertThat(text).contains("Hello Priya Advocate").contains("advocate").contains("Test SEND team");
		assertThat(text).doesNotContain("Ellen").doesNotContain("Tester").doesNotContain("Test School");

		// 256 random bits, URL-safe
		assertThat(token).matches("[A-Za-z0-9_-]{43}");
		String row = jdbc.sql("select i::text from invitation i where email = ?")
			.param(email)
			.query(String.class)
			.single();
		assertThat(row).doesNotContain(token).contains(InvitationTokens.hash(token));
		assertThat(jdbc.sql("select count(*) from mail_delivery where recipient = ?")
			.param(email)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(events.stream(AccessChanged.class)).anyMatch(e -> e.caseId().equals(ellen.id())
				&& e.kind() == AccessChanged.Kind.INVITED && e.role() == CaseRole.ADVOCATE);
	}

	@Test
	void the_link_links_whoever_accepts_it_once_and_never_anyone_else() {
		String token = invite("Sam Helper", unique("sam"), CaseRole.DIAS_WORKER);

		String invitee = "invitee-" + UUID.randomUUID();
		signIn.as(invitee);
		LinkState open = invitations.open(token);
		assertThat(open.kind()).isEqualTo(LinkState.Kind.OPEN);
		assertThat(open.role()).contains(CaseRole.DIAS_WORKER);
		assertThat(invitations.accept(token)).isEqualTo(ellen.id());
		assertThat(cases.myCases()).extracting(CaseSummary::id, CaseSummary::myRole)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(ellen.id(), CaseRole.DIAS_WORKER));
		assertThat(invitations.open(token).acceptedCase()).contains(ellen.id());
		assertThat(events.stream(AccessChanged.class)).anyMatch(e -> e.kind() == AccessChanged.Kind.INVITATION_ACCEPTED
				&& e.involvementLaId().isPresent() && e.involvementLaId().get().startsWith("portal:"));

		signIn.as("someone-who-got-the-link-forwarded-" + UUID.randomUUID());
		assertThat(invitations.open(token).kind()).isEqualTo(LinkState.Kind.USED);
		assertThat(invitations.open(token).acceptedCase()).isEmpty();
		assertThatThrownBy(() -> invitations.accept(token)).isInstanceOf(InvitationProblems.class)
			.extracting(ex -> ((InvitationProblems) ex).problems())
			.isEqualTo(java.util.List.of(Problem.LINK_USED));
		assertThat(cases.myCases()).isEmpty();

		signIn.as(ellen.coordinator());
		assertThat(invitations.list(ellen.id())).extracting(InvitationSummary::status)
			.containsExactly(InvitationStatus.ACCEPTED);
	}

	@Test
	void resending_sends_a_new_link_and_the_old_one_stops_working() {
		String email = unique("resend");
		String first = invite("Casey Carer", email, CaseRole.PARENT_CARER);
		signIn.as(ellen.coordinator());
		UUID id = invitations.list(ellen.id()).getFirst().id();
		invitations.resend(ellen.id(), id);
		String second = tokenFrom(Inbox.awaitMessagesTo(smtp, email, 2).get(1));
		assertThat(second).isNotEqualTo(first);

		signIn.as("carer-" + UUID.randomUUID());
		assertThat(invitations.open(first).kind()).isEqualTo(LinkState.Kind.NOT_VALID);
		assertThatThrownBy(() -> invitations.accept(first)).isInstanceOf(InvitationProblems.class);
		assertThat(invitations.accept(second)).isEqualTo(ellen.id());
	}

	@Test
	void a_withdrawn_invitation_opens_nothing() {
		String token = invite("Withdrawn Person", unique("withdrawn"), CaseRole.ADVOCATE);
		signIn.as(ellen.coordinator());
		invitations.withdraw(ellen.id(), invitations.list(ellen.id()).getFirst().id());
		assertThat(invitations.list(ellen.id())).extracting(InvitationSummary::status)
			.containsExactly(InvitationStatus.WITHDRAWN);

		signIn.as("too-late-" + UUID.randomUUID());
		assertThat(invitations.open(token).kind()).isEqualTo(LinkState.Kind.NOT_VALID);
		assertThatThrownBy(() -> invitations.accept(token)).isInstanceOf(InvitationProblems.class);
		assertThat(cases.myCases()).isEmpty();
		assertThat(events.stream(AccessChanged.class))
			.anyMatch(e -> e.kind() == AccessChanged.Kind.INVITATION_WITHDRAWN);
	}

	@Test
	void a_link_works_for_fourteen_days_and_then_says_it_has_expired(@Autowired InvitationRepository repository,
			@Autowired CaseAccessService access, @Autowired CurrentPerson currentPerson, @Autowired People people,
			@Autowired Mailer mailer, @Autowired InvitationEmail emails, @Autowired InvitationProperties properties,
			@Autowired ApplicationEventPublisher publisher, @Autowired AuditTrail audit, @Autowired Clock clock,
			@Autowired TransactionTemplate transactions) {
		assertThat(properties.expiry()).isEqualTo(Duration.ofDays(14));
		// The same service, its clock moved back: links sent 13 days and 15 days ago
		var thirteenDaysAgo = new InvitationService(repository, access, currentPerson, people, mailer, emails,
				properties, publisher, audit, Clock.offset(clock, Duration.ofDays(-13)));
		var fifteenDaysAgo = new InvitationService(repository, access, currentPerson, people, mailer, emails,
				properties, publisher, audit, Clock.offset(clock, Duration.ofDays(-15)));
		String recent = unique("recent");
		String old = unique("old");
		signIn.as(ellen.coordinator());
		transactions.executeWithoutResult(
				s -> thirteenDaysAgo.invite(ellen.id(), new NewInvitation("Recent", recent, CaseRole.ADVOCATE)));
		transactions.executeWithoutResult(
				s -> fifteenDaysAgo.invite(ellen.id(), new NewInvitation("Old", old, CaseRole.ADVOCATE)));
		String recentToken = tokenFrom(Inbox.awaitMessageTo(smtp, recent));
		String oldToken = tokenFrom(Inbox.awaitMessageTo(smtp, old));
		assertThat(invitations.list(ellen.id())).extracting(InvitationSummary::name, InvitationSummary::status)
			.contains(org.assertj.core.groups.Tuple.tuple("Recent", InvitationStatus.PENDING),
					org.assertj.core.groups.Tuple.tuple("Old", InvitationStatus.EXPIRED));

		signIn.as("late-" + UUID.randomUUID());
		assertThat(invitations.open(oldToken).kind()).isEqualTo(LinkState.Kind.EXPIRED);
		assertThatThrownBy(() -> invitations.accept(oldToken)).isInstanceOf(InvitationProblems.class)
			.extracting(ex -> ((InvitationProblems) ex).problems())
			.isEqualTo(java.util.List.of(Problem.LINK_EXPIRED));
		assertThat(invitations.open(recentToken).kind()).isEqualTo(LinkState.Kind.OPEN);
	}

	@Test
	void a_young_person_is_not_invited_before_their_sixteenth_birthday() {
		signIn.as(ellen.coordinator());
		assertThatThrownBy(() -> invitations.invite(ellen.id(),
				new NewInvitation("Ellen Tester", unique("ellen"), CaseRole.YOUNG_PERSON)))
			.isInstanceOf(InvitationProblems.class)
			.extracting(ex -> ((InvitationProblems) ex).problems())
			.isEqualTo(java.util.List.of(Problem.YOUNG_PERSON_UNDER_16));
		assertThat(invitations.list(ellen.id())).isEmpty();

		var sixteenToday = TestCases.create(importer, signIn, "Sixteen", LocalDate.now().minusYears(16));
		signIn.as(sixteenToday.coordinator());
		String email = unique("sixteen");
		invitations.invite(sixteenToday.id(), new NewInvitation("Sixteen Tester", email, CaseRole.YOUNG_PERSON));
		signIn.as("young-" + UUID.randomUUID());
		assertThat(invitations.accept(tokenFrom(Inbox.awaitMessageTo(smtp, email)))).isEqualTo(sixteenToday.id());
		assertThat(cases.myCases()).extracting(CaseSummary::myRole).containsExactly(CaseRole.YOUNG_PERSON);
	}

	@Test
	void only_the_cases_co_ordinator_may_invite_and_what_was_typed_is_checked_kindly() {
		signIn.as(ellen.parents().getFirst());
		assertThatThrownBy(() -> invitations.invite(ellen.id(), new NewInvitation("X", unique("x"), CaseRole.ADVOCATE)))
			.isInstanceOf(AccessDeniedException.class);
		signIn.as("stranger-" + UUID.randomUUID());
		assertThatThrownBy(() -> invitations.list(ellen.id())).isInstanceOf(CaseNotFoundException.class);
		signIn.as("coordinator");
		assertThatThrownBy(() -> invitations.list(ellen.id())).isInstanceOf(CaseNotFoundException.class);

		signIn.as(ellen.coordinator());
		assertThatThrownBy(() -> invitations.invite(ellen.id(), new NewInvitation("  ", "not an email", null)))
			.isInstanceOf(InvitationProblems.class)
			.extracting(ex -> ((InvitationProblems) ex).problems())
			.isEqualTo(java.util.List.of(Problem.NAME_MISSING, Problem.EMAIL_INVALID, Problem.ROLE_MISSING));
		assertThat(invitations.list(ellen.id())).isEmpty();
	}

	@Test
	void someone_who_already_has_a_role_in_the_case_cannot_take_a_second_one() {
		String token = invite("Parent A again", unique("again"), CaseRole.ADVOCATE);
		signIn.as(ellen.parents().getFirst());
		assertThatThrownBy(() -> invitations.accept(token)).isInstanceOf(InvitationProblems.class)
			.extracting(ex -> ((InvitationProblems) ex).problems())
			.isEqualTo(java.util.List.of(Problem.ALREADY_INVOLVED));
		assertThat(cases.context(ellen.id()).myRole()).isEqualTo(CaseRole.PARENT_CARER);
		assertThat(invitations.open(token).kind()).isEqualTo(LinkState.Kind.OPEN);
	}

	private String invite(String name, String email, CaseRole role) {
		signIn.as(ellen.coordinator());
		invitations.invite(ellen.id(), new NewInvitation(name, email, role));
		signIn.signOut();
		return tokenFrom(Inbox.awaitMessageTo(smtp, email));
	}

	private static String tokenFrom(jakarta.mail.internet.MimeMessage message) {
		String link = Inbox.link(message);
		assertThat(link).contains("/invitations/");
		return link.substring(link.lastIndexOf('/') + 1);
	}

	private static String unique(String who) {
		return who + "-" + UUID.randomUUID() + "@example.org";
	}

}
