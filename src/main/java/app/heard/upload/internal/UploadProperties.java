package app.heard.upload.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits the server keeps whatever a client claims.
 *
 * @param directory where the files go; empty for a throwaway folder (the tests use that).
 * Several instances of the portal share one folder, as they share the database (0020)
 * @param maxFileSize the largest file one upload may declare (binary units: 2GB is 2 GiB)
 * @param caseQuota what all of one case's uploads together may declare, finished or not,
 * until discarded
 * @param expiry how long an unfinished upload is kept after its last progress
 * @param cleanupInterval how often expired uploads and stray files are removed
 */
@ConfigurationProperties("heard.upload")
record UploadProperties(@DefaultValue("") String directory, @DefaultValue("2GB") DataSize maxFileSize,
		@DefaultValue("20GB") DataSize caseQuota, @DefaultValue("7d") Duration expiry,
		@DefaultValue("1h") Duration cleanupInterval) {
}
