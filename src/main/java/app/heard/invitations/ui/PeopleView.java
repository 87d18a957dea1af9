package app.heard.invitations.ui;

import app.heard.caserecord.CaseAccessService;
import app.heard.caserecord.CaseAccessService.Access;
import app.heard.caserecord.CaseAccessService.CoordinatedCase;
import app.heard.caserecord.CaseId;
import app.heard.invitations.InvitationStatus;
import app.heard.invitations.InvitationSummary;
import app.heard.invitations.Invitations;
import app.heard.shell.DisplayFormats;
import app.heard.shell.Page;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;

/**
 * The co-ordinator's page for who can see a case: everyone with access (each can be
 * removed), and every invitation with its state (pending ones can be sent again or
 * withdrawn).
 */
@Route("children/:caseId/people")
@PermitAll
class PeopleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final transient CaseAccessService access;

	private final transient Invitations invitations;

	private CaseId caseId;

	private String heading = "";

	PeopleView(CaseAccessService access, Invitations invitations) {
		this.access = access;
		this.invitations = invitations;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		caseId = PeoplePaths.caseId(event);
		CoordinatedCase kase = PeoplePaths.orNotFound(() -> access.coordinated(caseId));
		heading = getTranslation("people.heading", kase.childName());
		render(kase, Notice.take(event.getUI()));
	}

	private void render(CoordinatedCase kase, String notice) {
		removeAll();
		var back = new Anchor("children/" + caseId, getTranslation("views.back"));
		back.addClassName("back-link");
		add(back);
		if (notice != null) {
			var banner = Page.paragraph(notice);
			banner.addClassName("inset");
			banner.getElement().setAttribute("role", "status");
			add(banner);
		}
		add(Page.heading(heading));
		var invite = new Anchor(PeoplePaths.invite(caseId), getTranslation("people.invite"));
		invite.addClassName("button");
		add(invite);
		add(section("people.access.heading"), accessList());
		add(section("people.invitations.heading"), invitationList(kase));
	}

	private UnorderedList accessList() {
		var list = new UnorderedList();
		list.addClassName("case-list");
		for (Access person : access.whoHasAccess(caseId)) {
			var item = new ListItem(new Span(getTranslation("people.access.person", person.displayName(),
					getTranslation(PeoplePaths.roleKey(person.role())), DisplayFormats.longDate(person.since()))));
			if (person.youMayEnd()) {
				var end = new Anchor(PeoplePaths.end(caseId, person.involvementId()),
						getTranslation("people.access.end", person.displayName()));
				end.addClassNames("link", "case-list__detail");
				item.add(end);
			}
			list.add(item);
		}
		return list;
	}

	private Div invitationList(CoordinatedCase kase) {
		var all = invitations.list(caseId);
		if (all.isEmpty()) {
			return new Div(Page.paragraph(getTranslation("people.invitations.none")));
		}
		var list = new UnorderedList();
		list.addClassName("case-list");
		for (InvitationSummary invitation : all) {
			var name = new Span(invitation.name());
			name.addClassName("case-list__link");
			var item = new ListItem(name, statusTag(invitation.status()));
			var detail = new Span(getTranslation("people.invitation.detail", invitation.email(),
					getTranslation(PeoplePaths.roleKey(invitation.role())),
					DisplayFormats.longDate(invitation.sentAt())));
			detail.addClassName("case-list__detail");
			item.add(detail);
			if (invitation.status() == InvitationStatus.PENDING) {
				var until = new Span(
						getTranslation("people.invitation.expires", DisplayFormats.longDate(invitation.expiresAt())));
				until.addClassName("case-list__detail");
				item.add(until);
			}
			if (invitation.status() == InvitationStatus.PENDING || invitation.status() == InvitationStatus.EXPIRED) {
				var resend = button(getTranslation("people.invitation.resend", invitation.name()), () -> {
					invitations.resend(caseId, invitation.id());
					render(kase, getTranslation("people.invitation.resent", invitation.name()));
				});
				var withdraw = button(getTranslation("people.invitation.withdraw", invitation.name()), () -> {
					invitations.withdraw(caseId, invitation.id());
					render(kase, getTranslation("people.invitation.withdrawn", invitation.name()));
				});
				item.add(new Div(resend, withdraw));
			}
			list.add(item);
		}
		return new Div(list);
	}

	private static NativeButton button(String text, Runnable action) {
		var button = new NativeButton(text, click -> action.run());
		button.addClassNames("button", "button--secondary");
		return button;
	}

	private Span statusTag(InvitationStatus status) {
		var tag = new Span(getTranslation("people.status." + status.name().toLowerCase(Locale.ROOT)));
		tag.addClassName("tag");
		switch (status) {
			case PENDING -> tag.addClassName("tag--upcoming");
			case ACCEPTED -> tag.addClassName("tag--done");
			default -> {
			}
		}
		return tag;
	}

	private H2 section(String key) {
		return Page.sectionHeading(getTranslation(key));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", heading);
	}

}
