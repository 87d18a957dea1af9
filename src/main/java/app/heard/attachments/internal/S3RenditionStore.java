package app.heard.attachments.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.core.io.Resource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Renditions as objects in one S3-compatible bucket (Amazon S3, MinIO and the like),
 * named by key and stored with their content type, so instances on different machines
 * share them. Jobs still write to a local work folder; {@link #put} uploads the file,
 * then deletes it.
 */
class S3RenditionStore implements RenditionStore, AutoCloseable {

	private final S3Client s3;

	private final String bucket;

	private final Path workRoot;

	/**
	 * @param workDirectory for the jobs' output; empty for a throwaway folder
	 */
	S3RenditionStore(S3Client s3, String bucket, String workDirectory) throws IOException {
		this.s3 = s3;
		this.bucket = bucket;
		this.workRoot = workDirectory.isBlank() ? Files.createTempDirectory("heard-work")
				: Files.createDirectories(Path.of(workDirectory));
	}

	static S3RenditionStore connect(AttachmentProperties.S3 settings, String workDirectory) throws IOException {
		if (settings.bucket().isBlank()) {
			throw new IllegalStateException(
					"heard.attachments.storage=s3 needs heard.attachments.s3.bucket (HEARD_S3_BUCKET)");
		}
		var client = S3Client.builder()
			.httpClientBuilder(Apache5HttpClient.builder())
			.region(Region.of(settings.region()))
			.forcePathStyle(settings.pathStyle())
			.credentialsProvider(credentials(settings));
		if (!settings.endpoint().isBlank()) {
			client.endpointOverride(URI.create(settings.endpoint()));
		}
		return new S3RenditionStore(client.build(), settings.bucket(), workDirectory);
	}

	@Override
	public String put(Path file, String contentType) {
		String key = RenditionStore.newKey();
		s3.putObject(object -> object.bucket(bucket).key(key).contentType(contentType), RequestBody.fromFile(file));
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return key;
	}

	@Override
	public Resource open(String key) {
		return new S3Rendition(s3, bucket, RenditionStore.checked(key));
	}

	@Override
	public void delete(String key) {
		s3.deleteObject(object -> object.bucket(bucket).key(RenditionStore.checked(key)));
	}

	@Override
	public Path newWorkFolder() throws IOException {
		return Files.createTempDirectory(workRoot, "job-");
	}

	@Override
	public void close() {
		s3.close();
	}

	private static AwsCredentialsProvider credentials(AttachmentProperties.S3 settings) {
		if (settings.accessKey().isBlank()) {
			return DefaultCredentialsProvider.builder().build();
		}
		if (settings.secretKey().isBlank()) {
			throw new IllegalStateException(
					"heard.attachments.s3.access-key needs heard.attachments.s3.secret-key (HEARD_S3_SECRET_KEY)");
		}
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
	}

}
