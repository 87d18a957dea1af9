package app.heard.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.DemoCaseIds;
import app.heard.IntegrationTest;
import app.heard.SignedInHttp;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.identity.internal.TestSignIn;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The whole portal with {@code heard.attachments.storage=s3}, against a real S3 server:
 * the job's rendition goes to the bucket, is served from it with Range answered, and goes
 * from it when the family removes the file.
 */
@IntegrationTest
@DirtiesContext // its own context (other properties): closed when done, not left beside
				// the shared one
class S3AttachmentsIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseRecordService cases;

	@Autowired
	TestSignIn signIn;

	@Autowired
	AttachmentLedger ledger;

	private final S3Client bucket = S3TestServer.shared().client();

	@DynamicPropertySource
	static void renditionsInTheBucket(DynamicPropertyRegistry properties) {
		var server = S3TestServer.shared();
		properties.add("heard.attachments.storage", () -> "s3");
		properties.add("heard.attachments.s3.endpoint", () -> server.endpoint().toString());
		properties.add("heard.attachments.s3.bucket", () -> S3TestServer.BUCKET);
		properties.add("heard.attachments.s3.access-key", () -> S3TestServer.ACCESS_KEY);
		properties.add("heard.attachments.s3.secret-key", () -> S3TestServer.SECRET_KEY);
	}

	@AfterEach
	void signOut() {
		signIn.signOut();
		bucket.close();
	}

	@Test
	void a_photo_is_kept_in_the_bucket_served_from_it_with_a_range_and_removed_from_it() throws Exception {
		CaseId ellie = DemoCaseIds.of("Ellie", cases, signIn);
		Set<String> before = keys();
		var jordan = SignedInHttp.as("parent", port);
		UUID id = FamilyFiles.send(jordan, ellie, "our-views", "working-well-for-us", photo());

		byte[] display = FamilyFiles.waitForRendition(jordan, id, "display").body();
		var kept = new HashSet<>(keys());
		kept.removeAll(before);
		assertThat(kept).as("the renditions, in the bucket").isNotEmpty().allSatisfy(key -> {
			assertThat(key).matches(RenditionStore.KEY);
			assertThat(bucket.headObject(head -> head.bucket(S3TestServer.BUCKET).key(key)).contentType())
				.isEqualTo("image/jpeg");
		});
		assertThat(kept).anySatisfy(key -> assertThat(
				bucket.getObjectAsBytes(get -> get.bucket(S3TestServer.BUCKET).key(key)).asByteArray())
			.isEqualTo(display));

		var middle = jordan
			.sendForBytes(jordan.request("/media/" + id + "/display").header("Range", "bytes=1000-1099"));
		assertThat(middle.statusCode()).isEqualTo(206);
		assertThat(middle.headers().firstValue("Content-Range")).hasValue("bytes 1000-1099/" + display.length);
		assertThat(middle.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(display, 1000, 1100));

		signIn.as("parent");
		ledger.remove(id);
		assertThat(keys()).as("removed with the file").doesNotContainAnyElementsOf(kept);
		assertThat(FamilyFiles.status(jordan, "/media/" + id + "/display")).isEqualTo(404);
	}

	private Set<String> keys() {
		return bucket.listObjectsV2Paginator(list -> list.bucket(S3TestServer.BUCKET))
			.contents()
			.stream()
			.map(S3Object::key)
			.collect(Collectors.toSet());
	}

	/** A noisy 800 x 600 JPEG, so the rendition is well over the range asked for. */
	private static byte[] photo() throws IOException {
		var image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		var random = new Random(7);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, new Color(random.nextInt(256), x % 256, y % 256).getRGB());
			}
		}
		var jpeg = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", jpeg);
		return jpeg.toByteArray();
	}

}
