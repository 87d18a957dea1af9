package app.heard.attachments.internal;

import app.heard.caserecord.CaseId;
import app.heard.views.AnswerAttachments;
import app.heard.shell.Page;
import app.heard.views.Question;
import app.heard.views.SubmissionId;
import app.heard.views.ViewKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import app.heard.upload.UploadField;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/** Fills the question pages' slot with the files beside the answer. */
@org.springframework.stereotype.Component
class AttachmentsSlot implements AnswerAttachments {

	private final AttachmentLedger ledger;

	/** The limits, in the words the panel states them in before anything is added. */
	private final String eachUpTo;

	private final String allTogether;

	AttachmentsSlot(AttachmentLedger ledger, @Value("${heard.upload.max-file-size}") DataSize maxFileSize,
			@Value("${heard.upload.case-quota}") DataSize caseQuota) {
		this.ledger = ledger;
		this.eachUpTo = UploadField.readable(maxFileSize);
		this.allTogether = UploadField.readable(caseQuota);
	}

	@Override
	public Component editor(CaseId caseId, ViewKind kind, Question question) {
		return new AttachmentsPanel(ledger, caseId, kind, question, eachUpTo, allTogether);
	}

	@Override
	public Component sent(CaseId caseId, SubmissionId submission, Question question) {
		var files = ledger.sentWith(caseId, submission, question);
		var list = new Div();
		list.addClassName("attachments-sent");
		list.setVisible(!files.isEmpty());
		for (var file : files) {
			var item = new Div(shown(list, file));
			if (!file.caption().isBlank()) {
				item.add(Page.withClass(new Paragraph(file.caption()), "attachment__caption"));
			}
			item.add(
					Page.withClass(new Paragraph(list.getTranslation("attachments.added-by", file.addedBy())), "hint"));
			list.add(item);
		}
		return list;
	}

	/**
	 * A ready file as it is seen; one sent while still being prepared says so (it goes to
	 * the council once ready), and one that then could not be used says that.
	 */
	private static Component shown(Component on, AttachmentView file) {
		return switch (file.status()) {
			case READY -> AttachmentPreview.of(on, file);
			case REJECTED, FAILED ->
				Page.withClass(new Paragraph(on.getTranslation("attachments.sent.not-usable")), "inset");
			case WAITING, PROCESSING, QUARANTINED ->
				Page.withClass(new Paragraph(on.getTranslation("attachments.sent.preparing")), "inset");
		};
	}

}
