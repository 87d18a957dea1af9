package app.heard.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.DemoCaseIds;
import app.heard.IntegrationTest;
import app.heard.SignedInHttp;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.identity.internal.TestSignIn;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The tus endpoint over real HTTP, signed in through the real OIDC flow, with security
 * and CSRF protection on. Sam Okafor (DiAS worker, Ellie's case) uploads; Priya Shah
 * (advocate, also Ellie's case) tries his uploads; Riley's case is linked to neither.
 */
@IntegrationTest
class UploadsIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseRecordService cases;

	@Autowired
	TestSignIn signIn;

	@Autowired
	Uploads uploads;

	@Autowired
	ConfigurableApplicationContext context;

	private final List<Published> published = new CopyOnWriteArrayList<>();

	private final ApplicationListener<PayloadApplicationEvent<Object>> listener = ApplicationListener
		.forPayload(payload -> {
			if (payload instanceof UploadCompleted completed) {
				published.add(new Published(completed, TransactionSynchronizationManager.isActualTransactionActive()));
			}
		});

	private ArrivedFiles arrived;

	private CaseId ellie;

	private CaseId riley;

	private Tus sam;

	@BeforeEach
	void signIn() throws Exception {
		ellie = DemoCaseIds.of("Ellie", cases, signIn);
		riley = DemoCaseIds.of("Riley", cases, signIn);
		signIn.signOut();
		sam = new Tus(SignedInHttp.as("dias", port));
		context.addApplicationListener(listener);
		arrived = new ArrivedFiles(uploads);
		context.addApplicationListener(arrived.listener());
	}

	@AfterEach
	void stopListening() {
		context.removeApplicationListener(listener);
		context.removeApplicationListener(arrived.listener());
	}

	@Test
	void an_upload_resumes_where_the_server_says_and_the_file_is_the_bytes_sent() throws Exception {
		byte[] bytes = randomBytes(20_000_003);
		int half = bytes.length / 2;
		String location = Tus.location(sam.create(ellie, "about-me", "enjoy-doing", bytes.length));
		UploadId id = Tus.idOf(location);

		var first = sam.patch(location, 0, Arrays.copyOfRange(bytes, 0, half));
		assertThat(first.statusCode()).isEqualTo(204);
		assertThat(Tus.offset(first)).isEqualTo(half);
		assertThat(first.headers().firstValue("Upload-Expires")).isPresent();

		var status = sam.head(location);
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(Tus.offset(status)).isEqualTo(half);
		assertThat(status.headers().firstValue("Upload-Length")).hasValue(String.valueOf(bytes.length));
		assertThat(status.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(published).noneMatch(event -> event.completed().id().equals(id));
		assertThatThrownBy(() -> uploads.fileOf(id)).isInstanceOf(UploadNotFoundException.class);

		var rest = sam.patch(location, Tus.offset(status), Arrays.copyOfRange(bytes, half, bytes.length));
		assertThat(rest.statusCode()).isEqualTo(204);
		assertThat(Tus.offset(rest)).isEqualTo(bytes.length);

		assertThat(arrived.bytes(id)).isEqualTo(bytes);
		assertThat(arrived.fileName(id)).isEqualTo(id.toString());
		assertThat(arrived.displayFilename(id)).hasValue("Ellie's drawing.jpg");
		var sams = signIn.as("dias");
		signIn.signOut();
		assertThat(published).filteredOn(event -> event.completed().id().equals(id))
			.containsExactly(new Published(
					new UploadCompleted(id, ellie, "about-me", "enjoy-doing", sams.id(), bytes.length), true));
	}

	@Test
	void the_first_bytes_can_come_with_the_creation_request() throws Exception {
		byte[] bytes = randomBytes(300_000);
		var created = sam.http()
			.send(sam.creation(ellie, "our-views", "our-hopes", bytes.length)
				.header("Content-Type", "application/offset+octet-stream")
				.POST(HttpRequest.BodyPublishers.ofByteArray(bytes, 0, 100_000)));
		String location = Tus.location(created);
		assertThat(Tus.offset(created)).isEqualTo(100_000);
		assertThat(sam.patch(location, 100_000, Arrays.copyOfRange(bytes, 100_000, bytes.length)).statusCode())
			.isEqualTo(204);
		assertThat(arrived.bytes(Tus.idOf(location))).isEqualTo(bytes);
	}

	@Test
	void a_request_from_another_offset_than_the_servers_is_refused_with_409() throws Exception {
		String location = Tus.location(sam.create(ellie, "about-me", "my-hopes", 1000));
		assertThat(sam.patch(location, 0, new byte[400]).statusCode()).isEqualTo(204);

		var behind = sam.patch(location, 0, new byte[400]);
		assertThat(behind.statusCode()).isEqualTo(409);
		assertThat(Tus.offset(behind)).isEqualTo(400);
		assertThat(sam.patch(location, 500, new byte[400]).statusCode()).isEqualTo(409);
		assertThat(sam.patch(location, 400, new byte[0]).statusCode()).isEqualTo(204);
		assertThat(Tus.offset(sam.head(location))).isEqualTo(400);
	}

	@Test
	void someone_elses_upload_is_not_found_even_in_the_same_case() throws Exception {
		String location = Tus.location(sam.create(ellie, "about-me", "my-hopes", 1000));
		sam.patch(location, 0, new byte[10]);
		var priya = new Tus(SignedInHttp.as("advocate", port));

		assertThat(priya.head(location).statusCode()).isEqualTo(404);
		assertThat(priya.patch(location, 10, new byte[10]).statusCode()).isEqualTo(404);
		assertThat(priya.delete(location).statusCode()).isEqualTo(404);
		assertThat(priya.head(Tus.ENDPOINT + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(priya.head(Tus.ENDPOINT + "1%20or%201=1").statusCode()).isEqualTo(404);
		assertThat(Tus.offset(sam.head(location))).isEqualTo(10);
	}

	@Test
	void a_case_the_person_is_not_linked_to_is_not_found() throws Exception {
		assertThat(sam.create(riley, "about-me", "my-hopes", 1000).statusCode()).isEqualTo(404);
		assertThat(sam.create(new CaseId(UUID.randomUUID()), "about-me", "my-hopes", 1000).statusCode()).isEqualTo(404);
		var malformed = sam.http()
			.send(sam.creation(ellie, "about-me", "my-hopes", 1000)
				.setHeader("Upload-Metadata", Tus.metadata("caseId", "1 or 1=1", "kind", "about-me", "question", "x"))
				.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(malformed.statusCode()).isEqualTo(404);
	}

	@Test
	void bytes_past_the_declared_length_are_refused() throws Exception {
		String location = Tus.location(sam.create(ellie, "about-me", "my-past", 1000));
		assertThat(sam.patch(location, 0, new byte[600]).statusCode()).isEqualTo(204);

		assertThat(sam.patch(location, 600, new byte[401]).statusCode()).isEqualTo(413);
		// Without a length up front the server stops reading at the limit
		var streamed = sam.http()
			.send(sam.patching(location, 600)
				.method("PATCH",
						HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[5000]))));
		assertThat(streamed.statusCode()).isEqualTo(413);
		assertThat(Tus.offset(sam.head(location))).isEqualTo(600);

		assertThat(sam.patch(location, 600, new byte[400]).statusCode()).isEqualTo(204);
		assertThat(sam.patch(location, 1000, new byte[1]).statusCode()).isEqualTo(413);
		assertThat(arrived.bytes(Tus.idOf(location))).hasSize(1000);
	}

	@Test
	void a_file_over_the_size_limit_is_refused_at_creation() throws Exception {
		long twoGiB = 2L * 1024 * 1024 * 1024;
		assertThat(sam.create(ellie, "about-me", "my-hopes", twoGiB + 1).statusCode()).isEqualTo(413);
		var options = sam.http()
			.send(sam.http().request(Tus.ENDPOINT).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
		assertThat(options.headers().firstValue("Tus-Max-Size")).hasValue(String.valueOf(twoGiB));
		assertThat(options.headers().firstValue("Tus-Extension"))
			.hasValue("creation,creation-with-upload,termination,expiration");
	}

	@Test
	void every_upload_of_a_case_counts_towards_its_quota_until_terminated() throws Exception {
		long twoGiB = 2L * 1024 * 1024 * 1024;
		var locations = new java.util.ArrayList<String>();
		int refusedAt = -1;
		for (int i = 0; i < 11 && refusedAt < 0; i++) {
			var created = sam.create(ellie, "about-me", "my-hopes", twoGiB);
			if (created.statusCode() == 413) {
				refusedAt = i;
			}
			else {
				locations.add(Tus.location(created));
			}
		}
		// 20 GiB: ten files of 2 GiB at most, fewer if other tests' files are still there
		assertThat(refusedAt).isBetween(1, 10);
		for (String location : locations) {
			assertThat(sam.delete(location).statusCode()).isEqualTo(204);
			assertThat(sam.head(location).statusCode()).isEqualTo(404);
		}
		assertThat(Tus.location(sam.create(ellie, "about-me", "my-hopes", twoGiB))).isNotNull();
	}

	@Test
	void termination_deletes_the_file() throws Exception {
		String location = Tus.location(sam.create(ellie, "about-me", "my-hopes", 1000));
		sam.patch(location, 0, new byte[10]);
		assertThat(sam.delete(location).statusCode()).isEqualTo(204);
		assertThat(sam.head(location).statusCode()).isEqualTo(404);
		assertThat(sam.patch(location, 10, new byte[10]).statusCode()).isEqualTo(404);
	}

	@Test
	void a_dropped_connection_keeps_what_arrived() throws Exception {
		byte[] bytes = randomBytes(3_000_000);
		String location = Tus.location(sam.create(ellie, "about-me", "my-hopes", bytes.length));
		int sent = 1_234_567;
		try (var socket = new Socket("localhost", port)) {
			var out = socket.getOutputStream();
			out.write(patchHeaders(location, 0, bytes.length));
			out.write(bytes, 0, sent);
			out.flush();
			socket.shutdownOutput();
			// The request is refused (Tomcat answers a body that ends early with 400)
			assertThat(statusLine(socket.getInputStream())).doesNotStartWith("HTTP/1.1 2");
		}
		var status = sam.head(location);
		assertThat(Tus.offset(status)).isEqualTo(sent);
		assertThat(sam.patch(location, sent, Arrays.copyOfRange(bytes, sent, bytes.length)).statusCode())
			.isEqualTo(204);
		assertThat(arrived.bytes(Tus.idOf(location))).isEqualTo(bytes);
	}

	@Test
	void a_long_request_records_its_progress_and_holds_the_upload_against_a_second_one() throws Exception {
		byte[] bytes = randomBytes(12_000_000);
		String location = Tus.location(sam.create(ellie, "about-me", "my-hopes", bytes.length));
		try (var socket = new Socket("localhost", port)) {
			var out = socket.getOutputStream();
			out.write(patchHeaders(location, 0, bytes.length));
			out.write(bytes, 0, 9_000_000);
			out.flush();
			// Past the first checkpoint (8 MiB) the server has recorded progress
			// mid-request
			long offset = 0;
			long deadline = System.nanoTime() + 20_000_000_000L;
			while (offset == 0 && System.nanoTime() < deadline) {
				offset = Tus.offset(sam.head(location));
			}
			assertThat(offset).isBetween(8L * 1024 * 1024, 9_000_000L);
			assertThat(sam.patch(location, offset, new byte[0]).statusCode()).isEqualTo(423);

			out.write(bytes, 9_000_000, bytes.length - 9_000_000);
			out.flush();
			assertThat(statusLine(socket.getInputStream())).isEqualTo("HTTP/1.1 204 ");
		}
		assertThat(Tus.offset(sam.head(location))).isEqualTo(bytes.length);
		assertThat(arrived.bytes(Tus.idOf(location))).isEqualTo(bytes);
	}

	@Test
	void only_tus_requests_with_the_pages_csrf_token_from_someone_signed_in_are_accepted() throws Exception {
		var withoutToken = sam.http()
			.sendWithoutCsrfToken(
					sam.creation(ellie, "about-me", "my-hopes", 1000).POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(withoutToken.statusCode()).isEqualTo(403);

		var nobody = new Tus(SignedInHttp.anonymous(port));
		assertThat(nobody.create(ellie, "about-me", "my-hopes", 1000).statusCode()).isEqualTo(403);
		assertThat(nobody.head(Tus.ENDPOINT + UUID.randomUUID()).statusCode()).isEqualTo(401);

		var notTus = sam.http()
			.send(sam.creation(ellie, "about-me", "my-hopes", 1000)
				.setHeader("Tus-Resumable", "0.2.2")
				.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(notTus.statusCode()).isEqualTo(412);
		var deferred = sam.http()
			.send(sam.creation(ellie, "about-me", "my-hopes", 1000)
				.header("Upload-Defer-Length", "1")
				.POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(deferred.statusCode()).isEqualTo(400);
	}

	@Test
	void uploads_go_only_to_questions_the_person_may_answer() throws Exception {
		assertThat(sam.create(ellie, "about-me", "our-hopes", 1000).statusCode()).isEqualTo(400);
		assertThat(sam.create(ellie, "their-views", "my-hopes", 1000).statusCode()).isEqualTo(400);
	}

	/** A PATCH written by hand, so the test decides when its body stops. */
	private byte[] patchHeaders(String location, long offset, long length) {
		return ("PATCH " + location + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + sam.http().credentialHeaders()
				+ "Tus-Resumable: 1.0.0\r\nUpload-Offset: " + offset + "\r\n"
				+ "Content-Type: application/offset+octet-stream\r\nContent-Length: " + length + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static String statusLine(InputStream in) throws Exception {
		var line = new StringBuilder();
		for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
			line.append((char) c);
		}
		return line.toString();
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		new Random(length).nextBytes(bytes);
		return bytes;
	}

	private record Published(UploadCompleted completed, boolean inTransaction) {
	}

}
