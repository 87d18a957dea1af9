package app.heard.media.internal;

import app.heard.media.MalwareScanner;
import app.heard.media.MediaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code heard.media.*} for the {@link app.heard.media.MediaProcessor} and
 * {@code heard.clamav.*} for the {@link MalwareScanner}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ MediaProperties.class, ClamavProperties.class })
class MediaConfiguration {

	@Bean
	ClamdScanner malwareScanner(ClamavProperties clamav) {
		return new ClamdScanner(clamav);
	}

}
