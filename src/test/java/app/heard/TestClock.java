package app.heard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the real time, until a test moves it on (to close a
 * comment window, say) — and back, in an {@code @AfterEach}, because every test in the
 * run shares the application. Everything that takes the {@link Clock} bean moves with it,
 * the idle-session timeout too: a browser moved on by days must sign in again.
 */
public final class TestClock extends Clock {

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public void moveOn(Duration by) {
		offset.accumulateAndGet(by, Duration::plus);
	}

	public void reset() {
		offset.set(Duration.ZERO);
	}

	@Override
	public ZoneId getZone() {
		return ENGLAND;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.offset(Clock.system(zone), offset.get());
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset.get());
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
