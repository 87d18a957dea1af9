package app.heard.views;

import app.heard.caserecord.CaseId;
import com.vaadin.flow.component.Component;

/**
 * The slot on a question page where photos, videos, voice notes and documents go beside
 * the words. Views own the question; another feature (attachments) fills the slot, so the
 * views pages work the same whether or not it is there.
 */
public interface AnswerAttachments {

	/**
	 * What the person sees under the answer box: the files already added, with their
	 * captions, and the buttons to add more.
	 * @throws app.heard.caserecord.CaseNotFoundException if the person is not linked to
	 * the case
	 */
	Component editor(CaseId caseId, ViewKind kind, Question question);

	/**
	 * The files that were sent with a submission beside one question, read only; an empty
	 * component if there were none.
	 * @throws app.heard.caserecord.CaseNotFoundException if the person may not read the
	 * submission
	 */
	Component sent(CaseId caseId, SubmissionId submission, Question question);

}
