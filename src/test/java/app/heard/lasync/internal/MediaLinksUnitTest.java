package app.heard.lasync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.TestClock;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The links in the LA's media manifests (docs/decisions/0019): only the portal's secret
 * makes one that verifies, for exactly one rendition and expiry, until it expires.
 */
class MediaLinksUnitTest {

	private static final String SECRET = "a-secret-of-at-least-thirty-two-characters";

	private final TestClock clock = new TestClock();

	private final MediaLinks links = new MediaLinks(SECRET, Duration.ofDays(14), () -> "https://heard.example", clock);

	@Test
	void a_link_verifies_for_its_rendition_until_it_expires() {
		UUID rendition = UUID.randomUUID();
		var link = links.link(rendition).orElseThrow();
		var query = URI.create(link.url()).getQuery();
		String expires = query.replaceAll("expires=(\\d+)&.*", "$1");
		String signature = query.replaceAll(".*signature=", "");

		assertThat(link.url()).startsWith("https://heard.example/api/la/v1/media/" + rendition + "?expires=");
		assertThat(Long.parseLong(expires)).isEqualTo(link.expiresAt().getEpochSecond());
		assertThat(link.expiresAt()).isBetween(clock.instant().plus(Duration.ofDays(14)).minusSeconds(1),
				clock.instant().plus(Duration.ofDays(14)));
		assertThat(links.check(rendition, expires, signature)).isEqualTo(MediaLinks.Verdict.VALID);

		clock.moveOn(Duration.ofDays(14));
		assertThat(links.check(rendition, expires, signature)).isEqualTo(MediaLinks.Verdict.EXPIRED);
	}

	@Test
	void anything_else_is_forged_whatever_its_date() {
		UUID rendition = UUID.randomUUID();
		var query = URI.create(links.link(rendition).orElseThrow().url()).getQuery();
		String expires = query.replaceAll("expires=(\\d+)&.*", "$1");
		String signature = query.replaceAll(".*signature=", "");
		String later = String.valueOf(Long.parseLong(expires) + 1);

		assertThat(links.check(UUID.randomUUID(), expires, signature)).isEqualTo(MediaLinks.Verdict.FORGED);
		assertThat(links.check(rendition, later, signature)).isEqualTo(MediaLinks.Verdict.FORGED);
		assertThat(links.check(rendition, expires, signature.toUpperCase())).isEqualTo(MediaLinks.Verdict.FORGED);
		assertThat(links.check(rendition, expires, null)).isEqualTo(MediaLinks.Verdict.FORGED);
		assertThat(links.check(rendition, "-1", signature)).isEqualTo(MediaLinks.Verdict.FORGED);
		var otherSecret = new MediaLinks(SECRET + "!", Duration.ofDays(14), () -> "https://heard.example", clock);
		assertThat(otherSecret.check(rendition, expires, signature)).isEqualTo(MediaLinks.Verdict.FORGED);
		clock.moveOn(Duration.ofDays(30));
		assertThat(links.check(rendition, later, signature)).as("forged, not merely expired")
			.isEqualTo(MediaLinks.Verdict.FORGED);
	}

	@Test
	void without_a_secret_there_are_no_links_and_none_verifies_and_a_short_secret_is_refused() {
		var none = new MediaLinks("", Duration.ofDays(14), () -> "https://heard.example", clock);
		UUID rendition = UUID.randomUUID();

		assertThat(none.link(rendition)).isEmpty();
		assertThat(none.check(rendition, "9999999999", "0".repeat(64))).isEqualTo(MediaLinks.Verdict.FORGED);
		assertThatThrownBy(() -> new MediaLinks("too-short", Duration.ofDays(14), () -> "https://heard.example", clock))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("HEARD_LA_MEDIA_LINK_SECRET");
	}

}
