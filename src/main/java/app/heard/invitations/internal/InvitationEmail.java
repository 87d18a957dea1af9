package app.heard.invitations.internal;

import app.heard.caserecord.CaseRole;
import app.heard.mail.Email;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The invitation email: says exactly what is waiting and how to accept it, and names no
 * child (an email can be read over a shoulder or forwarded; the child's name is shown
 * only after sign-in).
 */
@Component
class InvitationEmail {

	private static final Locale ENGLISH = Locale.UK;

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", ENGLISH)
		.withZone(ZoneId.of("Europe/London"));

	private final MessageSource messages;

	private final InvitationProperties properties;

	private final Environment environment;

	InvitationEmail(MessageSource messages, InvitationProperties properties, Environment environment) {
		this.messages = messages;
		this.properties = properties;
		this.environment = environment;
	}

	Email to(String name, String email, CaseRole role, String invitedBy, String teamName, String token,
			Instant expiresAt) {
		String roleName = messages.getMessage("role." + role.name().toLowerCase(Locale.ROOT).replace('_', '-'), null,
				ENGLISH);
		String text = messages.getMessage("invitation.email.text",
				new Object[] { name, invitedBy, teamName, roleName, link(token), DATE.format(expiresAt) }, ENGLISH);
		return Email.plain(email, messages.getMessage("invitation.email.subject", null, ENGLISH), text);
	}

	private String link(String token) {
		return base().replaceAll("/+$", "") + "/invitations/" + token;
	}

	/**
	 * Configured for production (behind a proxy the request's own address may be an
	 * internal one); otherwise the address the co-ordinator is using.
	 */
	private String base() {
		if (!properties.publicUrl().isBlank()) {
			return properties.publicUrl();
		}
		if (RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		return "http://localhost:" + environment.getProperty("local.server.port", "8080");
	}

}
