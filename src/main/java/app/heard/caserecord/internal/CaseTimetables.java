package app.heard.caserecord.internal;

import app.heard.caserecord.CaseSnapshot.PlanKind;
import app.heard.caserecord.ReviewStage;
import app.heard.statutory.KeyDate;
import app.heard.statutory.ReviewFacts;
import app.heard.statutory.ReviewTimetable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers, from the LA's dates, the facts the statutory timetable needs for a case's
 * current review.
 */
@Component
@Transactional(readOnly = true)
class CaseTimetables {

	private final PlanRepository plans;

	private final ReviewRepository reviews;

	CaseTimetables(PlanRepository plans, ReviewRepository reviews) {
		this.plans = plans;
		this.reviews = reviews;
	}

	record Timetable(Optional<LocalDate> planIssuedOn, Optional<ReviewEntity> current, List<KeyDate> keyDates) {
	}

	Timetable of(CaseEntity kase, LocalDate today) {
		var casePlans = plans.findByCaseId(kase.getId());
		Optional<LocalDate> planIssuedOn = casePlans.stream()
			.filter(p -> p.getKind() == PlanKind.FINAL && p.getIssuedOn() != null)
			.map(PlanEntity::getIssuedOn)
			.max(Comparator.naturalOrder());
		var caseReviews = reviews.findByCaseId(kase.getId());
		Optional<ReviewEntity> current = caseReviews.stream()
			.filter(r -> r.getStage() != ReviewStage.COMPLETE)
			.max(Comparator.comparing(ReviewEntity::meetingDate, Comparator.nullsLast(Comparator.naturalOrder())));
		Optional<LocalDate> lastReview = caseReviews.stream()
			.filter(r -> r.getStage() == ReviewStage.COMPLETE)
			.map(ReviewEntity::meetingDate)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder());
		LocalDate from = lastReview.or(() -> planIssuedOn).orElse(null);
		if (from == null) {
			return new Timetable(planIssuedOn, current, List.of());
		}
		Optional<PlanEntity> draft = casePlans.stream()
			// Only a draft from this review cycle; older drafts belong to reviews already
			// closed
			.filter(p -> p.getKind() == PlanKind.DRAFT && p.getServedOn() != null && !p.getServedOn().isBefore(from))
			.max(Comparator.comparing(PlanEntity::getServedOn));
		LocalDate draftServedOn = draft.map(PlanEntity::getServedOn).orElse(null);
		boolean finalAfterDraft = draftServedOn != null
				&& planIssuedOn.filter(issued -> !issued.isBefore(draftServedOn)).isPresent();
		var review = current.orElse(null);
		var facts = new ReviewFacts(kase.getChildDateOfBirth(), from,
				review != null && review.getStage().compareTo(ReviewStage.VIEWS) > 0,
				review == null ? null : review.meetingDate(), review == null ? null : review.getViewsDueOn(),
				review == null ? null : review.getReportSentOn(), review == null ? null : review.getDecidedOn(),
				draftServedOn, finalAfterDraft);
		return new Timetable(planIssuedOn, current, ReviewTimetable.of(facts, today));
	}

}
