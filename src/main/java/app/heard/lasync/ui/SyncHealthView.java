package app.heard.lasync.ui;

import app.heard.lasync.LaSync;
import app.heard.lasync.SyncHealth;
import app.heard.lasync.SyncHealth.Direction;
import app.heard.lasync.SyncHealth.Failure;
import app.heard.shell.Page;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * For the LA's administrators: is the sync working in each direction, how much is
 * waiting, and what gave up and why, with a way to try it again. Anyone else finds no
 * such page.
 */
@Route("la-sync")
@PermitAll
class SyncHealthView extends Div implements BeforeEnterObserver, HasDynamicTitle {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final transient LaSync sync;

	SyncHealthView(LaSync sync) {
		this.sync = sync;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		render(read(), null);
	}

	private SyncHealth read() {
		try {
			return sync.health();
		}
		catch (AccessDeniedException ex) {
			throw new NotFoundException();
		}
	}

	private void render(SyncHealth health, String notice) {
		removeAll();
		add(Page.heading(getTranslation("la-sync.heading")));
		if (notice != null) {
			var done = Page.paragraph(notice);
			done.addClassName("inset");
			done.getElement().setAttribute("role", "status");
			add(done);
		}
		var summary = new Div();
		summary.addClassName("summary");
		direction(summary, "la-sync.pull", health.pull());
		direction(summary, "la-sync.push-in", health.pushIn());
		direction(summary, "la-sync.send", health.send());
		row(summary, "la-sync.backlog", health.backlog() == 0 ? getTranslation("la-sync.backlog.none") : getTranslation(
				"la-sync.backlog.waiting", health.backlog(), health.oldestWaiting().map(WHEN::format).orElse("")));
		add(summary);

		add(section("la-sync.failures.heading"));
		if (health.failures().isEmpty()) {
			add(Page.paragraph(getTranslation("la-sync.failures.none")));
		}
		health.failures().forEach(failure -> add(failure(failure)));

		add(section("la-sync.reconciliation.heading"));
		var reconciliation = health.reconciliation();
		add(Page.paragraph(reconciliation.at()
			.map(at -> getTranslation("la-sync.reconciliation.last", WHEN.format(at), reconciliation.casesCompared(),
					reconciliation.drift().size()))
			.orElse(getTranslation("la-sync.reconciliation.never"))));
		if (!reconciliation.drift().isEmpty()) {
			var drift = new UnorderedList();
			reconciliation.drift().forEach(line -> drift.add(new ListItem(line)));
			add(drift);
		}

		add(section("la-sync.to-check.heading"));
		if (health.toCheck().isEmpty()) {
			add(Page.paragraph(getTranslation("la-sync.to-check.none")));
		}
		else {
			add(Page.paragraph(getTranslation("la-sync.to-check.intro")));
			var toCheck = new UnorderedList();
			health.toCheck().forEach(line -> toCheck.add(new ListItem(line)));
			add(toCheck);
		}
	}

	private Div failure(Failure failure) {
		var card = new Div();
		card.addClassName("summary");
		var title = new H3(getTranslation("la-sync.failure.title", failure.caseLaId(), failure.sequence(),
				getTranslation("la-sync.type." + failure.type().toLowerCase(Locale.ROOT))));
		title.addClassName("heading-m");
		card.add(title);
		row(card, "la-sync.failure.why", failure.lastError());
		row(card, "la-sync.failure.tries",
				getTranslation("la-sync.failure.tries.value", failure.attempts(), WHEN.format(failure.createdAt())));
		var retry = new NativeButton(getTranslation("la-sync.retry"));
		retry.add(Page.visuallyHidden(getTranslation("la-sync.retry.which", failure.caseLaId(), failure.sequence())));
		retry.addClassNames("button", "button--secondary");
		retry.addClickListener(click -> {
			boolean retried = sync.retry(failure.messageId());
			render(read(), getTranslation(retried ? "la-sync.retried" : "la-sync.retried.already", failure.caseLaId(),
					failure.sequence()));
		});
		card.add(retry);
		return card;
	}

	private void direction(Div summary, String key, Direction direction) {
		String value = direction.lastSuccess()
			.map(at -> getTranslation("la-sync.last-ok", WHEN.format(at)))
			.orElse(getTranslation("la-sync.never"));
		if (direction.lastError().isPresent()) {
			value += " " + getTranslation("la-sync.last-error", when(direction.lastTry()), direction.lastError().get());
		}
		row(summary, key, value);
	}

	private static String when(Optional<Instant> at) {
		return at.map(WHEN::format).orElse("");
	}

	private void row(Div summary, String key, String value) {
		summary.add(Page.summaryRow(getTranslation(key), value));
	}

	private H2 section(String key) {
		return Page.sectionHeading(getTranslation(key));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", getTranslation("la-sync.heading"));
	}

}
