package app.heard.media;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what one file may cost to process: decoders run on untrusted input, so every
 * resource they can use is capped.
 *
 * @param maxMegapixels photos with more pixels are refused before decoding (a 12 MP photo
 * takes ~48 MB of heap once decoded)
 * @param maxSide photos with a longer side are refused before decoding
 * @param maxDuration the longest video or recording kept
 * @param timeout wall-clock limit for each FFmpeg process, after which it is killed
 * @param cpuTime processor-time limit for each FFmpeg process
 * @param memory address-space limit for each FFmpeg process
 * @param concurrentImageDecodes photos decoded on the heap at once, across all callers
 * @param workDirectory where private job directories are made; the system temporary
 * directory when unset
 */
@ConfigurationProperties("heard.media")
public record MediaProperties(@DefaultValue("100") int maxMegapixels, @DefaultValue("16384") int maxSide,
		@DefaultValue("30m") Duration maxDuration, @DefaultValue("10m") Duration timeout,
		@DefaultValue("10m") Duration cpuTime, @DefaultValue("2GB") DataSize memory,
		@DefaultValue("2") int concurrentImageDecodes, Path workDirectory) {

	public MediaProperties {
		if (maxMegapixels < 1 || maxSide < 1 || concurrentImageDecodes < 1) {
			throw new IllegalArgumentException("Media limits must be positive");
		}
		if (maxDuration.isNegative() || timeout.isNegative() || cpuTime.isNegative() || cpuTime.toSeconds() < 1) {
			throw new IllegalArgumentException("Media durations must be positive (CPU time at least 1 s)");
		}
	}

	/** The limits used when nothing is configured, as the support command runs. */
	public static MediaProperties defaults() {
		return new MediaProperties(100, 16384, Duration.ofMinutes(30), Duration.ofMinutes(10), Duration.ofMinutes(10),
				DataSize.ofGigabytes(2), 2, null);
	}

	/** The same limits with another wall-clock timeout. */
	public MediaProperties withTimeout(Duration timeout) {
		return new MediaProperties(this.maxMegapixels, this.maxSide, this.maxDuration, timeout, this.cpuTime,
				this.memory, this.concurrentImageDecodes, this.workDirectory);
	}

	/** The same limits with another longest recording. */
	public MediaProperties withMaxDuration(Duration maxDuration) {
		return new MediaProperties(this.maxMegapixels, this.maxSide, maxDuration, this.timeout, this.cpuTime,
				this.memory, this.concurrentImageDecodes, this.workDirectory);
	}

	/** {@link #maxMegapixels} as a pixel count. */
	public long maxPixels() {
		return this.maxMegapixels * 1_000_000L;
	}

}
