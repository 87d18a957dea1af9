package app.heard.upload.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadProperties.class)
@EnableScheduling
class UploadConfiguration {

	@Bean
	SchedulingConfigurer uploadCleanup(UploadExpiry expiry, UploadProperties properties) {
		Runnable cleanup = () -> {
			try {
				expiry.removeExpired();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
		return registrar -> registrar
			.addFixedDelayTask(new FixedDelayTask(cleanup, properties.cleanupInterval(), properties.cleanupInterval()));
	}

}
