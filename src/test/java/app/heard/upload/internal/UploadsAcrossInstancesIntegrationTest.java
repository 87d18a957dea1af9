package app.heard.upload.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import app.heard.DemoCaseIds;
import app.heard.HeardApplication;
import app.heard.IntegrationTest;
import app.heard.SignedInHttp;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.identity.internal.TestSignIn;
import app.heard.upload.Tus;
import app.heard.upload.UploadCompleted;
import app.heard.upload.UploadId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances of the portal against one database and one upload folder (0020): A is the
 * test's usual application; B is started here as production starts it, with no profile,
 * configured only by properties pointing at A's PostgreSQL, A's identity provider and A's
 * upload folder. Each person signs in on each instance, as after a load balancer moved
 * them. B runs no job server: the job it queues for a finished upload runs on A, which
 * reads the file from the shared folder.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadsAcrossInstancesIntegrationTest {

	@LocalServerPort
	int portA;

	@Autowired
	ConfigurableApplicationContext a;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	MockOAuth2Server identityProvider;

	@Autowired
	CaseRecordService cases;

	@Autowired
	TestSignIn signIn;

	@Autowired
	UploadFiles files;

	@Autowired
	UploadLocks locksA;

	@Autowired
	UploadExpiry expiryA;

	@Autowired
	JdbcTemplate jdbc;

	private ConfigurableApplicationContext b;

	private int portB;

	private CaseId ellie;

	private Tus samOnA;

	private Tus samOnB;

	private final List<Completed> completed = new CopyOnWriteArrayList<>();

	private final ApplicationListener<PayloadApplicationEvent<UploadCompleted>> onA = listener("A");

	private final ApplicationListener<PayloadApplicationEvent<UploadCompleted>> onB = listener("B");

	@BeforeAll
	void startInstanceB() {
		String uploads = files.pathOf(UUID.randomUUID()).getParent().toString();
		b = new SpringApplicationBuilder(HeardApplication.class).run("--server.port=0", "--management.server.port=0",
				"--spring.main.banner-mode=off", "--spring.datasource.url=" + postgres.getJdbcUrl("heard_app", "heard"),
				"--spring.datasource.username=heard_app", "--spring.flyway.user=heard_owner",
				"--spring.security.oauth2.client.provider.heard.issuer-uri=" + identityProvider.issuerUrl("heard"),
				"--spring.security.oauth2.client.registration.heard.client-secret=heard-embedded-secret",
				// Plain http on localhost, as the embedded profile
				"--server.servlet.session.cookie.secure=false", "--heard.upload.directory=" + uploads,
				"--heard.attachments.directory=", "--jobrunr.background-job-server.enabled=false");
		portB = b.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	@AfterAll
	void stopInstanceB() {
		if (b != null) {
			b.close();
		}
	}

	@BeforeEach
	void signIn() throws Exception {
		ellie = DemoCaseIds.of("Ellie", cases, signIn);
		signIn.signOut();
		samOnA = new Tus(SignedInHttp.as("dias", portA));
		samOnB = new Tus(SignedInHttp.as("dias", portB));
		a.addApplicationListener(onA);
		b.addApplicationListener(onB);
	}

	@AfterEach
	void stopListening() {
		a.removeApplicationListener(onA);
		b.removeApplicationListener(onB);
	}

	@Test
	void an_upload_begun_on_one_instance_is_finished_on_the_other_whole_and_prepared_once() throws Exception {
		byte[] bytes = randomBytes(3_000_017);
		int half = bytes.length / 2;
		String location = Tus.location(samOnA.create(ellie, "about-me", "enjoy-doing", bytes.length));
		UploadId id = Tus.idOf(location);
		assertThat(samOnA.patch(location, 0, Arrays.copyOfRange(bytes, 0, half)).statusCode()).isEqualTo(204);

		// B knows where A left it: offset, length, expiry and metadata come from the
		// database
		var status = samOnB.head(location);
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(Tus.offset(status)).isEqualTo(half);
		assertThat(status.headers().firstValue("Upload-Length")).hasValue(String.valueOf(bytes.length));
		assertThat(status.headers().firstValue("Upload-Expires")).isPresent();

		var rest = samOnB.patch(location, half, Arrays.copyOfRange(bytes, half, bytes.length));
		assertThat(rest.statusCode()).as(rest.body()).isEqualTo(204);
		assertThat(Tus.offset(rest)).isEqualTo(bytes.length);

		assertThat(completed).filteredOn(event -> event.id().equals(id))
			.singleElement()
			.satisfies(event -> assertThat(event.instance()).isEqualTo("B"))
			.satisfies(event -> assertThat(event.sha256()).isEqualTo(sha256(bytes)));
		// Queued on B, prepared on A, once: random bytes are no photo, so it is refused
		await("the file prepared").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(300))
			.until(() -> jdbc.queryForObject("select status from attachment where id = ?", String.class, id.value()),
					prepared -> !List.of("WAITING", "PROCESSING").contains(prepared));
		assertThat(jdbc.queryForMap("select count(*) as rows, max(attempts) as attempts from attachment where id = ?",
				id.value()))
			.containsEntry("rows", 1L)
			.containsEntry("attempts", 1);
	}

	@Test
	void while_a_request_writes_on_one_instance_a_second_on_the_other_is_told_423_at_once_and_writes_nothing()
			throws Exception {
		byte[] bytes = randomBytes(2_000_003);
		String location = Tus.location(samOnA.create(ellie, "about-me", "my-hopes", bytes.length));
		try (var slow = new Socket("localhost", portA)) {
			var out = slow.getOutputStream();
			out.write(patchHeaders(samOnA, portA, location, bytes.length));
			out.write(bytes, 0, 500_000);
			out.flush();
			// An empty PATCH changes nothing; once A's request holds the lock, B refuses
			await("A's request holds the upload").atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> samOnB.patch(location, 0, new byte[0]).statusCode(), status -> status == 423);

			// Other bytes for the same range: written, they would spoil the file
			long started = System.nanoTime();
			var second = samOnB.patch(location, 0, new byte[bytes.length]);
			assertThat(second.statusCode()).isEqualTo(423);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));

			out.write(bytes, 500_000, bytes.length - 500_000);
			out.flush();
			assertThat(statusLine(slow.getInputStream())).isEqualTo("HTTP/1.1 204 ");
		}
		UploadId id = Tus.idOf(location);
		assertThat(completed).filteredOn(event -> event.id().equals(id))
			.singleElement()
			.satisfies(event -> assertThat(event.instance()).isEqualTo("A"))
			.satisfies(event -> assertThat(event.sha256()).isEqualTo(sha256(bytes)));
	}

	@Test
	void an_instance_that_loses_its_connection_frees_the_upload_for_the_others() throws Exception {
		String location = Tus.location(samOnA.create(ellie, "about-me", "my-past", 1000));
		var id = Tus.idOf(location).value();
		UploadLocks locksB = b.getBean(UploadLocks.class);
		var heldOnB = locksB.tryLock(id).orElseThrow();
		try {
			assertThat(locksA.tryLock(id)).isEmpty();
			assertThat(samOnA.patch(location, 0, new byte[10]).statusCode()).isEqualTo(423);
			// Not removed while a request may still write it, even past its expiry
			jdbc.update("update upload set expires_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(60)),
					id);
			expiryA.removeExpired();
			assertThat(jdbc.queryForObject("select count(*) from upload where id = ?", Long.class, id)).isOne();
			assertThat(files.pathOf(id)).exists();
			jdbc.update("update upload set expires_at = ? where id = ?", Timestamp.from(Instant.now().plusSeconds(600)),
					id);

			// As if B's machine vanished: PostgreSQL ends its session, and the lock with
			// it
			assertThat(jdbc.queryForObject("select pg_terminate_backend(?)", Boolean.class, heldOnB.backend()))
				.isTrue();
			await("the lock freed").atMost(Duration.ofSeconds(10))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> samOnA.patch(location, 0, new byte[10]).statusCode(), status -> status == 204);
			assertThat(Tus.offset(samOnB.head(location))).isEqualTo(10);
			// B, still streaming, would not record progress under a lock it lost
			assertThat(catchThrowable(heldOnB::ensureHeld)).isInstanceOf(TusException.class);
		}
		finally {
			heldOnB.close();
		}
		assertThat(locksB.tryLock(id)).hasValueSatisfying(UploadLocks.Held::close);
	}

	private ApplicationListener<PayloadApplicationEvent<UploadCompleted>> listener(String instance) {
		return ApplicationListener.forPayload(upload -> {
			// Read when it completes: the job deletes the file once it has prepared it
			try {
				completed.add(new Completed(upload.id(), instance,
						sha256(Files.readAllBytes(files.pathOf(upload.id().value())))));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** A PATCH written by hand, so the test decides when its body goes on. */
	private static byte[] patchHeaders(Tus person, int port, String location, long length) {
		return ("PATCH " + location + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
				+ person.http().credentialHeaders() + "Tus-Resumable: 1.0.0\r\nUpload-Offset: 0\r\n"
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

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		new Random(length).nextBytes(bytes);
		return bytes;
	}

	private record Completed(UploadId id, String instance, String sha256) {
	}

}
