package app.heard.media.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where clamd listens (docs/decisions/0010-malware-scanning-with-clamav.md).
 *
 * @param host clamd's host name or address; empty means no scanning here
 * @param port clamd's {@code TCPSocket}
 * @param timeout the longest one whole scan may take, sending included; longer than
 * clamd's own {@code MaxScanTime} (2 minutes unless set), so that clamd gives up first
 * and says so
 * @param connectTimeout the longest wait for a connection
 */
@ConfigurationProperties("heard.clamav")
public record ClamavProperties(@DefaultValue("") String host, @DefaultValue("3310") int port,
		@DefaultValue("5m") Duration timeout, @DefaultValue("5s") Duration connectTimeout) {

	public ClamavProperties {
		host = (host != null) ? host.strip() : "";
		if (port < 1 || port > 65535) {
			throw new IllegalArgumentException("heard.clamav.port must be a TCP port, not " + port);
		}
		if (timeout.isNegative() || timeout.isZero() || connectTimeout.isNegative() || connectTimeout.isZero()) {
			throw new IllegalArgumentException("heard.clamav timeouts must be positive");
		}
	}

	/** Whether a clamd is configured at all. */
	public boolean configured() {
		return !this.host.isEmpty();
	}

}
