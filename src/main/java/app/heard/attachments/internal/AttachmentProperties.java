package app.heard.attachments.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param storage where renditions are kept (docs/decisions/0011)
 * @param directory with {@code filesystem} storage, where renditions are kept; with
 * {@code s3}, only the jobs' work folders; empty for a throwaway folder (the tests use
 * that)
 * @param s3 the bucket, with {@code s3} storage
 * @param sweepAfter how long a file may wait for its job before the sweep hands it to the
 * queue again (after a crash between saving it and queueing it)
 * @param quarantineRetry how long a file held for want of a malware verdict waits before
 * it is scanned again
 */
@ConfigurationProperties("heard.attachments")
record AttachmentProperties(@DefaultValue("filesystem") Storage storage, @DefaultValue("") String directory,
		@DefaultValue S3 s3, @DefaultValue("2m") Duration sweepAfter, @DefaultValue("1h") Duration quarantineRetry) {

	enum Storage {

		FILESYSTEM, S3

	}

	/**
	 * @param endpoint the S3-compatible server, such as {@code http://minio:9000}; empty
	 * for Amazon S3 itself
	 * @param bucket an existing bucket that holds nothing else
	 * @param region the bucket's region; MinIO and most others accept {@code us-east-1}
	 * @param accessKey with {@code secretKey}; empty for the SDK's own chain
	 * (environment, instance or task role)
	 * @param secretKey the secret with {@code accessKey}, only ever from the environment
	 * @param pathStyle {@code http://host/bucket/key}, as MinIO expects; false for
	 * virtual-hosted buckets ({@code http://bucket.host/key})
	 */
	record S3(@DefaultValue("") String endpoint, @DefaultValue("") String bucket,
			@DefaultValue("us-east-1") String region, @DefaultValue("") String accessKey,
			@DefaultValue("") String secretKey, @DefaultValue("true") boolean pathStyle) {

		@Override
		public String toString() {
			return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + "]";
		}

	}

}
