package app.heard;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the embedded SMTP server (GreenMail, a real one) has received, by recipient. Tests
 * share one server, so each uses its own addresses.
 */
public final class Inbox {

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private Inbox() {
	}

	/** The first email to this address, waiting up to 20 s for it. */
	public static MimeMessage awaitMessageTo(GreenMail smtp, String to) {
		return await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> messagesTo(smtp, to).findFirst(), found -> found.isPresent())
			.orElseThrow();
	}

	public static List<MimeMessage> awaitMessagesTo(GreenMail smtp, String to, int count) {
		return await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> messagesTo(smtp, to).toList(), found -> found.size() >= count);
	}

	public static Stream<MimeMessage> messagesTo(GreenMail smtp, String to) {
		return Stream.of(smtp.getReceivedMessages()).filter(message -> {
			try {
				return GreenMailUtil.getAddressList(message.getAllRecipients()).contains(to);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** The whole message as sent, headers and every part, decoded. */
	public static String text(MimeMessage message) {
		return GreenMailUtil.getBody(message);
	}

	/** The first link in the email. */
	public static String link(MimeMessage message) {
		var matcher = LINK.matcher(GreenMailUtil.getBody(message));
		if (!matcher.find()) {
			throw new AssertionError("No link in the email");
		}
		return matcher.group();
	}

}
