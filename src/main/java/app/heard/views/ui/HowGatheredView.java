package app.heard.views.ui;

import app.heard.shell.ErrorSummary;
import app.heard.caserecord.CaseId;
import app.heard.views.Gathered;
import app.heard.views.ViewKind;
import app.heard.views.ViewSet;
import app.heard.views.ViewsService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;

/**
 * Asked once of anyone recording a child's About Me with or for them: how the child is
 * giving their views. Every answer they save then says so in its attribution, so nobody
 * types "on behalf of" and no one else's typing is passed off as the child's own words.
 */
@Route("children/:caseId/views/about-me/how")
@PermitAll
class HowGatheredView extends ViewsPage implements BeforeEnterObserver {

	private final transient ViewsService views;

	HowGatheredView(ViewsService views) {
		this.views = views;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		CaseId caseId = ViewsPaths.caseId(event);
		ViewSet set = orNotFound(() -> views.open(caseId, ViewKind.ABOUT_ME));
		if (!set.recordedForTheChild()) {
			throw new NotFoundException();
		}
		String question = getTranslation("views.how.heading", set.childName());
		title(question);
		removeAll();
		var errors = new ErrorSummary();
		var options = Arrays.stream(Gathered.values())
			.map(how -> new Radios.Option(how.name(), getTranslation("views.how." + ViewsPaths.slug(how)),
					getTranslation("views.how." + ViewsPaths.slug(how) + ".hint", set.childName())))
			.toList();
		var radios = new Radios(question, options, set.howGathered().map(Gathered::name).orElse(""));
		var next = new NativeButton(getTranslation("views.continue"));
		next.addClassName("button");
		next.getElement().addEventListener("click", click -> {
			String chosen = click.getEventData().get(Radios.VALUE_EXPRESSION).asString();
			if (chosen == null || chosen.isEmpty()) {
				String message = getTranslation("views.how.error", set.childName());
				radios.showError(message);
				errors.show(getTranslation("views.error.heading"), message, "choice-own-words");
				title(getTranslation("views.error.title-prefix") + question);
				UI.getCurrent().getPage().setTitle(getPageTitle());
				return;
			}
			views.sayHowGathered(caseId, Gathered.valueOf(chosen));
			UI.getCurrent().navigate(ViewsPaths.start(caseId, ViewKind.ABOUT_ME));
		}).addEventData(Radios.VALUE_EXPRESSION);
		add(backLink(ViewsPaths.start(caseId, ViewKind.ABOUT_ME)), errors, radios,
				RecordingForSomeoneElse.signFor(this, set), next);
	}

}
