package app.heard.subjectaccess.internal;

import app.heard.attachments.AttachmentsHistory;
import app.heard.audit.AuditAction;
import app.heard.audit.AuditEvent;
import app.heard.audit.AuditLog;
import app.heard.audit.AuditTrail;
import app.heard.audit.RecordedEvent;
import app.heard.caserecord.CaseAccessService;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.caserecord.RestrictionService;
import app.heard.caserecord.YoungPersonHandover;
import app.heard.identity.People;
import app.heard.invitations.Invitations;
import app.heard.views.ViewsHistory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything about a child and everyone who looked at it, as a ZIP of JSON files (one per
 * part, readable in any text editor and by a machine). Only the co-ordinator of the
 * case's team; anyone else linked to the case is refused, and the refusal recorded.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
class SubjectAccessExport {

	static final String RESOURCE = "subject-access";

	private final CaseRecordService cases;

	private final ViewsHistory views;

	private final AttachmentsHistory attachments;

	private final CaseAccessService access;

	private final RestrictionService restrictions;

	private final YoungPersonHandover handover;

	private final Invitations invitations;

	private final AuditLog log;

	private final AuditTrail audit;

	private final People people;

	private final Clock clock;

	private final JsonMapper json;

	SubjectAccessExport(CaseRecordService cases, ViewsHistory views, AttachmentsHistory attachments,
			CaseAccessService access, RestrictionService restrictions, YoungPersonHandover handover,
			Invitations invitations, AuditLog log, AuditTrail audit, People people, Clock clock, JsonMapper json) {
		this.access = access;
		this.restrictions = restrictions;
		this.handover = handover;
		this.invitations = invitations;
		this.cases = cases;
		this.views = views;
		this.attachments = attachments;
		this.log = log;
		this.audit = audit;
		this.people = people;
		this.clock = clock;
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
	}

	/**
	 * @throws app.heard.caserecord.CaseNotFoundException if the person is not linked to
	 * the case
	 * @throws AccessDeniedException if they are, but do not co-ordinate it
	 */
	byte[] export(CaseId id) {
		var context = cases.context(id);
		if (context.myRole() != CaseRole.CASE_COORDINATOR) {
			audit.record(AuditEvent.denied(id.value(), AuditAction.EXPORT, RESOURCE));
			throw new AccessDeniedException("Only the case's co-ordinator may export everything about the child");
		}
		byte[] kase = json
			.writeValueAsBytes(Map.of("case", cases.overview(id), "outcomesInPlan", cases.outcomesInPlan(id)));
		byte[] allViews = json.writeValueAsBytes(views.everything(id));
		byte[] files = json.writeValueAsBytes(attachments.everything(id));
		// Each through its module's API, as the co-ordinator: each read is on the trail
		byte[] draftPlan = json.writeValueAsBytes(Map.of("draftPlan", cases.draftPlan(id)));
		byte[] whoCanSee = json.writeValueAsBytes(access.whoHasAccess(id));
		byte[] restricted = json.writeValueAsBytes(restrictions.of(id));
		byte[] capacity = json.writeValueAsBytes(handover.capacity(id));
		byte[] invited = json.writeValueAsBytes(invitations.list(id));
		// Recorded before the trail is read, so the export lists itself among everyone
		// who looked
		audit.record(context.audited(AuditAction.EXPORT, RESOURCE));
		byte[] trail = json.writeValueAsBytes(log.forCase(id.value()).stream().map(this::named).toList());
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			add(zip, "README.txt", readme(context.childName()).getBytes(StandardCharsets.UTF_8));
			add(zip, "case.json", kase);
			add(zip, "views.json", allViews);
			add(zip, "attachments.json", files);
			add(zip, "draft-plan.json", draftPlan);
			add(zip, "people.json", whoCanSee);
			add(zip, "restrictions.json", restricted);
			add(zip, "capacity.json", capacity);
			add(zip, "invitations.json", invited);
			add(zip, "audit.json", trail);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private Map<String, Object> named(RecordedEvent event) {
		var named = new LinkedHashMap<String, Object>();
		named.put("at", event.at());
		named.put("who", event.person().map(people::displayName).orElse(null));
		named.put("personId", event.person().map(person -> person.value()).orElse(null));
		named.put("role", event.role().orElse(null));
		named.put("onBehalfOf", event.onBehalfOf().orElse(null));
		named.put("action", event.action());
		named.put("resource", event.resource());
		named.put("outcome", event.outcome());
		named.put("source", event.source());
		return named;
	}

	private String readme(String childName) {
		return String.join("\n",
				"Everything Heard holds about " + childName + ", exported " + clock.instant() + " (UTC).", "",
				"case.json         the case record as the portal holds it (a copy of the local authority's)",
				"views.json        every set of views: drafts as they stand, with who last saved each answer,"
						+ " and every submission as sent",
				"attachments.json  every file added, removed ones too, and what the portal keeps of each"
						+ " (renditions; originals are never kept)",
				"draft-plan.json   the draft plan waiting for comments, if any, with the local authority's"
						+ " responses to comments",
				"people.json       who can see the case today, in what role and since when, and whether the family"
						+ " has asked their advocate or DiAS worker to comment",
				"restrictions.json every restriction (court order or safeguarding), lifted ones too",
				"capacity.json     each decision the young person was recorded as lacking capacity for, who acts"
						+ " for them and on what legal basis",
				"invitations.json  every invitation to the case: to whom, in what role, and what became of it",
				"audit.json        everyone who read or changed anything about the child, or was refused:"
						+ " who, in what role, on whose behalf, what, when (UTC) and from where",
				"");
	}

	private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}

}
