package app.heard.embedded;

import app.heard.shell.Page;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The embedded mail server's inbox, newest first, with links made clickable: how someone
 * trying the demo receives an invitation. Registered only in the embedded profile
 * ({@link EmbeddedMailboxRoute}); open to anyone, as an invitee has not signed in yet.
 */
@AnonymousAllowed
class EmbeddedMailboxView extends Div implements HasDynamicTitle {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	EmbeddedMailboxView(GreenMail server) {
		add(Page.heading(getPageTitle()));
		add(Page.paragraph("Email the portal has sent while running with embedded defaults. "
				+ "With a real mail server (spring.mail.host) this page does not exist."));
		var messages = List.of(server.getReceivedMessages()).reversed();
		if (messages.isEmpty()) {
			add(Page.paragraph("No email yet."));
		}
		for (MimeMessage message : messages) {
			add(message(message));
		}
	}

	private Div message(MimeMessage message) {
		var item = new Div();
		try {
			var subject = new H2(message.getSubject());
			subject.addClassName("heading-m");
			item.add(subject, Page
				.paragraph("To: " + String.join(", ", GreenMailUtil.getAddressList(message.getAllRecipients()))));
			String text = plainText(message);
			var body = new Paragraph(text);
			body.addClassNames("body", "answer-text");
			item.add(body);
			var links = LINK.matcher(text);
			while (links.find()) {
				var link = new Anchor(links.group(), "Open the link in this email");
				link.addClassName("link");
				link.getElement().setAttribute("router-ignore", true);
				item.add(new Paragraph(link));
			}
		}
		catch (MessagingException | java.io.IOException ex) {
			item.add(Page.paragraph("This email could not be read: " + ex.getMessage()));
		}
		return item;
	}

	private static String plainText(MimeMessage message) throws MessagingException, java.io.IOException {
		Object content = message.getContent();
		if (content instanceof MimeMultipart multipart) {
			return plainText(multipart);
		}
		return String.valueOf(content);
	}

	private static String plainText(MimeMultipart multipart) throws MessagingException, java.io.IOException {
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (part.isMimeType("text/plain")) {
				return String.valueOf(part.getContent());
			}
			if (part.getContent() instanceof MimeMultipart nested) {
				return plainText(nested);
			}
		}
		return "";
	}

	@Override
	public String getPageTitle() {
		return "Embedded mailbox";
	}

}
