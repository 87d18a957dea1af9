package app.heard.media;

import static org.assertj.core.api.Assertions.assertThat;

import app.heard.media.ProcessingOutcome.Processed;
import app.heard.media.ProcessingOutcome.Rejected;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.ffmpeg;
import org.bytedeco.ffmpeg.ffprobe;
import org.bytedeco.javacpp.Loader;

/**
 * Makes test media at test time with the bundled FFmpeg, exiftool and heif-enc, and
 * inspects outputs with ffprobe and exiftool, independently of the code under test.
 * Public for the media benchmarks in {@code app.heard.benchmark}.
 */
public final class TestMedia {

	public static final String FFMPEG = Loader.load(ffmpeg.class);

	static final String FFPROBE = Loader.load(ffprobe.class);

	private TestMedia() {
	}

	/** Runs the bundled ffmpeg in {@code directory}; fails the test if it fails. */
	public static void ffmpeg(Path directory, String... args) {
		List<String> command = new ArrayList<>(List.of(FFMPEG, "-nostdin", "-hide_banner", "-v", "error", "-y"));
		command.addAll(List.of(args));
		run(directory, command);
	}

	/** Everything ffprobe says about streams, tags and side data, as {@code -of flat}. */
	public static String probe(Path file) {
		return run(file.getParent(), List.of(FFPROBE, "-v", "error", "-show_format", "-show_streams", "-show_chapters",
				"-of", "flat", file.getFileName().toString()));
	}

	static String field(String flat, String key) {
		Matcher matcher = Pattern.compile("^" + Pattern.quote(key) + "=\"?(.*?)\"?$", Pattern.MULTILINE).matcher(flat);
		return matcher.find() ? matcher.group(1) : null;
	}

	/**
	 * A 1200 x 800 JPEG as stored, half orange, with EXIF saying "turn me a quarter"
	 * (orientation 6), a camera make and where it was taken: what a phone held sideways
	 * writes.
	 */
	public static Path sidewaysPhotoWithLocation(Path file) throws IOException {
		var image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(0, 0, 600, 800);
		graphics.dispose();
		ImageIO.write(image, "jpg", file.toFile());
		exiftool(file, "-Orientation=6", "-n", "-Make=Canon", "-GPSLatitude=51.5074", "-GPSLatitudeRef=N",
				"-GPSLongitude=0.1278", "-GPSLongitudeRef=W");
		assertThat(allTags(file)).as("the test photo has a location to strip").contains("GPS");
		return file;
	}

	/** Everything exiftool says about a file, every group, as it prints it. */
	public static String allTags(Path file) {
		return run(file.getParent(), List.of("exiftool", "-a", "-G1", file.toString()));
	}

	public static void exiftool(Path file, String... args) {
		List<String> command = new ArrayList<>(List.of("exiftool", "-q", "-overwrite_original"));
		command.addAll(List.of(args));
		command.add(file.toString());
		run(file.getParent(), command);
	}

	/**
	 * Every tag exiftool finds, with its group, except what it says about the file
	 * itself.
	 */
	public static List<String> metadataTags(Path file) {
		String all = run(file.getParent(), List.of("exiftool", "-a", "-G1", "-s", "-n", file.toString()));
		return all.lines()
			.filter(line -> !line.startsWith("[ExifTool]") && !line.startsWith("[System]") && !line.startsWith("[File]")
					&& !line.startsWith("[Composite]"))
			.toList();
	}

	public static void heifEnc(Path png, Path heic) {
		run(png.getParent(), List.of("heif-enc", "-q", "60", png.toString(), "-o", heic.toString()));
	}

	public static String run(Path directory, List<String> command) {
		try {
			var builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
			builder.environment().put("LD_LIBRARY_PATH", Path.of(FFMPEG).getParent().toString());
			Process process = builder.start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
			String text = new String(output, StandardCharsets.UTF_8);
			assertThat(process.exitValue()).as("%s said: %s", command, text).isZero();
			return text;
		}
		catch (IOException ex) {
			throw new AssertionError("Could not run " + command, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	public static Processed processed(ProcessingOutcome outcome) {
		assertThat(outcome).isInstanceOf(Processed.class);
		return (Processed) outcome;
	}

	static RejectionReason rejected(ProcessingOutcome outcome) {
		assertThat(outcome).isInstanceOf(Rejected.class);
		return ((Rejected) outcome).reason();
	}

	static List<Path> files(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.toList();
		}
	}

	/**
	 * A processor with the default limits and a job directory inside the test's folder.
	 */
	static MediaProcessor processor(Path workDirectory) {
		return new MediaProcessor(withWorkDirectory(MediaProperties.defaults(), workDirectory));
	}

	public static MediaProperties withWorkDirectory(MediaProperties limits, Path workDirectory) {
		return new MediaProperties(limits.maxMegapixels(), limits.maxSide(), limits.maxDuration(), limits.timeout(),
				limits.cpuTime(), limits.memory(), limits.concurrentImageDecodes(), workDirectory);
	}

	/**
	 * A valid PNG signature and IHDR (with its CRC) claiming a size, then a few bytes of
	 * pixels.
	 */
	public static byte[] pngClaiming(int width, int height) throws IOException {
		var bytes = new ByteArrayOutputStream();
		var out = new DataOutputStream(bytes);
		out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		var header = new ByteArrayOutputStream();
		var ihdr = new DataOutputStream(header);
		ihdr.writeInt(width);
		ihdr.writeInt(height);
		ihdr.write(new byte[] { 8, 2, 0, 0, 0 });
		chunk(out, "IHDR", header.toByteArray());
		var deflater = new Deflater();
		deflater.setInput(new byte[1024]);
		deflater.finish();
		byte[] compressed = new byte[1024];
		int length = deflater.deflate(compressed);
		chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, length));
		chunk(out, "IEND", new byte[0]);
		return bytes.toByteArray();
	}

	private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(data.length);
		out.write(name);
		out.write(data);
		var crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

}
