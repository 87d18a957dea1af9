package app.heard.caserecord.ui;

import app.heard.caserecord.CaseAccessService;
import app.heard.caserecord.CaseAccessService.Access;
import app.heard.caserecord.CaseContext;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.CaseRecordService;
import app.heard.caserecord.CaseRole;
import app.heard.shell.Page;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * "End Priya's access?": one question, what it means, and a way back. For the
 * co-ordinator (anyone's access) and for the family (their advocate's or DiAS worker's);
 * for anyone else, and any other person, the page is not there.
 */
@Route("children/:caseId/access/:involvementId/end")
@PermitAll
class EndAccessView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private final transient CaseAccessService access;

	private final transient CaseRecordService cases;

	private String heading = "";

	EndAccessView(CaseAccessService access, CaseRecordService cases) {
		this.access = access;
		this.cases = cases;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		CaseId caseId = event.getRouteParameters()
			.get("caseId")
			.flatMap(CaseId::parse)
			.orElseThrow(NotFoundException::new);
		UUID involvementId = event.getRouteParameters()
			.get("involvementId")
			.flatMap(EndAccessView::uuid)
			.orElseThrow(NotFoundException::new);
		CaseContext kase;
		Access person;
		try {
			kase = cases.context(caseId);
			person = access.whoHasAccess(caseId)
				.stream()
				.filter(a -> a.involvementId().equals(involvementId) && a.youMayEnd())
				.findFirst()
				.orElseThrow(NotFoundException::new);
		}
		catch (CaseNotFoundException | AccessDeniedException ex) {
			throw new NotFoundException();
		}
		boolean coordinator = kase.myRole() == CaseRole.CASE_COORDINATOR;
		String back = coordinator ? "children/" + caseId + "/people" : "children/" + caseId;
		removeAll();
		heading = getTranslation("end.heading", person.displayName(), kase.childName());
		var backLink = new Anchor(back, getTranslation("views.back"));
		backLink.addClassName("back-link");
		add(backLink, Page.heading(heading));
		add(Page.paragraph(getTranslation(coordinator ? "end.what.coordinator" : "end.what", person.displayName(),
				kase.childName())));
		add(Page.paragraph(getTranslation("end.again")));
		var confirm = new NativeButton(getTranslation("end.confirm"), click -> {
			access.endAccess(caseId, involvementId);
			UI.getCurrent().navigate(back);
		});
		confirm.addClassName("button");
		var cancel = new Anchor(back, getTranslation("end.cancel"));
		cancel.addClassName("link");
		add(new Div(confirm), new Div(cancel));
	}

	private static java.util.Optional<UUID> uuid(String text) {
		try {
			return java.util.Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", heading);
	}

}
