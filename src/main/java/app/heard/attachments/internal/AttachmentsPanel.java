package app.heard.attachments.internal;

import app.heard.caserecord.CaseId;
import app.heard.media.MediaKind;
import app.heard.shell.Page;
import app.heard.upload.FileChoice;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import app.heard.views.Wording;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.dom.Element;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The files beside one answer, and the way to add more: each shows as it will be seen
 * (photo, playable video or recording, first page of a document), with its caption, who
 * added it, and Remove. While a file is being prepared the panel checks back every couple
 * of seconds and says, in a live region, when it is ready or why it cannot be used.
 */
class AttachmentsPanel extends Div {

	private static final int POLL_MILLIS = 2000;

	private final transient AttachmentLedger ledger;

	private final CaseId caseId;

	private final ViewKind kind;

	private final Question question;

	private final UnorderedList list = new UnorderedList();

	private final Paragraph announcement = new Paragraph();

	/** Each file as last shown, to rebuild and announce only what changed. */
	private final Map<UUID, AttachmentView> shown = new HashMap<>();

	private final Map<UUID, ListItem> items = new HashMap<>();

	private Registration polling;

	AttachmentsPanel(AttachmentLedger ledger, CaseId caseId, ViewKind kind, Question question, String eachUpTo,
			String allTogether) {
		this.ledger = ledger;
		this.caseId = caseId;
		this.kind = kind;
		this.question = question;
		addClassName("attachments");
		setId("attachments");
		var heading = new H2(getTranslation("attachments.heading"));
		heading.addClassName("heading-m");
		heading.setId("attachments-heading");
		getElement().setAttribute("role", "region");
		getElement().setAttribute("aria-labelledby", "attachments-heading");
		var limits = new Paragraph(getTranslation("attachments.limits", eachUpTo, allTogether));
		limits.addClassName("hint");
		limits.setId("attachments-limits");
		list.addClassName("attachment-list");
		announcement.getElement().setAttribute("role", "status");
		announcement.addClassName("visually-hidden");
		add(heading, limits, list, announcement, addFile());
		refresh();
	}

	/**
	 * A button for each thing a child or parent might add, each to the page that sends it
	 * (one thing per page, GOV.UK style); what is typed here is already saved, or kept in
	 * the tab until it is.
	 */
	private Div addFile() {
		var buttons = new Div();
		buttons.addClassName("attachment-buttons");
		buttons.setId("add-file");
		for (var choice : List.of(FileChoice.PHOTO, FileChoice.VIDEO, FileChoice.VOICE, FileChoice.DOCUMENT)) {
			var add = new Anchor("children/" + caseId + "/views/" + kind.slug() + "/" + Wording.slug(question)
					+ "/add-file?what=" + choice.slug(), getTranslation(choice.key("heading")));
			add.addClassNames("button", "button--secondary");
			buttons.add(add);
		}
		return buttons;
	}

	@Override
	protected void onAttach(AttachEvent event) {
		polling = event.getUI().addPollListener(poll -> refresh());
		sayRefusalsAgain();
	}

	/**
	 * A file refused while the person was on another page (sending it, or away) shows
	 * here when they come back, but a live region only speaks what changes after the page
	 * is there: the words go into it a moment after the page is shown, on every visit
	 * until the file is removed.
	 */
	private void sayRefusalsAgain() {
		var refused = shown.values()
			.stream()
			.filter(file -> file.addedByMe() && !file.status().inProgress() && file.status() != AttachmentStatus.READY)
			.map(this::outcomeWords)
			.distinct()
			.toList();
		if (!refused.isEmpty()) {
			announcement.getElement()
				.executeJs("const region = this, words = $0; setTimeout(() => { region.textContent = words; }, 1000)",
						String.join(" ", refused));
		}
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (polling != null) {
			polling.remove();
		}
		event.getUI().setPollInterval(-1);
	}

	/**
	 * Shows the files as they are now. An item is rebuilt only when its file changed, so
	 * a caption being typed is never swept away by the check for another file's progress.
	 */
	private void refresh() {
		List<AttachmentView> files = ledger.on(caseId, kind, question);
		var stillThere = files.stream().map(AttachmentView::id).toList();
		shown.keySet().removeIf(id -> {
			if (stillThere.contains(id)) {
				return false;
			}
			items.remove(id).removeFromParent();
			return true;
		});
		boolean preparing = false;
		for (var file : files) {
			preparing |= file.status().beingPrepared();
			var before = shown.put(file.id(), file);
			if (before == null) {
				items.put(file.id(), item(file));
				list.add(items.get(file.id()));
			}
			else if (!before.equals(file)) {
				var changed = item(file);
				list.replace(items.put(file.id(), changed), changed);
				if (before.status().inProgress() && !file.status().inProgress()) {
					announcement.setText(outcomeWords(file));
				}
			}
		}
		list.setVisible(!files.isEmpty());
		var ui = UI.getCurrent();
		if (ui != null) {
			ui.setPollInterval(preparing ? POLL_MILLIS : -1);
		}
	}

