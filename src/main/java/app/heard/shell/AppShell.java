package app.heard.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;

/**
 * Our own stylesheet, no Vaadin theme: pages are plain HTML, so phones download little
 * (docs/decisions/0003).
 */
@Viewport("width=device-width, initial-scale=1")
@StyleSheet("context://styles/heard.css")
public class AppShell implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.addLink("manifest", "/manifest.webmanifest");
		settings.addLink("icon", "/icons/icon.svg");
		settings.addLink("apple-touch-icon", "/icons/apple-touch-icon.png");
		settings.addMetaTag("theme-color", "#1d4f91");
		settings.addMetaTag("description", "Record your child's and your family's views for the EHC plan review.");
	}

}
