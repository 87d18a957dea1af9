package app.heard.invitations.internal;

import app.heard.audit.AuditAction;
import app.heard.audit.AuditEvent;
import app.heard.audit.AuditTrail;
import app.heard.caserecord.AccessChanged;
import app.heard.caserecord.AccessRefused;
import app.heard.caserecord.CaseAccessService;
import app.heard.caserecord.CaseAccessService.CoordinatedCase;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRole;
import app.heard.identity.CurrentPerson;
import app.heard.identity.People;
import app.heard.identity.PersonId;
import app.heard.invitations.InvitationProblems;
import app.heard.invitations.InvitationProblems.Problem;
import app.heard.invitations.InvitationStatus;
import app.heard.invitations.InvitationSummary;
import app.heard.invitations.Invitations;
import app.heard.invitations.LinkState;
import app.heard.invitations.NewInvitation;
import app.heard.mail.Mailer;
import app.heard.statutory.YoungPersonAge;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class InvitationService implements Invitations {

	/** Something@something.something: enough to catch a typing slip, not a validator. */
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final InvitationRepository invitations;

	private final CaseAccessService access;

	private final CurrentPerson currentPerson;

	private final People people;

	private final Mailer mailer;

	private final InvitationEmail emails;

	private final InvitationProperties properties;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	InvitationService(InvitationRepository invitations, CaseAccessService access, CurrentPerson currentPerson,
			People people, Mailer mailer, InvitationEmail emails, InvitationProperties properties,
			ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.invitations = invitations;
		this.access = access;
		this.currentPerson = currentPerson;
		this.people = people;
		this.mailer = mailer;
		this.emails = emails;
		this.properties = properties;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void invite(CaseId caseId, NewInvitation request) {
		CoordinatedCase kase = access.coordinated(caseId);
		String name = request.name() == null ? "" : request.name().strip();
		String email = request.email() == null ? "" : request.email().strip();
		var problems = new ArrayList<Problem>();
		if (name.isEmpty()) {
			problems.add(Problem.NAME_MISSING);
		}
		if (email.isEmpty()) {
			problems.add(Problem.EMAIL_MISSING);
		}
		else if (!EMAIL.matcher(email).matches()) {
			problems.add(Problem.EMAIL_INVALID);
		}
		if (request.role() == null || request.role() == CaseRole.CASE_COORDINATOR) {
			problems.add(Problem.ROLE_MISSING);
		}
		else if (request.role() == CaseRole.YOUNG_PERSON
				&& !YoungPersonAge.mayHaveOwnLogin(kase.childDateOfBirth(), LocalDate.now(clock))) {
			problems.add(Problem.YOUNG_PERSON_UNDER_16);
		}
		if (!problems.isEmpty()) {
			throw new InvitationProblems(problems);
		}
		PersonId me = currentPerson.require().id();
		var invitation = new InvitationEntity(caseId.value(), name, email, request.role(), me.value());
		sendLink(invitation, kase, me);
		invitations.save(invitation);
		events.publishEvent(new AccessChanged(caseId, AccessChanged.Kind.INVITED, Optional.empty(), Optional.empty(),
				request.role(), Optional.empty(), clock.instant(), me.value()));
		audit.record(AuditEvent.allowed(caseId.value(), CaseRole.CASE_COORDINATOR.name(), AuditAction.INVITE,
				"invitations/" + invitation.getId()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<InvitationSummary> list(CaseId caseId) {
		access.coordinated(caseId);
		Instant now = clock.instant();
		audit.record(
				AuditEvent.allowed(caseId.value(), CaseRole.CASE_COORDINATOR.name(), AuditAction.LIST, "invitations"));
		return invitations.findByCaseIdOrderBySentAtDesc(caseId.value())
			.stream()
			.map(i -> new InvitationSummary(i.getId(), i.getDisplayName(), i.getEmail(), i.getRole(), i.status(now),
					i.getSentAt(), i.getExpiresAt()))
			.toList();
	}

	@Override
	public void resend(CaseId caseId, UUID invitationId) {
		CoordinatedCase kase = access.coordinated(caseId);
		var invitation = ofCase(caseId, invitationId);
		sendLink(invitation, kase, currentPerson.require().id());
		audit.record(AuditEvent.allowed(caseId.value(), CaseRole.CASE_COORDINATOR.name(), AuditAction.INVITE,
				"invitations/" + invitationId + "/resend"));
	}

	@Override
	public void withdraw(CaseId caseId, UUID invitationId) {
		access.coordinated(caseId);
		var invitation = ofCase(caseId, invitationId);
		var before = invitation.status(clock.instant());
		invitation.withdraw(clock.instant());
		if (before == InvitationStatus.PENDING || before == InvitationStatus.EXPIRED) {
			events.publishEvent(new AccessChanged(caseId, AccessChanged.Kind.INVITATION_WITHDRAWN, Optional.empty(),
					Optional.empty(), invitation.getRole(), Optional.empty(), clock.instant(),
					currentPerson.require().id().value()));
		}
		audit.record(AuditEvent.allowed(caseId.value(), CaseRole.CASE_COORDINATOR.name(), AuditAction.INVITE,
				"invitations/" + invitationId + "/withdraw"));
	}

	@Override
	@Transactional(readOnly = true)
	public LinkState open(String token) {
		PersonId me = currentPerson.require().id();
		var found = find(token);
		if (found.isEmpty()) {
			return LinkState.of(LinkState.Kind.NOT_VALID);
		}
		var invitation = found.get();
		var status = invitation.status(clock.instant());
		return switch (status) {
			case WITHDRAWN -> LinkState.of(LinkState.Kind.NOT_VALID);
			case EXPIRED -> LinkState.of(LinkState.Kind.EXPIRED);
			case ACCEPTED -> new LinkState(LinkState.Kind.USED, Optional.empty(), Optional.empty(), Optional.empty(),
					me.value().equals(invitation.getAcceptedBy()) ? Optional.of(new CaseId(invitation.getCaseId()))
							: Optional.empty());
			case PENDING -> new LinkState(LinkState.Kind.OPEN,
					Optional.of(people.displayName(new PersonId(invitation.getInvitedBy()))),
					Optional.of(invitation.getRole()), Optional.of(invitation.getExpiresAt()), Optional.empty());
		};
	}

	@Override
	public CaseId accept(String token) {
		var me = currentPerson.require();
		var invitation = find(token).orElseThrow(() -> new InvitationProblems(Problem.LINK_NOT_VALID));
		Instant now = clock.instant();
		switch (invitation.status(now)) {
			case WITHDRAWN -> throw new InvitationProblems(Problem.LINK_NOT_VALID);
			case EXPIRED -> throw new InvitationProblems(Problem.LINK_EXPIRED);
			case ACCEPTED -> throw new InvitationProblems(Problem.LINK_USED);
			case PENDING -> {
			}
		}
		var caseId = new CaseId(invitation.getCaseId());
		try {
			access.linkFromInvitation(caseId, me.id(), me.displayName(), invitation.getRole(),
					new PersonId(invitation.getInvitedBy()));
		}
		catch (AccessRefused refused) {
			throw new InvitationProblems(refused.reason() == AccessRefused.Reason.UNDER_SIXTEEN
					? Problem.YOUNG_PERSON_UNDER_16 : Problem.ALREADY_INVOLVED);
		}
		// Bound to this (issuer, subject) from now on; the version column stops a second
		// accept racing this one
		invitation.accept(me.id().value(), now);
		invitations.flush();
		return caseId;
	}

	private void sendLink(InvitationEntity invitation, CoordinatedCase kase, PersonId by) {
		String token = InvitationTokens.newToken();
		Instant now = clock.instant();
		Instant expiresAt = now.plus(properties.expiry());
		invitation.issue(InvitationTokens.hash(token), now, expiresAt);
		mailer.send(emails.to(invitation.getDisplayName(), invitation.getEmail(), invitation.getRole(),
				people.displayName(by), kase.teamName(), token, expiresAt));
	}

	private InvitationEntity ofCase(CaseId caseId, UUID invitationId) {
		return invitations.findById(invitationId)
			.filter(i -> i.getCaseId().equals(caseId.value()))
			.orElseThrow(() -> new CaseNotFoundException(caseId));
	}

	private Optional<InvitationEntity> find(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return invitations.findByTokenHash(InvitationTokens.hash(token));
	}

}
