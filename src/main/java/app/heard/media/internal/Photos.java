package app.heard.media.internal;

import app.heard.media.DetectedType;
import app.heard.media.MediaKind;
import app.heard.media.MediaProperties;
import app.heard.media.ProcessingOutcome.Processed;
import app.heard.media.RejectionReason;
import app.heard.media.Rendition;
import app.heard.media.internal.Sandbox.Program;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.DoubleConsumer;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Photos become a display JPEG (long side at most 1600 px) and a 320 px thumbnail,
 * upright, with no EXIF or XMP at all. JPEG, PNG and WebP are decoded by Java decoders,
 * only after their header shows the size is within the limits and only while holding a
 * decode permit, since a decoded photo lives on the heap. HEIF is first turned into a PNG
 * by the sandboxed FFmpeg.
 */
public final class Photos {

	static final int DISPLAY_SIDE = 1600;

	static final int THUMBNAIL_SIDE = 320;

	private final Sandbox sandbox;

	private final MediaProperties limits;

	private final Semaphore decodes;

	public Photos(Sandbox sandbox, MediaProperties limits) {
		this.sandbox = sandbox;
		this.limits = limits;
		this.decodes = new Semaphore(limits.concurrentImageDecodes(), true);
		// TwelveMonkeys' WebP and JPEG readers from the application's class loader (in
		// the
		// Boot jar ImageIO may have been set up before they were visible); no disk cache
		ImageIO.scanForPlugins();
		ImageIO.setUseCache(false);
	}

	public Processed process(DetectedType type, Job job, DoubleConsumer progress) throws IOException {
		progress.accept(0.0);
		Path source = job.input();
		DetectedType decoded = type;
		if (type == DetectedType.HEIF) {
			source = heifToPng(job);
			decoded = DetectedType.PNG;
			progress.accept(0.4);
		}
		int longSide = checkSize(source, decoded);
		BufferedImage display;
		try {
			this.decodes.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted waiting to decode", ex);
		}
		try {
			// Thumbnailator reads the EXIF orientation from the file and turns the
			// picture upright
			var builder = Thumbnails.of(source.toFile());
			// Small pictures keep their size: scale(1) still turns them upright
			if (longSide > DISPLAY_SIDE) {
				builder.size(DISPLAY_SIDE, DISPLAY_SIDE);
			}
			else {
				builder.scale(1.0);
			}
			display = opaque(builder.asBufferedImage());
		}
		catch (IOException | RuntimeException ex) {
			throw new Rejection(RejectionReason.DAMAGED_PHOTO, String.valueOf(ex));
		}
		finally {
			this.decodes.release();
		}
		progress.accept(0.8);
		Path displayFile = job.file("display.jpg");
		Path thumbnailFile = job.file("thumbnail.jpg");
		// Written from pixels only: Thumbnailator writes no EXIF, XMP or comment
		Thumbnails.of(display).scale(1.0).outputFormat("jpg").outputQuality(0.85).toFile(displayFile.toFile());
		var thumbnail = Thumbnails.of(display);
		(Math.max(display.getWidth(), display.getHeight()) > THUMBNAIL_SIDE
				? thumbnail.size(THUMBNAIL_SIDE, THUMBNAIL_SIDE) : thumbnail.scale(1.0))
			.outputFormat("jpg")
			.outputQuality(0.8)
			.toFile(thumbnailFile.toFile());
		progress.accept(1.0);
		List<Rendition> renditions = new ArrayList<>();
		renditions.add(job.publish(displayFile, Rendition.DISPLAY, "jpg", "image/jpeg"));
		renditions.add(job.publish(thumbnailFile, Rendition.THUMBNAIL, "jpg", "image/jpeg"));
		return new Processed(type, MediaKind.PHOTO, renditions, Optional.empty(), display.getWidth(),
				display.getHeight());
	}

	/**
	 * Reads the width and height from the header alone, with the reader for the detected
	 * type (not whichever reader the bytes suggest), and refuses pictures past the limits
	 * before a single pixel is allocated. Returns the long side.
	 */
	int checkSize(Path file, DetectedType type) throws IOException {
		String format = switch (type) {
			case JPEG -> "jpeg";
			case PNG -> "png";
			case WEBP -> "webp";
			default -> throw new IllegalArgumentException(type + " is not decoded in Java");
		};
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
		if (!readers.hasNext()) {
			throw new IllegalStateException("No ImageIO reader for " + format);
		}
		ImageReader reader = readers.next();
		long width;
		long height;
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			reader.setInput(in, true, true);
			width = reader.getWidth(0);
			height = reader.getHeight(0);
		}
		catch (IOException | RuntimeException ex) {
			throw new Rejection(RejectionReason.DAMAGED_PHOTO, "header: " + ex);
		}
		finally {
			reader.dispose();
		}
		if (width < 1 || height < 1) {
			throw new Rejection(RejectionReason.DAMAGED_PHOTO, width + "x" + height);
		}
		if (width > this.limits.maxSide() || height > this.limits.maxSide()
				|| width * height > this.limits.maxPixels()) {
			throw new Rejection(RejectionReason.IMAGE_TOO_LARGE, width + "x" + height, this.limits.maxMegapixels());
		}
		return (int) Math.max(width, height);
	}

	/**
	 * HEIC is decoded by the sandboxed FFmpeg, which also applies the HEIF rotation and
	 * mirroring, after its probed size passes the same limits.
	 */
	private Path heifToPng(Job job) throws IOException {
		MediaProbe probe = new Prober(this.sandbox).probe(job, Job.INPUT, DetectedType.HEIF)
			.orElseThrow(() -> new Rejection(RejectionReason.DAMAGED_PHOTO, "ffprobe could not read the HEIF"));
		long pixels = probe.streams()
			.stream()
			.filter(stream -> "video".equals(stream.type()))
			.mapToLong(stream -> (long) stream.width() * stream.height())
			.sum();
		if (probe.streams()
			.stream()
			.anyMatch(s -> s.width() > this.limits.maxSide() || s.height() > this.limits.maxSide())
				|| pixels > this.limits.maxPixels()) {
			throw new Rejection(RejectionReason.IMAGE_TOO_LARGE, "HEIF " + pixels + " px", this.limits.maxMegapixels());
		}
		List<String> args = new ArrayList<>(List.of("-nostdin", "-hide_banner", "-v", "error", "-threads", "2", "-y"));
		args.addAll(Demuxers.input(DetectedType.HEIF, Job.INPUT));
		args.addAll(List.of("-frames:v", "1", "-an", "-map_metadata", "-1", "-f", "image2", "-update", "1", "-c:v",
				"png", "heif.png"));
		Sandbox.Result result = this.sandbox.run(Program.FFMPEG, job.directory(), args, line -> {
		});
		Prober.limitsHit(result);
		Path png = job.file("heif.png");
		if (!result.succeeded() || !Files.exists(png)) {
			throw new Rejection(RejectionReason.DAMAGED_PHOTO, "HEIF decode: " + result.stderrTail().strip());
		}
		return png;
	}

	/**
	 * JPEG has no transparency: transparent parts of a PNG or WebP become white, not
	 * black.
	 */
	private static BufferedImage opaque(BufferedImage image) {
		if (!image.getColorModel().hasAlpha() && image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		try {
			graphics.drawImage(image, 0, 0, Color.WHITE, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

}
