package app.heard.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.heard.DemoCaseIds;
import app.heard.IntegrationTest;
import app.heard.SignedInHttp;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.identity.internal.TestSignIn;
import app.heard.media.RejectionReason;
import app.heard.media.TestMedia;
import app.heard.upload.UploadId;
import app.heard.upload.UploadNotFoundException;
import app.heard.upload.Uploads;
import app.heard.views.Question;
import app.heard.views.SubmittedViewsService;
import app.heard.views.ViewKind;
import app.heard.views.ViewsService;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file sent with tus becomes an attachment: the job prepares it, the original is
 * deleted, and only the rendition is served, with no location left in it, to the people
 * who may see it and to nobody else; sent with the views, it is kept as it was.
 */
@IntegrationTest
class AttachmentsIntegrationTest {

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
	ViewsService views;

	@Autowired
	SubmittedViewsService submitted;

	@TempDir
	Path folder;

	CaseId ellie;

	@BeforeEach
	void findEllie() {
		ellie = DemoCaseIds.of("Ellie", cases, signIn);
		signIn.signOut();
	}

	@AfterEach
	void signOut() {
		signIn.signOut();
	}

	@Test
	void a_photo_is_served_upright_without_its_location_only_to_those_who_may_see_it() throws Exception {
		Path photo = TestMedia.sidewaysPhotoWithLocation(folder.resolve("photo.jpg"));
		var jordan = SignedInHttp.as("parent", port);
		UUID id = FamilyFiles.send(jordan, ellie, "our-views", "working-well-for-us", Files.readAllBytes(photo));

		var display = FamilyFiles.waitForRendition(jordan, id, "display");
		assertThat(display.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(display.headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"display.jpg\"");
		assertThat(display.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(display.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		assertThat(display.headers().firstValue("Content-Security-Policy")).hasValue("sandbox");
		Path served = folder.resolve("served.jpg");
		Files.write(served, display.body());
		BufferedImage upright = ImageIO.read(served.toFile());
		assertThat(upright.getHeight()).as("taken sideways, shown upright").isGreaterThan(upright.getWidth());
		assertThat(TestMedia.allTags(served)).doesNotContain("GPS", "Canon", "Orientation");

		var firstBytes = jordan.sendForBytes(jordan.request("/media/" + id + "/display").header("Range", "bytes=0-99"));
		assertThat(firstBytes.statusCode()).isEqualTo(206);
		assertThat(firstBytes.body()).hasSize(100);

		assertThat(FamilyFiles.status(jordan, "/media/" + id + "/original")).as("the original is never served")
			.isEqualTo(404);
		assertThatThrownBy(() -> uploads.fileOf(new UploadId(id))).as("and is deleted once prepared")
			.isInstanceOf(UploadNotFoundException.class);
		for (String other : List.of("parent2", "advocate", "coordinator", "young-person")) {
			assertThat(FamilyFiles.status(SignedInHttp.as(other, port), "/media/" + id + "/display"))
				.as("a parent's own views' files, to %s", other)
				.isEqualTo(404);
		}
		assertThat(FamilyFiles.status(SignedInHttp.anonymous(port), "/media/" + id + "/display")).isNotEqualTo(200);

		// Sent, it goes with the views as it was; removing it from the draft later
		// changes
		// nothing that was sent, and the other parent may now see it
		signIn.as("parent");
		ledger.caption(id, "Ellie at the beach");
		views.submit(ellie, ViewKind.PARENT_CARER);
		var sent = submitted.lastSubmission(ellie, ViewKind.PARENT_CARER).orElseThrow().id();
		ledger.caption(id, "changed after sending");
		ledger.remove(id);
		assertThat(ledger.on(ellie, ViewKind.PARENT_CARER, Question.WORKING_WELL_FOR_US)).extracting(AttachmentView::id)
			.doesNotContain(id);
		assertThat(ledger.sentWith(ellie, sent, Question.WORKING_WELL_FOR_US)).singleElement()
			.satisfies(file -> assertThat(file.caption()).isEqualTo("Ellie at the beach"))
			.satisfies(file -> assertThat(file.id()).isEqualTo(id));
		signIn.signOut();
		assertThat(FamilyFiles.status(SignedInHttp.as("parent2", port), "/media/" + id + "/display")).isEqualTo(200);
		assertThat(FamilyFiles.status(SignedInHttp.as("young-person", port), "/media/" + id + "/display"))
			.isEqualTo(404);
	}

	@Test
	void a_web_page_named_jpg_is_refused_with_words_that_say_what_to_do_and_nothing_is_served() throws Exception {
		var sam = SignedInHttp.as("dias", port);
		byte[] page = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
		UUID id = FamilyFiles.send(sam, ellie, "about-me", "communicate-with-me", page);

		signIn.as("dias");
		var refused = FamilyFiles.waitUntilDone(ledger, ellie, ViewKind.ABOUT_ME, Question.COMMUNICATE_WITH_ME, id);
		assertThat(refused.status()).isEqualTo(AttachmentStatus.REJECTED);
		assertThat(refused.rejection()).hasValue(RejectionReason.NOT_A_SUPPORTED_TYPE);
		assertThat(FamilyFiles.status(sam, "/media/" + id + "/display")).isEqualTo(404);
		assertThatThrownBy(() -> uploads.fileOf(new UploadId(id))).isInstanceOf(UploadNotFoundException.class);

		ledger.remove(id);
		assertThat(ledger.on(ellie, ViewKind.ABOUT_ME, Question.COMMUNICATE_WITH_ME)).extracting(AttachmentView::id)
			.doesNotContain(id);
	}

}
