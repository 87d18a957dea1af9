package app.heard.upload.internal;

import app.heard.views.ViewKind;
import java.util.Arrays;
import java.util.Optional;

/**
 * The words uploads use for whose views a file belongs to: the same as the views pages'
 * addresses.
 */
public final class Kinds {

	private Kinds() {
	}

	public static String slug(ViewKind kind) {
		return kind == ViewKind.ABOUT_ME ? "about-me" : "our-views";
	}

	public static Optional<ViewKind> of(String slug) {
		return Arrays.stream(ViewKind.values()).filter(kind -> slug(kind).equals(slug)).findFirst();
	}

}
