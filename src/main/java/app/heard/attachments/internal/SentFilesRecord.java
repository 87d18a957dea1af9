package app.heard.attachments.internal;

import app.heard.attachments.SentFiles;
import app.heard.attachments.internal.AttachmentEntity.StoredRendition;
import app.heard.caserecord.CaseId;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import app.heard.views.SubmissionId;
import app.heard.views.ViewKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files submissions carried, for the LA sync. A rendition stored before the manifest
 * existed has no hash yet: it is read once, when a manifest first lists it, and the hash
 * kept.
 */
@Service
@Transactional
class SentFilesRecord implements SentFiles {

	private final AttachmentSubmissions sent;

	private final AttachmentRepository attachments;

	private final RenditionStore store;

	private final FileAttributions attributions;

	private final People people;

	private final JdbcClient jdbc;

	SentFilesRecord(AttachmentSubmissions sent, AttachmentRepository attachments, RenditionStore store,
			FileAttributions attributions, People people, JdbcClient jdbc) {
		this.sent = sent;
		this.attachments = attachments;
		this.store = store;
		this.attributions = attributions;
		this.people = people;
		this.jdbc = jdbc;
	}

	@Override
	public List<SentFile> sentWith(SubmissionId submission) {
		return sent.sentWith(submission).stream().flatMap(kept -> file(kept).stream()).toList();
	}

	@Override
	public Optional<SentFile> sentWith(SubmissionId submission, UUID attachmentId) {
		return sent.sentWith(submission)
			.stream()
			.filter(kept -> kept.attachmentId().equals(attachmentId))
			.findFirst()
			.flatMap(this::file);
	}

	@Override
	public Optional<HeldRendition> rendition(UUID renditionId) {
		return jdbc.sql("""
				select r.attachment_id from attachment_rendition r
				where r.id = :id
				  and exists (select 1 from attachment_in_submission s where s.attachment_id = r.attachment_id)""")
			.param("id", renditionId)
			.query(UUID.class)
			.optional()
			.flatMap(attachments::findById)
			.filter(attachment -> attachment.getStatus() == AttachmentStatus.READY)
			.flatMap(attachment -> attachment.getRenditions()
				.stream()
				.filter(rendition -> rendition.id().equals(renditionId))
				.findFirst()
				.map(rendition -> new HeldRendition(new CaseId(attachment.getCaseId()), attachment.getId(),
						described(rendition), store.open(rendition.storageKey()))));
	}

	private Optional<SentFile> file(AttachmentSubmissions.Sent kept) {
		return attachments.findById(kept.attachmentId()).map(attachment -> {
			var status = status(attachment);
			String attribution = kept.attribution()
				.orElseGet(() -> attributions.of(ViewKind.fromSlug(attachment.getKind()).orElseThrow(),
						people.displayName(new PersonId(attachment.getAddedBy())), attachment.getAddedAs(), null));
			return new SentFile(attachment.getId(), attachment.getQuestion().toUpperCase(Locale.ROOT).replace('-', '_'),
					attachment.getMediaKind().map(Enum::name), kept.caption(), attribution, status,
					status == Status.READY ? attachment.getRenditions().stream().map(this::described).toList()
							: List.of());
		});
	}

	/**
	 * A file removed from the draft after it was ready keeps its renditions for what was
	 * sent (0009); one removed before it was ready never had any.
	 */
	private static Status status(AttachmentEntity attachment) {
		return switch (attachment.getStatus()) {
			case READY -> Status.READY;
			case REJECTED, FAILED -> Status.NOT_USABLE;
			case WAITING, PROCESSING, QUARANTINED -> attachment.isRemoved() ? Status.WITHDRAWN : Status.PREPARING;
		};
	}

	private SentRendition described(StoredRendition rendition) {
		String sha256 = rendition.sha256() != null ? rendition.sha256() : hashNow(rendition);
		return new SentRendition(rendition.id(), rendition.role(), rendition.contentType(), rendition.bytes(), sha256);
	}

	/** For a rendition stored before V0510: read it once and keep its hash. */
	private String hashNow(StoredRendition rendition) {
		try {
			var digest = Sha256.of(store.open(rendition.storageKey()).getInputStream());
			jdbc.sql("update attachment_rendition set sha256 = :sha256 where id = :id")
				.param("sha256", digest.hex())
				.param("id", rendition.id())
				.update();
			return digest.hex();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read rendition " + rendition.id() + " to hash it", ex);
		}
	}

}
