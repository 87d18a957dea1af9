package app.heard;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs axe-core with the WCAG 2.2 AA tags on the page as it is now, records the result in
 * accessibility/audit/, and fails on any violation.
 */
public final class AxeAudit {

	public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	static final List<String> STRUCTURE_RULES = List.of("landmark-one-main", "page-has-heading-one", "heading-order",
			"empty-heading", "skip-link", "landmark-unique", "landmark-no-duplicate-banner",
			"landmark-no-duplicate-contentinfo", "landmark-no-duplicate-main", "landmark-main-is-top-level",
			"landmark-banner-is-top-level", "landmark-contentinfo-is-top-level");

	static final Path AUDIT_DIRECTORY = Path.of("accessibility", "audit");

	private AxeAudit() {
	}

	public static void check(Page page, String name) {
		AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
		int width = page.viewportSize().width;
		record(name + "-" + width, page.url(), results);
		// The WCAG tags leave out structure a screen reader user relies on: one main
		// landmark, one h1, heading
		// order. axe files those under best practice; we hold ourselves to them too. Not
		// its "region" rule:
		// Vaadin adds its connection indicator to <body>, outside our landmarks, on every
		// page.
		AxeResults structure = new AxeBuilder(page).withRules(STRUCTURE_RULES).analyze();
		var violations = new ArrayList<>(results.getViolations());
		violations.addAll(structure.getViolations());
		if (!violations.isEmpty()) {
			throw new AssertionError(
					"Accessibility violations on " + name + " at " + width + " px:\n" + describe(violations));
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map(rule -> "- " + rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList())
			.collect(Collectors.joining("\n"));
	}

	private static void record(String name, String url, AxeResults results) {
		try {
			Files.createDirectories(AUDIT_DIRECTORY);
			var summary = new AuditRecord(name, redact(url), TAGS, results.getViolations().size(),
					results.getPasses().size(), results.getIncomplete().size(),
					results.getViolations().stream().map(Rule::getId).toList(),
					results.getIncomplete().stream().map(Rule::getId).toList(),
					results.getPasses().stream().map(Rule::getId).toList());
			new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
				.writeValue(AUDIT_DIRECTORY.resolve(name.replaceAll("[^a-z0-9-]", "-") + ".json").toFile(), summary);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Ports and case ids change every run; the committed audit should change only when
	 * the results do.
	 */
	private static String redact(String url) {
		return url.replaceAll("\\?.*", "")
			.replaceAll("localhost:\\d+", "localhost")
			.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{caseId}");
	}

	record AuditRecord(String page, String url, List<String> tags, int violations, int passes, int incomplete,
			List<String> violatedRules, List<String> incompleteRules, List<String> passedRules) {
	}

}
