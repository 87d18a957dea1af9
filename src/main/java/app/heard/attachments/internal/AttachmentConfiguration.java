package app.heard.attachments.internal;

import java.io.IOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentConfiguration {

	/**
	 * The local disk unless {@code heard.attachments.storage=s3} (docs/decisions/0011).
	 */
	@Bean
	RenditionStore renditionStore(AttachmentProperties properties) throws IOException {
		return switch (properties.storage()) {
			case FILESYSTEM -> new FileSystemRenditionStore(properties.directory());
			case S3 -> S3RenditionStore.connect(properties.s3(), properties.directory());
		};
	}

}
