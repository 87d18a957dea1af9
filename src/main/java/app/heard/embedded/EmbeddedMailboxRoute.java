package app.heard.embedded;

import app.heard.shell.MainLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Adds {@code /embedded/mail} only when the embedded mail server runs: a {@code @Route}
 * would exist in production too.
 */
@Component
@Profile("embedded")
class EmbeddedMailboxRoute implements VaadinServiceInitListener {

	static final String PATH = "embedded/mail";

	@Override
	public void serviceInit(ServiceInitEvent event) {
		RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(event.getSource().getContext()))
			.setRoute(PATH, EmbeddedMailboxView.class, MainLayout.class);
	}

}
