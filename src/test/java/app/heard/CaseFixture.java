package app.heard;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordImporter;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.CaseSnapshot;
import app.heard.caserecord.CaseSnapshot.Child;
import app.heard.caserecord.CaseSnapshot.Involvement;
import app.heard.caserecord.CaseSnapshot.Outcome;
import app.heard.caserecord.CaseSnapshot.Plan;
import app.heard.caserecord.CaseSnapshot.PlanKind;
import app.heard.caserecord.CaseSnapshot.Restriction;
import app.heard.caserecord.CaseSnapshot.Review;
import app.heard.caserecord.CaseSnapshot.Team;
import app.heard.caserecord.ReviewStage;
import app.heard.identity.PersonId;
import app.heard.identity.internal.TestSignIn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case of its own for a test, imported through the real LA import path, in a team of
 * its own, with its people signed up at the real identity provider (subjects unique to
 * this fixture) and linked as the LA would. Nothing here touches the demo cases.
 */
public final class CaseFixture {

	public static final String SETTING = "Larkspur Vale Primary School";

	public static final String ADDRESS = "7 Quarry Lane, Millbrook MB3 9QZ";

	public static final String CONTACT = "Morgan family: 07700 900456, family@example.net";

	/**
	 * A person involved in the case; {@code endedOn} for one whose involvement ended; not
	 * {@code linked} for one the LA lists who has never signed in.
	 */
	public record Member(String key, CaseRole role, LocalDate endedOn, boolean linked) {

		public Member(String key, CaseRole role, LocalDate endedOn) {
			this(key, role, endedOn, true);
		}

		public static Member of(String key, CaseRole role) {
			return new Member(key, role, null, true);
		}

		public static Member neverSignedIn(String key, CaseRole role) {
			return new Member(key, role, null, false);
		}

	}

	private final String prefix;

	private final CaseRecordImporter importer;

	private final LocalDate today;

	private final List<Member> members;

	private final Map<String, PersonId> people = new LinkedHashMap<>();

	private final List<Restriction> laRestrictions = new ArrayList<>();

	private long version = 1;

	private CaseId id;

	private LocalDate childBorn;

	private boolean draftServed;

	private LocalDateTime meetingAt;

	private long reviewVersion = 1;

	private CaseFixture(String prefix, CaseRecordImporter importer, LocalDate today, List<Member> members) {
		this.prefix = prefix;
		this.importer = importer;
		this.today = today;
		this.members = members;
		this.childBorn = today.minusYears(9);
		this.meetingAt = today.plusWeeks(4).atTime(10, 0);
	}

	/**
	 * Imports the case with these people, each signed up and linked, and makes each
	 * {@code coordinators} key a co-ordinator of the case's team.
	 */
	public static CaseFixture create(CaseRecordImporter importer, TestSignIn signIn, List<Member> members,
			List<String> coordinators) {
		return create(importer, signIn, members, coordinators, LocalDate.now().minusYears(9), false);
	}

	/**
	 * The same, for a child born on {@code childBorn}, and with a draft amended plan
	 * served two days ago if {@code draftServed}.
	 */
	public static CaseFixture create(CaseRecordImporter importer, TestSignIn signIn, List<Member> members,
			List<String> coordinators, LocalDate childBorn, boolean draftServed) {
		var fixture = new CaseFixture("T" + UUID.randomUUID().toString().substring(0, 8), importer, LocalDate.now(),
				members);
		fixture.childBorn = childBorn;
		fixture.draftServed = draftServed;
		fixture.id = importer.apply(fixture.snapshot());
		for (var member : members) {
			if (!member.linked()) {
				continue;
			}
			var person = signIn.as(fixture.subject(member.key())).id();
			fixture.people.put(member.key(), person);
			importer.linkPerson(fixture.involvementLaId(member.key()), person);
		}
		for (String key : coordinators) {
			var person = signIn.as(fixture.subject(key)).id();
			fixture.people.put(key, person);
			importer.addTeamMember(fixture.teamLaId(), person);
		}
		signIn.signOut();
		return fixture;
	}

	/**
	 * The LA sends the case again, now holding this restriction too (or a newer version
	 * of it).
	 */
	public void laRecords(Restriction restriction) {
		laRestrictions.removeIf(held -> held.laId().equals(restriction.laId()));
		laRestrictions.add(restriction);
		version++;
		importer.apply(snapshot());
	}

	/** The LA sends the case again with the review meeting at another time. */
	public void laArrangesMeetingAt(LocalDateTime at) {
		meetingAt = at;
		reviewVersion++;
		version++;
		importer.apply(snapshot());
	}

	public Restriction laRestriction(String laKey, long laVersion, String memberKey,
			app.heard.caserecord.RestrictionReason reason, app.heard.caserecord.RestrictionScope scope,
			LocalDate liftedOn) {
		return new Restriction(prefix + "-RES-" + laKey, laVersion, involvementLaId(memberKey), reason, scope,
				"LA safeguarding officer", today.minusDays(1), liftedOn);
	}

	/** The case as the LA holds it now, for tests that send it the way the LA does. */
	public CaseSnapshot snapshot() {
		LocalDate meeting = today.plusWeeks(4);
		var plan = new Plan(prefix + "-PLAN", 1, PlanKind.FINAL, null, today.minusYears(1), null,
				Map.of("A", "Jo likes trains."), List.of(new Outcome(prefix + "-OUT-1", 1, "Cognition and learning",
						"Jo will read a bus timetable.", "Reading support")));
		var review = new Review(prefix + "-REV", reviewVersion, ReviewStage.VIEWS, meetingAt, SETTING,
				meeting.minusWeeks(2), null, null, null);
		var involvements = members.stream()
			.map(member -> new Involvement(involvementLaId(member.key()), 1, displayName(member.key()), member.role(),
					today.minusMonths(6), member.endedOn()))
			.toList();
		return new CaseSnapshot(prefix + "-CASE", version, "EHC-" + prefix,
				new Team(teamLaId(), 1, "Test team " + prefix),
				new Child(prefix + "-CHILD", "Joanna", "Morgan", "Jo", childBorn, "Year 4", SETTING, null, ADDRESS,
						CONTACT),
				draftServed ? List.of(plan, draft()) : List.of(plan), List.of(review), involvements,
				List.copyOf(laRestrictions), List.of());
	}

	private Plan draft() {
		return new Plan(prefix + "-DRAFT", 1, PlanKind.DRAFT, 1, null, today.minusDays(2),
				Map.of("A", "Jo likes trains and buses.", "I", SETTING), List.of(new Outcome(prefix + "-DRAFT-OUT-1", 1,
						"Cognition and learning", "Jo will read a bus timetable on her own.", "Reading support")));
	}

	public CaseId id() {
		return id;
	}

	public String childName() {
		return "Jo";
	}

	public String subject(String key) {
		return prefix.toLowerCase() + "-" + key;
	}

	public PersonId person(String key) {
		return people.get(key);
	}

	public String displayName(String key) {
		return subject(key);
	}

	public String involvementLaId(String key) {
		return prefix + "-INV-" + key;
	}

	public String teamLaId() {
		return prefix + "-TEAM";
	}

}
