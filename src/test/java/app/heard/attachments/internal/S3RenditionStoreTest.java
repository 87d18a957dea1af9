package app.heard.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.ResourceRegion;
import org.springframework.http.MediaType;
import org.springframework.http.converter.ResourceRegionHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The bucket store against a real S3 HTTP server (S3Mock in its own process), through the
 * same SDK client and HTTP client the portal uses.
 */
class S3RenditionStoreTest {

	/** Larger than one read buffer, and than the region Spring would otherwise skip. */
	private static final byte[] VIDEO = new byte[3 * 1024 * 1024 + 17];

	static {
		new Random(42).nextBytes(VIDEO);
	}

	private final List<String> requests = new CopyOnWriteArrayList<>();

	@TempDir
	Path work;

	S3Client s3;

	S3RenditionStore store;

	@BeforeEach
	void connect() throws IOException {
		s3 = S3TestServer.shared().client(new RequestLog());
		store = new S3RenditionStore(s3, S3TestServer.BUCKET, work.toString());
	}

	@AfterEach
	void disconnect() {
		store.close();
	}

	@Test
	void a_rendition_is_uploaded_with_its_content_type_and_leaves_no_local_copy() throws IOException {
		Path file = rendition();

		String key = store.put(file, "video/mp4");

		assertThat(key).matches(RenditionStore.KEY);
		assertThat(file).doesNotExist();
		var object = s3.headObject(head -> head.bucket(S3TestServer.BUCKET).key(key));
		assertThat(object.contentType()).isEqualTo("video/mp4");
		assertThat(object.contentLength()).isEqualTo(VIDEO.length);
	}

	@Test
	void a_rendition_is_read_whole_with_its_length() throws IOException {
		var rendition = store.open(store.put(rendition(), "video/mp4"));

		assertThat(rendition.exists()).isTrue();
		assertThat(rendition.contentLength()).isEqualTo(VIDEO.length);
		try (var body = rendition.getInputStream()) {
			assertThat(body.readAllBytes()).isEqualTo(VIDEO);
		}
	}

	@Test
	void a_range_as_spring_mvc_writes_it_is_fetched_from_its_first_byte_not_from_the_start() throws IOException {
		String key = store.put(rendition(), "video/mp4");
		requests.clear();
		int start = 2 * 1024 * 1024;
		int count = 1000;

		var response = new MockHttpOutputMessage();
		new ResourceRegionHttpMessageConverter().write(new ResourceRegion(store.open(key), start, count),
				MediaType.parseMediaType("video/mp4"), response);

		assertThat(response.getBodyAsBytes()).isEqualTo(Arrays.copyOfRange(VIDEO, start, start + count));
		assertThat(response.getHeaders().getFirst("Content-Range"))
			.isEqualTo("bytes " + start + "-" + (start + count - 1) + "/" + VIDEO.length);
		assertThat(requests).containsExactly("HEAD /" + S3TestServer.BUCKET + "/" + key,
				"GET /" + S3TestServer.BUCKET + "/" + key + " Range: bytes=" + start + "-");
	}

	@Test
	void a_body_left_unread_is_abandoned_and_the_client_still_works() throws IOException {
		String key = store.put(rendition(), "video/mp4");
		for (int i = 0; i < 60; i++) {
			try (var body = store.open(key).getInputStream()) {
				assertThat(body.readNBytes(10)).isEqualTo(Arrays.copyOf(VIDEO, 10));
			}
		}
		try (var body = store.open(key).getInputStream()) {
			assertThat(body.readAllBytes()).isEqualTo(VIDEO);
		}
	}

	@Test
	void a_key_with_nothing_under_it_does_not_exist() {
		var missing = store.open(RenditionStore.newKey());

		assertThat(missing.exists()).isFalse();
		assertThatThrownBy(missing::contentLength).isInstanceOf(FileNotFoundException.class);
		assertThatThrownBy(missing::getInputStream).isInstanceOf(FileNotFoundException.class);
	}

	@Test
	void a_deleted_rendition_is_gone_and_deleting_it_again_is_harmless() throws IOException {
		String key = store.put(rendition(), "audio/mp4");

		store.delete(key);
		store.delete(key);

		assertThat(store.open(key).exists()).isFalse();
	}

	@Test
	void only_keys_the_store_makes_are_used() {
		assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> store.delete("Ellie's drawing.jpg")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void the_jobs_work_on_the_local_disk() throws IOException {
		Path folder = store.newWorkFolder();

		assertThat(folder).isDirectory().startsWith(work);
	}

	private Path rendition() throws IOException {
		Path folder = store.newWorkFolder();
		return Files.write(folder.resolve("display.mp4"), VIDEO);
	}

	/** What the store asked the server, as "METHOD /path [Range: …]". */
	private final class RequestLog implements ExecutionInterceptor {

		@Override
		public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
			var request = context.httpRequest();
			requests.add(request.method() + " " + request.encodedPath()
					+ request.firstMatchingHeader("Range").map(range -> " Range: " + range).orElse(""));
		}

	}

}
