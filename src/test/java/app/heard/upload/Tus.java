package app.heard.upload;

import app.heard.SignedInHttp;
import app.heard.caserecord.CaseId;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** tus requests as tus-js-client sends them, for one signed-in person. */
public record Tus(SignedInHttp http) {

	public static final String ENDPOINT = "/uploads/";

	public HttpResponse<String> create(CaseId caseId, String kind, String question, long length)
			throws IOException, InterruptedException {
		return http.send(creation(caseId, kind, question, length).POST(HttpRequest.BodyPublishers.noBody()));
	}

	public HttpRequest.Builder creation(CaseId caseId, String kind, String question, long length) {
		return http.request(ENDPOINT)
			.header("Tus-Resumable", "1.0.0")
			.header("Upload-Length", String.valueOf(length))
			.header("Upload-Metadata", metadata("caseId", caseId.toString(), "kind", kind, "question", question,
					"filename", "../../etc/Ellie's drawing.jpg"));
	}

	/** The new upload's address, from a 201 Created. */
	public static String location(HttpResponse<?> created) {
		if (created.statusCode() != 201) {
			throw new AssertionError("Expected 201 Created, got " + created.statusCode() + ": " + created.body());
		}
		return created.headers().firstValue("Location").orElseThrow();
	}

	public HttpResponse<String> patch(String location, long offset, byte[] bytes)
			throws IOException, InterruptedException {
		return http.send(patching(location, offset).method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes)));
	}

	public HttpRequest.Builder patching(String location, long offset) {
		return http.request(location)
			.header("Tus-Resumable", "1.0.0")
			.header("Upload-Offset", String.valueOf(offset))
			.header("Content-Type", "application/offset+octet-stream");
	}

	public HttpResponse<String> head(String location) throws IOException, InterruptedException {
		return http.send(http.request(location)
			.header("Tus-Resumable", "1.0.0")
			.method("HEAD", HttpRequest.BodyPublishers.noBody()));
	}

	public HttpResponse<String> delete(String location) throws IOException, InterruptedException {
		return http.send(http.request(location).header("Tus-Resumable", "1.0.0").DELETE());
	}

	public static long offset(HttpResponse<?> response) {
		return Long.parseLong(response.headers().firstValue("Upload-Offset").orElseThrow());
	}

	public static UploadId idOf(String location) {
		return UploadId.parse(location.substring(location.lastIndexOf('/') + 1)).orElseThrow();
	}

	public static String metadata(String... keysAndValues) {
		var header = new StringBuilder();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			header.append(header.isEmpty() ? "" : ",")
				.append(keysAndValues[i])
				.append(' ')
				.append(Base64.getEncoder().encodeToString(keysAndValues[i + 1].getBytes(StandardCharsets.UTF_8)));
		}
		return header.toString();
	}

}
