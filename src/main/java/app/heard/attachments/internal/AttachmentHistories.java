package app.heard.attachments.internal;

import app.heard.attachments.AttachmentsHistory;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case's files for its co-ordinator; the subject access export records the read. */
@Service
@Transactional(readOnly = true)
class AttachmentHistories implements AttachmentsHistory {

	private final CaseRecordService cases;

	private final AttachmentRepository attachments;

	private final People people;

	AttachmentHistories(CaseRecordService cases, AttachmentRepository attachments, People people) {
		this.cases = cases;
		this.attachments = attachments;
		this.people = people;
	}

	@Override
	public List<AttachmentRecord> everything(CaseId caseId) {
		if (cases.context(caseId).myRole() != CaseRole.CASE_COORDINATOR) {
			throw new AccessDeniedException("Only the case's co-ordinator sees every file of the case");
		}
		return attachments.findByCaseIdOrderByCreatedAt(caseId.value())
			.stream()
			.map(file -> new AttachmentRecord(file.getId(), file.getKind(), file.getQuestion(),
					file.getDisplayFilename(), file.getCaption(), file.getStatus().name(),
					file.getMediaKind().map(Enum::name), people.displayName(new PersonId(file.getAddedBy())),
					file.getAddedAs(), file.getCreatedAt(), file.getRemovedAt(),
					file.getRenditions().stream().map(AttachmentEntity.StoredRendition::role).toList()))
			.toList();
	}

}
