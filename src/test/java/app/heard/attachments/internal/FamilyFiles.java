package app.heard.attachments.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.heard.SignedInHttp;
import app.heard.caserecord.CaseId;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.springframework.context.ApplicationContext;

/**
 * A file as a family's page sends it (tus), and its rendition as their page asks for it.
 * Public for tests of other features that need a family's real file (the LA's media
 * manifest).
 */
public final class FamilyFiles {

	private FamilyFiles() {
	}

	/** Sends the whole file in the tus creation request; returns the upload's id. */
	public static UUID send(SignedInHttp person, CaseId caseId, String kind, String question, byte[] bytes)
			throws IOException, InterruptedException {
		var created = person.send(person.request("/uploads/")
			.header("Tus-Resumable", "1.0.0")
			.header("Upload-Length", String.valueOf(bytes.length))
			.header("Upload-Metadata",
					"caseId " + base64(caseId.toString()) + ",kind " + base64(kind) + ",question " + base64(question)
							+ ",filename " + base64("IMG_0042.jpg"))
			.header("Content-Type", "application/offset+octet-stream")
			.POST(HttpRequest.BodyPublishers.ofByteArray(bytes)));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String location = created.headers().firstValue("Location").orElseThrow();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	/** The rendition once the job has prepared it (a 200 with its whole body). */
	public static HttpResponse<byte[]> waitForRendition(SignedInHttp person, UUID id, String role) {
		return await("the " + role + " of " + id).atMost(Duration.ofSeconds(90))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> person.sendForBytes(person.request("/media/" + id + "/" + role)),
					response -> response.statusCode() == 200);
	}

	/**
	 * The file once the job has done what it can with it: ready, refused, failed or held
	 * (the caller signed in as someone who may see it).
	 */
	static AttachmentView waitUntilDone(AttachmentLedger ledger, CaseId caseId, ViewKind kind, Question question,
			UUID id) {
		// In this thread: the ledger reads as the person signed in here
		return await(id + " prepared").atMost(Duration.ofSeconds(90))
			.pollInSameThread()
			.pollInterval(Duration.ofMillis(500))
			.until(() -> ledger.on(caseId, kind, question)
				.stream()
				.filter(attachment -> attachment.id().equals(id))
				.findFirst()
				.filter(attachment -> !attachment.status().beingPrepared()), java.util.Optional::isPresent)
			.orElseThrow();
	}

	/**
	 * Takes a file out of the draft as its Remove button does, for the person signed in
	 * in this thread (who added it).
	 */
	public static void remove(ApplicationContext application, UUID id) {
		application.getBean(AttachmentLedger.class).remove(id);
	}

	static int status(SignedInHttp person, String path) throws IOException, InterruptedException {
		return person.sendForBytes(person.request(path)).statusCode();
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
