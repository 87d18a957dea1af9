package app.heard.lareference.internal;

import app.heard.lareference.ReferenceLaServer;
import java.net.URI;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * On a laptop and in the tests the portal syncs with the reference server instead of a
 * real LA. Tokens are not checked yet ({@code jwkSetUri} null); pushing is on when
 * {@code heard.la-reference.push-target} and {@code push-secret} are set.
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
class ReferenceLaServerConfiguration {

	@Bean(destroyMethod = "close")
	ReferenceLaServer referenceLaServer(@Value("${heard.la-reference.port:8088}") int port,
			@Value("${heard.la-reference.push-target:}") String pushTarget,
			@Value("${heard.la-reference.push-secret:}") String pushSecret, ObjectProvider<Clock> clock) {
		var options = ReferenceLaServer.Options.onPort(port).withClock(clock.getIfAvailable(Clock::systemUTC));
		if (!pushTarget.isEmpty()) {
			options = options.withPush(URI.create(pushTarget), pushSecret);
		}
		return ReferenceLaServer.start(options);
	}

}
