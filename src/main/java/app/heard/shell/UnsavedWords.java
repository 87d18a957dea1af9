package app.heard.shell;

import app.heard.identity.PersonId;

import com.vaadin.flow.component.UI;

/**
 * Keeps a copy of the answer box in this browser tab ({@link KeptInThisTab}) from each
 * keystroke until the server has saved those words, so what was typed as a session ended
 * — phone asleep past the idle timeout, server restarted — comes back when the person
 * signs in again and opens the page. The copy says who typed it and which saved version
 * it was based on: it is restored only for the same person, and through the normal
 * conflict check, so it never silently overwrites someone else's newer answer.
 */
public final class UnsavedWords {

	/**
	 * The version to save kept words against when the copy does not say which it was
	 * based on: as if nothing had been saved, so any saved text shows as a conflict.
	 */
	public static final long NEW = -1;

	public interface Restore {

		void restore(String text, long basedOnVersion);

	}

	private final PlainTextArea box;

	private final String key;

	public UnsavedWords(PlainTextArea box, String path, PersonId person, long version, Restore restore) {
		this.box = box;
		this.key = KeptInThisTab.KEY_PREFIX + "/" + path;
		basedOn(version);
		box.getElement().addEventListener("heard-restore", event -> {
			var kept = event.getEventData();
			if (person.value().toString().equals(kept.get("event.detail.person").asString())) {
				restore.restore(kept.get("event.detail.text").asString(),
						parseVersion(kept.get("event.detail.version").asString()));
			}
		}).addEventData("event.detail.text").addEventData("event.detail.version").addEventData("event.detail.person");
		box.getElement().executeJs("""
				const box = this, key = $0;
				const kept = JSON.parse(sessionStorage.getItem(key) || 'null');
				if (kept && kept.text !== box.value) {
				  // Into the box here, not by setting the value on the server, which would
				  // count as typing and autosave before the version check
				  box.value = kept.text;
				  box.dispatchEvent(new CustomEvent('heard-restore', { detail: kept }));
				} else if (kept) {
				  sessionStorage.removeItem(key);
				}
				box.addEventListener('input', () => sessionStorage.setItem(key, JSON.stringify(
				  { person: $1, version: box.dataset.version, text: box.value })));""", key, person.value().toString());
	}

	/** The saved version that what is in the box now builds on. */
	public void basedOn(long version) {
		box.getElement().setAttribute("data-version", String.valueOf(version));
	}

	/**
	 * Forgets the copy if it holds exactly these saved words; words typed since stay
	 * kept. Through the page, not the box: after "Save and continue" the box is already
	 * gone.
	 */
	public void saved(String text) {
		UI.getCurrent().getPage().executeJs("""
				const kept = JSON.parse(sessionStorage.getItem($0) || 'null');
				if (kept && kept.text === $1) sessionStorage.removeItem($0);""", key, text);
	}

	/** The person chose other words than those kept. */
	public void forget() {
		UI.getCurrent().getPage().executeJs("sessionStorage.removeItem($0)", key);
	}

	private static long parseVersion(String version) {
		try {
			return Long.parseLong(version);
		}
		catch (NumberFormatException ex) {
			// Unknown base: as if nothing had been saved, so any saved answer shows as a
			// conflict with both texts rather than being overwritten
			return NEW;
		}
	}

}
