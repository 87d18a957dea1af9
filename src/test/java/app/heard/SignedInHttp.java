package app.heard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain HTTP as a person signed in through the real OpenID Connect flow (the portal's
 * sign-in, the embedded provider's page, the code exchange), with the session cookie and
 * the CSRF token the portal's pages carry. For endpoints that pages call by script.
 */
public final class SignedInHttp {

	private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_header)?)\" content=\"([^\"]*)\"");

	private final HttpClient client;

	private final CookieManager cookies;

	private final URI base;

	private String csrfHeader;

	private String csrfToken;

	private SignedInHttp(int port) {
		this.cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		this.client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		this.base = URI.create("http://localhost:" + port);
	}

	/** Nobody signed in. */
	public static SignedInHttp anonymous(int port) {
		return new SignedInHttp(port);
	}

	/**
	 * Signs in with a demo account of the embedded provider (its subject: parent,
	 * advocate, dias…).
	 */
	public static SignedInHttp as(String subject, int port) throws IOException, InterruptedException {
		var http = new SignedInHttp(port);
		var toProvider = http.redirect(http.get(http.base.resolve("/oauth2/authorization/heard")));
		var signInPage = http.get(toProvider);
		if (signInPage.statusCode() != 200) {
			throw new IllegalStateException("No sign-in page: " + signInPage.statusCode());
		}
		// The demo account's own claims (its name), as its button on the page sends them
		Matcher account = Pattern
			.compile("value=\"" + Pattern.quote(subject)
					+ "\">\\s*<input type=\"hidden\" name=\"claims\" value='([^']*)'")
			.matcher(signInPage.body());
		String form = "username=" + URLEncoder.encode(subject, StandardCharsets.UTF_8)
				+ (account.find() ? "&claims=" + URLEncoder.encode(account.group(1), StandardCharsets.UTF_8) : "");
		var signedIn = http.client.send(HttpRequest.newBuilder(toProvider)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		var landed = http.redirect(http.get(http.redirect(signedIn)));
		if (!landed.getPath().equals("/children")) {
			throw new IllegalStateException("Signed in, but sent to " + landed);
		}
		http.readCsrfToken(http.get(landed).body());
		return http;
	}

	public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		if (csrfHeader != null) {
			request.header(csrfHeader, csrfToken);
		}
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** For files: the body as bytes. */
	public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) throws IOException, InterruptedException {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The same request without the CSRF token a page would add. */
	public HttpResponse<String> sendWithoutCsrfToken(HttpRequest.Builder request)
			throws IOException, InterruptedException {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
	}

	public URI base() {
		return base;
	}

	/** Headers a hand-written request needs to be this person: cookies and CSRF token. */
	public String credentialHeaders() {
		String cookie = cookies.getCookieStore()
			.get(base)
			.stream()
			.map(HttpCookie::toString)
			.collect(Collectors.joining("; "));
		return "Cookie: " + cookie + "\r\n" + (csrfHeader == null ? "" : csrfHeader + ": " + csrfToken + "\r\n");
	}

	private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI redirect(HttpResponse<?> response) {
		if (response.statusCode() / 100 != 3) {
			throw new IllegalStateException(
					"Expected a redirect from " + response.uri() + ", got " + response.statusCode());
		}
		return response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
	}

	private void readCsrfToken(String page) {
		Matcher meta = META.matcher(page);
		while (meta.find()) {
			if (meta.group(1).equals("_csrf")) {
				csrfToken = meta.group(2);
			}
			else {
				csrfHeader = meta.group(2);
			}
		}
		if (csrfHeader == null || csrfToken == null) {
			throw new IllegalStateException("The page carries no CSRF token");
		}
	}

}
