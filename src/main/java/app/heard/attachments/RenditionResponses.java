package app.heard.attachments;

import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How every handler serves a rendition: a server-chosen file name, no sniffing, no
 * caching, and a sandbox so nothing in a file can run as the portal. The body is a
 * {@link Resource}, so Spring MVC answers Range requests (decisions 0009 and 0011).
 */
public final class RenditionResponses {

	private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "video/mp4", "mp4", "audio/mp4",
			"m4a", "application/pdf", "pdf");

	private RenditionResponses() {
	}

	/**
	 * @param role names the file ({@code display.jpg}); never anything a person chose
	 */
	public static ResponseEntity.BodyBuilder ok(String contentType, String role) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(role + "." + EXTENSIONS.getOrDefault(contentType, "bin"))
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox");
	}

}
