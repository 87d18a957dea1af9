package app.heard.media.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What ffprobe said about a file, read from its {@code -of flat} output so no JSON
 * library is needed where the support command runs.
 *
 * @param duration the container's duration, when it knows one
 * @param streams the streams, in order
 */
record MediaProbe(Optional<Duration> duration, List<Stream> streams) {

	/** The entries {@link #parse} understands. */
	static final List<String> SHOW_ENTRIES = List.of("-show_entries",
			"format=duration:stream=index,codec_type,codec_name,width,height:stream_disposition=attached_pic"
					+ ":stream_side_data=rotation",
			"-of", "flat");

	private static final Pattern LINE = Pattern.compile("^(format|streams\\.stream\\.(\\d+))\\.(\\S+?)=\"?(.*?)\"?$");

	/**
	 * One stream.
	 *
	 * @param rotation degrees of the display matrix, 0 when none
	 * @param coverArt a picture attached to a sound file, not a video
	 */
	record Stream(int index, String type, String codec, int width, int height, int rotation, boolean coverArt) {

		boolean isVideo() {
			return "video".equals(this.type) && !this.coverArt;
		}

		boolean isAudio() {
			return "audio".equals(this.type);
		}

	}

	Optional<Stream> firstVideo() {
		return this.streams.stream().filter(Stream::isVideo).findFirst();
	}

	Optional<Stream> firstAudio() {
		return this.streams.stream().filter(Stream::isAudio).findFirst();
	}

	static MediaProbe parse(String flat) {
		Optional<Duration> duration = Optional.empty();
		Map<Integer, Map<String, String>> streams = new TreeMap<>();
		for (String line : flat.split("\n")) {
			Matcher matcher = LINE.matcher(line.strip());
			if (!matcher.matches()) {
				continue;
			}
			String key = matcher.group(3);
			String value = matcher.group(4);
			if (matcher.group(2) == null) {
				if (key.equals("duration")) {
					duration = seconds(value);
				}
			}
			else {
				String name = key.startsWith("side_data_list.") ? key.substring(key.lastIndexOf('.') + 1) : key;
				streams.computeIfAbsent(Integer.parseInt(matcher.group(2)), index -> new TreeMap<>())
					.putIfAbsent(name, value);
			}
		}
		List<Stream> list = streams.entrySet()
			.stream()
			.map(entry -> new Stream(entry.getKey(), entry.getValue().getOrDefault("codec_type", ""),
					entry.getValue().getOrDefault("codec_name", ""), integer(entry.getValue().get("width")),
					integer(entry.getValue().get("height")), integer(entry.getValue().get("rotation")),
					"1".equals(entry.getValue().get("disposition.attached_pic"))))
			.toList();
		return new MediaProbe(duration, list);
	}

	private static Optional<Duration> seconds(String value) {
		try {
			double seconds = Double.parseDouble(value);
			return (seconds > 0 && Double.isFinite(seconds))
					? Optional.of(Duration.ofMillis(Math.round(seconds * 1000))) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static int integer(String value) {
		if (value == null) {
			return 0;
		}
		try {
			return (int) Math.round(Double.parseDouble(value));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
