/**
 * The views a family gives for a review: the child's About Me and each parent's or
 * carer's own views, with the review's progress questions. Drafts save as people type,
 * never overwrite someone else's newer edit, and become an immutable, attributed
 * submission.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Views")
package app.heard.views;
