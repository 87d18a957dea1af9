package app.heard.attachments.internal;

import app.heard.caserecord.CaseId;
import app.heard.views.AnswerAttachments;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import com.vaadin.flow.component.Component;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/** Fills the question pages' slot with the files beside the answer. */
@org.springframework.stereotype.Component
class AttachmentsSlot implements AnswerAttachments {

	private final AttachmentLedger ledger;

	private final DataSize maxFileSize;

	AttachmentsSlot(AttachmentLedger ledger, @Value("${heard.upload.max-file-size}") DataSize maxFileSize) {
		this.ledger = ledger;
		this.maxFileSize = maxFileSize;
	}

	@Override
	public Component editor(CaseId caseId, ViewKind kind, Question question) {
		return new AttachmentsPanel(ledger, caseId, kind, question, maxFileSize);
	}

}
