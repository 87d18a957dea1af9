package app.heard.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.media.MalwareScanner;
import app.heard.media.MediaProcessor;
import app.heard.media.MediaProperties;
import app.heard.media.ScanVerdict;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

class MediaConfigurationTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(MediaConfiguration.class, MediaProcessor.class);

	@Test
	void the_limits_default_to_the_documented_values() {
		this.context.run(context -> {
			assertThat(context).hasSingleBean(MediaProcessor.class);
			assertThat(context.getBean(MediaProperties.class)).isEqualTo(MediaProperties.defaults());
		});
	}

	@Test
	void the_limits_are_set_under_heard_media() {
		this.context
			.withPropertyValues("heard.media.max-megapixels=50", "heard.media.max-duration=5m",
					"heard.media.memory=1GB", "heard.media.concurrent-image-decodes=1")
			.run(context -> {
				MediaProperties limits = context.getBean(MediaProperties.class);
				assertThat(limits.maxMegapixels()).isEqualTo(50);
				assertThat(limits.maxDuration()).isEqualTo(Duration.ofMinutes(5));
				assertThat(limits.memory()).isEqualTo(DataSize.ofGigabytes(1));
				assertThat(limits.concurrentImageDecodes()).isEqualTo(1);
			});
	}

	@Test
	void without_a_clamav_host_the_scanner_says_it_is_not_configured() {
		this.context.run(context -> {
			assertThat(context).hasSingleBean(MalwareScanner.class);
			assertThat(context.getBean(ClamavProperties.class))
				.isEqualTo(new ClamavProperties("", 3310, Duration.ofMinutes(5), Duration.ofSeconds(5)));
			assertThat(context.getBean(MalwareScanner.class).scan(Path.of("never-read")))
				.isEqualTo(ScanVerdict.NOT_CONFIGURED);
		});
	}

	@Test
	void clamd_is_set_under_heard_clamav() {
		this.context
			.withPropertyValues("heard.clamav.host=clamav", "heard.clamav.port=3311", "heard.clamav.timeout=60s")
			.run(context -> assertThat(context.getBean(ClamavProperties.class))
				.isEqualTo(new ClamavProperties("clamav", 3311, Duration.ofSeconds(60), Duration.ofSeconds(5))));
	}

}
