package app.heard;

import app.heard.media.MediaCommand;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * Heard: children's and families' views for their EHC plan, recorded in their own words.
 *
 * <p>
 * Each direct sub-package is an application module
 * (docs/decisions/0001-modules-by-feature.md).
 */
@SpringBootApplication
public class HeardApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("media")) {
			// The support command: the media pipeline alone, no web app or database
			System.exit(MediaCommand.run(args));
		}
		SpringApplication.run(HeardApplication.class, args);
	}

	/**
	 * Services take "now" from this clock, never from the system, so tests can set the
	 * date.
	 */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/London"));
	}

}
