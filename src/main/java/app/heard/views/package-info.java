/**
 * The views a family gives for a review: the child's About Me and each parent's or
 * carer's own views, with the review's progress questions. Drafts save as people type,
 * never overwrite someone else's newer edit, and become an immutable, attributed
 * submission. Nothing deletes a draft: it is kept while the review is in progress and at
 * least 28 days (docs/decisions/0017-views-drafts-are-kept.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Views")
package app.heard.views;
