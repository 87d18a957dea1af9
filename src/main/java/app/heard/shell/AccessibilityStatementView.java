package app.heard.shell;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.core.io.ClassPathResource;

/**
 * The accessibility statement, which the regulations require on the service itself.
 * Rendered from accessibility/statement.md so there is one copy to keep up to date.
 */
@Route("accessibility")
@AnonymousAllowed
class AccessibilityStatementView extends Div implements HasDynamicTitle {

	AccessibilityStatementView() {
		addClassName("statement");
		add(new Html("<div>"
				+ HtmlRenderer.builder().escapeHtml(true).build().render(Parser.builder().build().parse(statement()))
				+ "</div>"));
	}

	private static String statement() {
		try (var in = new ClassPathResource("accessibility/statement.md").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("title", getTranslation("shell.footer.accessibility"));
	}

}