	private ListItem item(AttachmentView file) {
		var item = new ListItem();
		item.addClassName("attachment");
		switch (file.status()) {
			case WAITING, PROCESSING -> {
				var progress = new Element("progress");
				progress.setAttribute("max", "100");
				progress.setAttribute("value", String.valueOf(file.progressPercent()));
				progress.setAttribute("aria-label", getTranslation("attachments.preparing"));
				item.add(new Paragraph(getTranslation("attachments.preparing.progress", file.progressPercent())));
				item.getElement().appendChild(progress);
			}
			case QUARANTINED -> item.add(new Paragraph(getTranslation("attachments.quarantined")));
			case READY -> item.add(AttachmentPreview.of(this, file));
			case REJECTED -> item.add(Page.withClass(new Paragraph(outcomeWords(file)), "error-message"));
			case FAILED ->
				item.add(Page.withClass(new Paragraph(getTranslation("attachments.failed")), "error-message"));
		}
		file.displayFilename().ifPresent(name -> item.add(Page.withClass(new Paragraph(name), "hint")));
		item.add(Page.withClass(new Paragraph(getTranslation("attachments.added-by", file.addedBy())), "hint"));
		if (file.addedByMe()) {
			if (file.status() == AttachmentStatus.READY) {
				item.add(caption(file));
			}
			var remove = new NativeButton(getTranslation("attachments.remove"), click -> {
				ledger.remove(file.id());
				announcement.setText(getTranslation("attachments.removed"));
				refresh();
			});
			remove.addClassNames("button", "button--secondary");
			remove.add(Page.withClass(new Span(" " + AttachmentPreview.describe(this, file)), "visually-hidden"));
			item.add(remove);
		}
		return item;
	}

	private Div caption(AttachmentView file) {
		String id = "caption-" + file.id();
		var label = new NativeLabel(getTranslation("attachments.caption"));
		label.setFor(id);
		label.addClassName("label");
		var input = new Element("input");
		input.setAttribute("type", "text");
		input.setAttribute("id", id);
		input.setAttribute("maxlength", String.valueOf(AttachmentLedger.MAX_CAPTION));
		input.setAttribute("value", file.caption());
		input.setAttribute("aria-describedby", id + "-hint");
		input.getClassList().add("input");
		var hint = new Paragraph(getTranslation("attachments.caption.hint"));
		hint.setId(id + "-hint");
		hint.addClassName("hint");
		var saved = new Paragraph();
		saved.addClassName("hint");
		saved.getElement().setAttribute("role", "status");
		input.addEventListener("change", event -> {
			String words = event.getEventData().get("element.value").asString();
			ledger.caption(file.id(), words);
			// This item already shows it: no need to rebuild it
			var captioned = shown.computeIfPresent(file.id(), (same, was) -> was.withCaption(words.strip()));
			saved.setText(getTranslation("attachments.caption.saved"));
			// The photo's text alternative (a player's label) is the caption: keep it so
			// without rebuilding the item
			if (captioned != null) {
				String alternative = AttachmentPreview.alternative(this, captioned);
				input.executeJs(
						"""
								const media = this.closest('li').querySelector('.attachment__media img, .attachment__media video,'
								    + ' .attachment__media audio');
								if (media && media.tagName === 'IMG') media.alt = $0;
								else if (media) media.setAttribute('aria-label', $0);""",
						alternative);
			}
		}).addEventData("element.value");
		var field = new Div(label, hint);
		field.addClassName("form-group");
		field.getElement().appendChild(input);
		field.add(saved);
		return field;
	}

	private String outcomeWords(AttachmentView file) {
		return switch (file.status()) {
			case READY -> getTranslation("attachments.ready", AttachmentPreview.describe(this, file));
			case REJECTED -> file.rejection()
				.map(reason -> file.rejectionArgument().isPresent()
						? getTranslation(reason.translationKey(), file.rejectionArgument().get())
						: getTranslation(reason.translationKey()))
				.orElse(getTranslation("attachments.failed"));
			default -> getTranslation("attachments.failed");
		};
	}

}
