package app.heard.draftplan.internal;

import app.heard.caserecord.DraftPlan;
import app.heard.draftplan.DraftPlanPage;
import app.heard.draftplan.Target;
import app.heard.draftplan.Wording;
import app.heard.shell.PdfPages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The draft plan as a PDF, in the same groups and order as the page, with the person's
 * own comments under the parts they are about. Text, not images of text, in an embedded
 * font that draws every script (as the views PDF).
 */
@Component
class DraftPlanPdf {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final MessageSource messages;

	DraftPlanPdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(DraftPlanPage page) {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			var plan = page.plan();
			String title = text("draft-plan.heading", page.childName());
			document.getDocumentInformation().setTitle(title);
			document.getDocumentCatalog().setLanguage("en-GB");
			try (var pages = new PdfPages(document, PdfPages.font(document, "fonts/DejaVuSans.ttf"),
					PdfPages.font(document, "fonts/DejaVuSans-Bold.ttf"))) {
				pages.heading(title);
				pages.paragraph(text("draft-plan.pdf.served", plan.draftNumber(), DATE.format(plan.servedOn()),
						DATE.format(page.window().lastDay())));
				for (var group : DraftPlan.GROUPS) {
					pages.subheading(text(Wording.groupKey(group)));
					for (String code : group) {
						if (code.equals("E")) {
							outcomes(pages, page, group.get(0));
							continue;
						}
						pages.paragraph(text(Wording.sectionKey(code)) + ": "
								+ (plan.withholds(code) ? text("draft-plan.section.withheld")
										: plan.section(code).orElse(text("draft-plan.section.empty"))));
						comment(pages, page, Target.section(code));
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

	private void outcomes(PdfPages pages, DraftPlanPage page, String need) throws IOException {
		for (var outcome : page.plan().outcomesFor(need)) {
			pages.paragraph(text("draft-plan.outcome.pdf", outcome.area(), outcome.description()));
			comment(pages, page, Target.outcome(outcome.laId()));
			for (int step = 0; step < outcome.steps().size(); step++) {
				pages.note(text("draft-plan.step.pdf", step + 1, outcome.steps().get(step)));
			}
			for (var provision : outcome.provisions()) {
				pages.note(Wording.provisionSentence(provision, this::text));
				comment(pages, page, Target.provision(provision.laId()));
			}
		}
	}

	private void comment(PdfPages pages, DraftPlanPage page, Target target) throws IOException {
		var comment = page.commentOn(target);
		if (comment.isPresent() && !comment.get().text().isBlank()) {
			pages.note(text(comment.get().sent() ? "draft-plan.comment.sent-label" : "draft-plan.comment.draft-label")
					+ " " + comment.get().text());
		}
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, Locale.UK);
	}

}
