package app.heard.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.DemoCaseIds;
import app.heard.IntegrationTest;
import app.heard.SignedInHttp;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.identity.internal.TestSignIn;
import app.heard.media.TestMedia;
import app.heard.upload.UploadId;
import app.heard.upload.UploadNotFoundException;
import app.heard.upload.Uploads;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A file whose preparation keeps failing on our side: JobRunr tries it
 * {@link MediaJobs#ATTEMPTS} times, then the family sees that it went wrong on our side
 * and the original is deleted (0009: we never keep an original).
 * <p>
 * The failure is real, not a stand-in: the renditions folder is replaced by a plain file,
 * so making the job's work folder throws an {@link IOException} on every try. The retries
 * are JobRunr's own (the job's {@code retries}); only the pause between them is shortened
 * here, by JobRunr's {@code retry-back-off-time-seed} (1: one second before each retry
 * instead of 3 s, then 9 s), so the test waits for the real retry path in seconds rather
 * than calling the job method by hand.
 */
@IntegrationTest
@DirtiesContext
class MediaJobsGiveUpIntegrationTest {

	private static Path renditions;

	@LocalServerPort
	int port;

	@Autowired
	CaseRecordService cases;

	@Autowired
	TestSignIn signIn;

	@Autowired
	Uploads uploads;

	@Autowired
	AttachmentLedger ledger;

	@Autowired
	AttachmentRepository attachments;

	@TempDir
	Path folder;

	@DynamicPropertySource
	static void storage(DynamicPropertyRegistry registry) throws IOException {
		renditions = Files.createTempDirectory("heard-give-up-test");
		registry.add("heard.attachments.directory", renditions::toString);
		registry.add("jobrunr.jobs.retry-back-off-time-seed", () -> "1");
	}

	@AfterEach
	void restore() throws IOException {
		signIn.signOut();
		Files.deleteIfExists(renditions);
		Files.createDirectories(renditions);
	}

	@Test
	void a_file_that_keeps_failing_is_tried_three_times_then_shown_as_failed_and_its_original_is_deleted()
			throws Exception {
		CaseId ellie = DemoCaseIds.of("Ellie", cases, signIn);
		signIn.signOut();
		Files.delete(renditions);
		Files.writeString(renditions, "not a folder");
		Path photo = TestMedia.sidewaysPhotoWithLocation(folder.resolve("photo.jpg"));

		UUID id = FamilyFiles.send(SignedInHttp.as("parent", port), ellie, "our-views", "our-hopes",
				Files.readAllBytes(photo));

		signIn.as("parent");
		var failed = FamilyFiles.waitUntilDone(ledger, ellie, ViewKind.PARENT_CARER, Question.OUR_HOPES, id);
		assertThat(failed.status()).isEqualTo(AttachmentStatus.FAILED);
		assertThat(attachments.findById(id).orElseThrow().getAttempts()).as("retried before giving up")
			.isEqualTo(MediaJobs.ATTEMPTS);
		assertThatThrownBy(() -> uploads.fileOf(new UploadId(id))).as("the original is deleted")
			.isInstanceOf(UploadNotFoundException.class);
		assertThat(translation("attachments.failed")).as("what the page shows for a failed file")
			.contains("went wrong on our side", "not your fault");
	}

	private static String translation(String key) throws IOException {
		var translations = new Properties();
		try (var in = MediaJobsGiveUpIntegrationTest.class
			.getResourceAsStream("/vaadin-i18n/translations.properties")) {
			translations.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return translations.getProperty(key);
	}

}
