package app.heard.attachments.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param directory where renditions are kept; empty for a throwaway folder (the tests use
 * that)
 * @param attempts how many times preparing a file is tried before the family is told it
 * failed on our side
 * @param sweepAfter how long a file may wait for its job before the sweep hands it to the
 * queue again (after a crash between saving it and queueing it)
 */
@ConfigurationProperties("heard.attachments")
record AttachmentProperties(@DefaultValue("") String directory, @DefaultValue("3") int attempts,
		@DefaultValue("2m") Duration sweepAfter) {
}
