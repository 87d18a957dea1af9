package app.heard.caserecord.ui;

import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseNotFoundException;
import app.heard.caserecord.YoungPersonHandover;
import app.heard.caserecord.YoungPersonHandover.Choices;
import app.heard.caserecord.YoungPersonHandover.ParentChoice;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * What every page of the handover shares: the choices of the person deciding (anyone else
 * learns only that the page is not there), a title, a back link, and the way from one
 * parent to the next. Written in easy words for a young person; where an alternative
 * person decides for them, the pages say whose case it is.
 */
abstract class HandoverPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

	protected final transient YoungPersonHandover handover;

	private String title = "";

	HandoverPage(YoungPersonHandover handover) {
		this.handover = handover;
	}

	@Override
	public final void beforeEnter(BeforeEnterEvent event) {
		CaseId id = event.getRouteParameters().get("caseId").flatMap(CaseId::parse).orElseThrow(NotFoundException::new);
		Choices choices;
		try {
			choices = handover.choices(id);
		}
		catch (CaseNotFoundException | AccessDeniedException ex) {
			throw new NotFoundException();
		}
		removeAll();
		render(choices, event);
	}

	protected abstract void render(Choices choices, BeforeEnterEvent event);

	/** The words for the young person, or for the person deciding for them. */
	protected String words(Choices choices, String key, Object... arguments) {
		if (choices.forYoungPerson().isEmpty()) {
			return getTranslation(key, arguments);
		}
		Object[] withName = new Object[arguments.length + 1];
		System.arraycopy(arguments, 0, withName, 0, arguments.length);
		withName[arguments.length] = choices.forYoungPerson().get();
		return getTranslation(key + ".for", withName);
	}

	protected void title(String title) {
		this.title = title;
	}

	protected Anchor backLink(String href) {
		var back = new Anchor(href, getTranslation("handover.back"));
		back.addClassName("back-link");
		return back;
	}

	protected NativeButton continueButton() {
		var next = new NativeButton(getTranslation("handover.continue"));
		next.addClassName("button");
		return next;
	}

	protected Optional<ParentChoice> parent(Choices choices, BeforeEnterEvent event) {
		return event.getRouteParameters().get("parent").flatMap(HandoverPage::uuid).flatMap(choices::parent);
	}

	/** The first parent nobody has chosen for yet, else the summary of choices. */
	protected static String next(Choices choices) {
		return choices.parents()
			.stream()
			.filter(p -> p.access().isEmpty())
			.findFirst()
			.map(p -> HandoverPaths.keep(choices.caseId(), p.parent()))
			.orElse(HandoverPaths.check(choices.caseId()));
	}

	/** Where "Back" goes from a parent's first question. */
	protected static String before(Choices choices, UUID parent) {
		List<ParentChoice> parents = choices.parents();
		for (int i = 1; i < parents.size(); i++) {
			if (parents.get(i).parent().equals(parent)) {
				return HandoverPaths.keep(choices.caseId(), parents.get(i - 1).parent());
			}
		}
		return choices.forYoungPerson().isPresent() ? HandoverPaths.start(choices.caseId())
				: HandoverPaths.aboutMe(choices.caseId());
	}

	protected void showErrorTitle(String question) {
		title(getTranslation("handover.error.title-prefix") + question);
		UI.getCurrent().getPage().setTitle(getPageTitle());
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", title);
	}

}
