package app.heard.views.internal;

import app.heard.shell.PdfPages;
import app.heard.views.Question;
import app.heard.views.Submitted;
import app.heard.views.ViewKind;
import app.heard.views.Wording;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Submitted views as a PDF to print or keep: the same words, in the same order, with who
 * recorded each answer. Text, never an image of text, so it can be searched, copied and
 * read aloud. DejaVu Sans is embedded because the standard PDF fonts have no glyphs
 * beyond Western European letters, and families' names and words come in every script.
 */
@Component
class SubmissionPdf {

	private static final Locale ENGLISH = Locale.UK;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", ENGLISH);

	private final MessageSource messages;

	SubmissionPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(Submitted submitted) {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			PDFont regular = PdfPages.font(document, "fonts/DejaVuSans.ttf");
			PDFont bold = PdfPages.font(document, "fonts/DejaVuSans-Bold.ttf");
			String title = title(submitted);
			document.getDocumentInformation().setTitle(title);
			document.getDocumentCatalog().setLanguage("en-GB");
			try (var pages = new PdfPages(document, regular, bold)) {
				pages.heading(title);
				pages.paragraph(text("views.sent.when",
						DATE.format(submitted.at().atZone(ZoneId.of("Europe/London")).toLocalDate())));
				pages.paragraph(submitted.attribution());
				for (var question : submitted.kind().questions()) {
					var answer = submitted.answers().get(question);
					pages.subheading(text(Wording.questionKey(submitted.kind(), question)));
					if (answer == null) {
						pages.paragraph(text("views.check.empty"));
						continue;
					}
					pages.paragraph(
							question == Question.PROGRESS ? text(Wording.scaleKey(answer.text())) : answer.text());
					pages.note(answer.attribution());
					if (question == Question.PROGRESS) {
						outcomes(pages, submitted);
					}
				}
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void outcomes(PdfPages pages, Submitted submitted) throws IOException {
		for (var rating : submitted.outcomeRatings()) {
			pages.subheading(text("views.outcome.pdf", rating.outcome()));
			pages.paragraph(text(Wording.scaleKey(rating.rating())));
			pages.note(rating.attribution());
		}
	}

	private String title(Submitted submitted) {
		return submitted.kind() == ViewKind.ABOUT_ME ? text("views.about-me.heading", submitted.childName())
				: text("views.submitted.parent-heading", submitted.childName());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, ENGLISH);
	}

}
