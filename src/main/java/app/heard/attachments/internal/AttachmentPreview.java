package app.heard.attachments.internal;

import app.heard.media.MediaKind;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.Locale;

/**
 * A ready file as it is seen: the photo, a video or recording that plays inline (with its
 * poster, seekable), or a document's first page with a link to open it. Always from the
 * access-checked rendition handler, never the original.
 */
final class AttachmentPreview {

	private AttachmentPreview() {
	}

	static Component of(Component on, AttachmentView file) {
		String base = "/media/" + file.id() + "/";
		String caption = alternative(on, file);
		var shownAs = new Div();
		shownAs.addClassName("attachment__media");
		switch (file.mediaKind().orElse(MediaKind.PHOTO)) {
			case PHOTO -> shownAs.add(new Image(base + "display", caption));
			case VIDEO -> shownAs.getElement()
				.appendChild(player("video", base + "video", caption).setAttribute("poster", base + "poster")
					.setAttribute("playsinline", true));
			case AUDIO -> shownAs.getElement().appendChild(player("audio", base + "audio", caption));
			case DOCUMENT -> {
				shownAs.add(new Image(base + "preview", on.getTranslation("attachments.document.preview", caption)));
				var open = new Anchor(base + "document", on.getTranslation("attachments.document.open"));
				open.addClassName("link");
				open.setTarget("_blank");
				shownAs.add(new Paragraph(open));
			}
		}
		return shownAs;
	}

	/**
	 * The words that stand for the file for someone who cannot see or hear it: its
	 * caption; without one, at least what it is and who added it (not just "photo"). The
	 * caption field asks for words that describe it.
	 */
	static String alternative(Component on, AttachmentView file) {
		if (!file.caption().isBlank()) {
			return file.caption();
		}
		return on.getTranslation(
				"attachments.uncaptioned."
						+ file.mediaKind().map(kind -> kind.name().toLowerCase(Locale.ROOT)).orElse("file"),
				file.addedBy());
	}

	/** "photo", "video", "recording" or "document", for labels and announcements. */
	static String describe(Component on, AttachmentView file) {
		return on.getTranslation("attachments.kind."
				+ file.mediaKind().map(kind -> kind.name().toLowerCase(Locale.ROOT)).orElse("file"));
	}

	private static Element player(String tag, String source, String label) {
		var player = new Element(tag);
		player.setAttribute("controls", true);
		player.setAttribute("preload", "metadata");
		player.setAttribute("src", source);
		player.setAttribute("aria-label", label);
		return player;
	}

}
