package app.heard.upload.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.DemoCaseIds;
import app.heard.IntegrationTest;
import app.heard.SignedInHttp;
import app.heard.caserecord.CaseId;
import app.heard.caserecord.CaseRecordService;
import app.heard.identity.internal.TestSignIn;
import app.heard.upload.Tus;
import app.heard.upload.UploadId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Unfinished uploads expire: the client is told 410 Gone, and the clean-up removes the
 * row and the file. Time is moved by editing the row, not by waiting a week.
 */
@IntegrationTest
class UploadExpiryIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	CaseRecordService cases;

	@Autowired
	TestSignIn signIn;

	@Autowired
	UploadExpiry expiry;

	@Autowired
	UploadFiles files;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void an_unfinished_upload_past_its_expiry_is_gone_and_then_cleaned_up() throws Exception {
		CaseId ellie = DemoCaseIds.of("Ellie", cases, signIn);
		signIn.signOut();
		var sam = new Tus(SignedInHttp.as("dias", port));
		String expiring = Tus.location(sam.create(ellie, "about-me", "my-past", 1000));
		String finished = Tus.location(sam.create(ellie, "about-me", "my-past", 10));
		String active = Tus.location(sam.create(ellie, "about-me", "my-past", 1000));
		assertThat(sam.patch(expiring, 0, new byte[100]).headers().firstValue("Upload-Expires")).isPresent();
		assertThat(sam.patch(finished, 0, new byte[10]).headers().firstValue("Upload-Expires")).isEmpty();
		for (String location : new String[] { expiring, finished }) {
			jdbc.update("update upload set expires_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(60)),
					Tus.idOf(location).value());
		}
		assertThat(sam.head(expiring).statusCode()).isEqualTo(410);
		assertThat(sam.patch(expiring, 100, new byte[100]).statusCode()).isEqualTo(410);

		Path stray = files.pathOf(UUID.randomUUID());
		Files.write(stray, new byte[10]);
		Files.setLastModifiedTime(stray, FileTime.from(Instant.now().minus(Duration.ofDays(8))));
		Path recent = files.pathOf(UUID.randomUUID());
		Files.write(recent, new byte[10]);

		assertThat(expiry.removeExpired()).isGreaterThanOrEqualTo(2);

		UploadId expired = Tus.idOf(expiring);
		assertThat(sam.head(expiring).statusCode()).isEqualTo(404);
		assertThat(files.pathOf(expired.value())).doesNotExist();
		assertThat(jdbc.queryForObject("select count(*) from upload where id = ?", Long.class, expired.value()))
			.isZero();
		assertThat(stray).doesNotExist();
		assertThat(recent).exists();
		// Finished uploads wait for the media pipeline; active ones are untouched
		assertThat(sam.head(finished).statusCode()).isEqualTo(200);
		assertThat(sam.head(active).statusCode()).isEqualTo(200);
		Files.delete(recent);
	}

}
