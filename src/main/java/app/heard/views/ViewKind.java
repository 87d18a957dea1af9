package app.heard.views;

import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CasePermission;
import app.heard.caserecord.CaseRole;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whose views a set holds, and the questions it asks (DOMAIN.md "What the family is
 * asked").
 */
public enum ViewKind {

	/**
	 * The child's own views: one set per child per review, shared by everyone recording
	 * with the child.
	 */
	ABOUT_ME(
			List.of(Question.IMPORTANT_TO_ME, Question.WORKING_WELL_FOR_ME, Question.OTHER_ABOUT_ME, Question.MY_PAST,
					Question.ENJOY_DOING, Question.COMMUNICATE_WITH_ME, Question.MY_HOPES, Question.CHANGE_FOR_ME,
					Question.PROGRESS, Question.PROGRESS_WORKING_WELL, Question.PROGRESS_NOT_WORKING),
			Set.of(CaseRole.YOUNG_PERSON, CaseRole.PARENT_CARER, CaseRole.ADVOCATE, CaseRole.DIAS_WORKER)),

	/** One parent's or carer's views: each parent gives their own set. */
	PARENT_CARER(
			List.of(Question.FAMILY_HISTORY, Question.WORKING_WELL_FOR_US, Question.NOT_WORKING_FOR_US,
					Question.OUR_HOPES, Question.OTHER_FROM_US, Question.PROGRESS, Question.PROGRESS_WORKING_WELL,
					Question.PROGRESS_NOT_WORKING),
			Set.of(CaseRole.PARENT_CARER, CaseRole.ADVOCATE, CaseRole.DIAS_WORKER));

	private final List<Question> questions;

	private final Set<CaseRole> recordedBy;

	ViewKind(List<Question> questions, Set<CaseRole> recordedBy) {
		this.questions = questions;
		this.recordedBy = recordedBy;
	}

	/**
	 * Whether someone with this role in the case may record these views (and add files to
	 * them): never a co-ordinator, and a young person only their own.
	 */
	public boolean mayBeRecordedBy(CaseRole role) {
		return recordedBy.contains(role);
	}

	/**
	 * Whether the signed-in person, as the case record sees them, may record these views:
	 * their role allows it and they may record in this case at all (a parent a young
	 * person has given "see only" may not).
	 */
	public boolean mayBeRecordedIn(CaseContext context) {
		return context.may(CasePermission.RECORD) && mayBeRecordedBy(context.myRole());
	}

	public List<Question> questions() {
		return questions;
	}

	/** The word for these views in the pages' addresses and in uploads. */
	public String slug() {
		return this == ABOUT_ME ? "about-me" : "our-views";
	}

	public static Optional<ViewKind> fromSlug(String slug) {
		return Arrays.stream(values()).filter(kind -> kind.slug().equals(slug)).findFirst();
	}

	/** The question on these views' pages with this slug ({@link Wording#slug}). */
	public Optional<Question> question(String slug) {
		return questions.stream().filter(question -> Wording.slug(question).equals(slug)).findFirst();
	}

}
