package app.heard.attachments.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory where renditions are kept; empty for a throwaway folder (the tests use
 * that)
 * @param sweepAfter how long a file may wait for its job before the sweep hands it to the
 * queue again (after a crash between saving it and queueing it)
 * @param quarantineRetry how long a file held for want of a malware verdict waits before
 * it is scanned again
 */
@ConfigurationProperties("heard.attachments")
record AttachmentProperties(@DefaultValue("") String directory, @DefaultValue("2m") Duration sweepAfter,
		@DefaultValue("1h") Duration quarantineRetry) {
}
