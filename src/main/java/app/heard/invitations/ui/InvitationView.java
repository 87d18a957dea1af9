package app.heard.invitations.ui;

import app.heard.caserecord.CaseId;
import app.heard.invitations.InvitationProblems;
import app.heard.invitations.InvitationProblems.Problem;
import app.heard.invitations.Invitations;
import app.heard.invitations.LinkState;
import app.heard.identity.CurrentPerson;
import app.heard.shell.DisplayFormats;
import app.heard.shell.Page;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where an invitation link leads, once signed in (the sign-in returns here): accept it,
 * or, for a link that no longer works, a kind page saying why and what to do. The child
 * is not named before acceptance: holding a link does not prove it was meant for you.
 */
@Route("invitations/:token")
@PermitAll
class InvitationView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final transient Invitations invitations;

	private final transient CurrentPerson currentPerson;

	private String heading = "";

	InvitationView(Invitations invitations, CurrentPerson currentPerson) {
		this.invitations = invitations;
		this.currentPerson = currentPerson;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String token = event.getRouteParameters().get("token").orElse("");
		LinkState link = invitations.open(token);
		switch (link.kind()) {
			case OPEN -> showOpen(token, link);
			case USED ->
				link.acceptedCase().ifPresentOrElse(this::showAlreadyYours, () -> show("invitation.used", null));
			case EXPIRED -> show("invitation.expired", null);
			case NOT_VALID -> show("invitation.not-valid", null);
		}
	}

	private void showOpen(String token, LinkState link) {
		removeAll();
		heading = getTranslation("invitation.open.heading");
		add(Page.heading(heading));
		String role = getTranslation(PeoplePaths.roleKey(link.role().orElseThrow()));
		add(Page.paragraph(getTranslation("invitation.open.who", link.invitedBy().orElse(""), role)));
		add(Page.paragraph(getTranslation("invitation.open.what", currentPerson.require().displayName())));
		link.expiresAt()
			.ifPresent(until -> add(
					Page.paragraph(getTranslation("invitation.open.until", DisplayFormats.longDate(until)))));
		var accept = new NativeButton(getTranslation("invitation.accept"), click -> accept(token));
		accept.addClassName("button");
		add(accept);
	}

	private void accept(String token) {
		CaseId caseId;
		try {
			caseId = invitations.accept(token);
		}
		catch (InvitationProblems refused) {
			Problem problem = refused.problems().getFirst();
			show(switch (problem) {
				case LINK_USED -> "invitation.used";
				case LINK_EXPIRED -> "invitation.expired";
				case ALREADY_INVOLVED -> "invitation.already-involved";
				case YOUNG_PERSON_UNDER_16 -> "invitation.under-16";
				default -> "invitation.not-valid";
			}, null);
			UI.getCurrent().getPage().setTitle(getPageTitle());
			return;
		}
		UI.getCurrent().navigate("children/" + caseId);
	}

	private void showAlreadyYours(CaseId caseId) {
		var go = new Anchor("children/" + caseId, getTranslation("invitation.used.yours.go"));
		go.addClassName("button");
		show("invitation.used.yours", go);
	}

	/** A heading, what happened and what to do, and perhaps a way on. */
	private void show(String key, Anchor next) {
		removeAll();
		heading = getTranslation(key + ".heading");
		add(Page.heading(heading));
		if (next == null) {
			add(Page.paragraph(getTranslation(key + ".what")));
			var home = new Anchor("children", getTranslation("not-found.home"));
			home.addClassName("link");
			add(new Paragraph(home));
		}
		else {
			add(next);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", heading);
	}

}
