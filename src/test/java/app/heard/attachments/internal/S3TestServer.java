package app.heard.attachments.internal;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3 HTTP server on the loopback: Adobe's S3Mock, run from its executable jar (the
 * build copies it to {@code target/s3mock}) as a separate process, because it is a Spring
 * Boot 3 application and would clash with the portal's Spring Boot 4 on one class path.
 * One per test JVM, started on first use (about 5 s), stopped when the JVM ends.
 */
final class S3TestServer {

	static final String BUCKET = "heard-renditions";

	/** S3Mock checks no signatures, but the SDK signs every request. */
	static final String ACCESS_KEY = "heard-test";

	static final String SECRET_KEY = "heard-test-secret";

	private static S3TestServer shared;

	private final URI endpoint;

	private S3TestServer(URI endpoint) {
		this.endpoint = endpoint;
	}

	static synchronized S3TestServer shared() {
		if (shared == null) {
			shared = start();
		}
		return shared;
	}

	URI endpoint() {
		return endpoint;
	}

	/** A client for the server, with the given interceptors watching its requests. */
	S3Client client(ExecutionInterceptor... interceptors) {
		return S3Client.builder()
			.httpClientBuilder(Apache5HttpClient.builder())
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.overrideConfiguration(override -> {
				for (var interceptor : interceptors) {
					override.addExecutionInterceptor(interceptor);
				}
			})
			.build();
	}

	private static S3TestServer start() {
		try {
			Path jar = Path.of(System.getProperty("heard.test.s3mock-jar", "target/s3mock/s3mock.jar"));
			if (!Files.isRegularFile(jar)) {
				throw new IllegalStateException(jar + " is missing: run the tests through Maven, which copies it");
			}
			int port = freePort();
			Path root = Files.createDirectories(jar.resolveSibling("store-" + port));
			Path log = jar.resolveSibling("s3mock-" + port + ".log");
			Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-XX:TieredStopAtLevel=1", "-Xmx256m", "-jar", jar.toString(),
					"--com.adobe.testing.s3mock.http-port=" + port, "--server.port=0", "--server.address=127.0.0.1",
					"--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
					"--com.adobe.testing.s3mock.store.root=" + root, "--spring.main.banner-mode=off",
					"--logging.level.root=WARN")
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, root)));
			URI endpoint = URI.create("http://127.0.0.1:" + port);
			try (var http = HttpClient.newHttpClient()) {
				await("S3Mock answering on " + endpoint + " (its log: " + log + ")").atMost(Duration.ofSeconds(60))
					.pollInterval(Duration.ofMillis(200))
					.until(() -> {
						if (!server.isAlive()) {
							throw new IllegalStateException("S3Mock stopped: " + Files.readString(log));
						}
						return answers(http, endpoint);
					});
			}
			return new S3TestServer(endpoint);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Killed outright: on SIGTERM S3Mock takes about ten seconds to stop, which would
	 * outlive the test JVM.
	 */
	private static void stop(Process server, Path root) {
		server.destroyForcibly();
		try {
			server.waitFor(10, TimeUnit.SECONDS);
			FileSystemUtils.deleteRecursively(root);
		}
		catch (IOException | InterruptedException ex) {
			// Leaves the folder in target/ for the next clean
		}
	}

	private static boolean answers(HttpClient http, URI endpoint) throws InterruptedException {
		try {
			return http.send(HttpRequest.newBuilder(endpoint).build(), HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
