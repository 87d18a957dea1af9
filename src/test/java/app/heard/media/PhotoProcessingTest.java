package app.heard.media;

import static app.heard.media.TestMedia.exiftool;
import static app.heard.media.TestMedia.ffmpeg;
import static app.heard.media.TestMedia.files;
import static app.heard.media.TestMedia.metadataTags;
import static app.heard.media.TestMedia.processed;
import static app.heard.media.TestMedia.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import app.heard.media.ProcessingOutcome.Processed;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoProcessingTest {

	@TempDir
	Path work;

	@TempDir
	Path out;

	@Test
	void a_sideways_phone_photo_with_gps_comes_out_upright_with_no_exif_at_all() throws IOException {
		// Stored landscape 640x480 with a red top-left corner; EXIF orientation 6 says
		// turn it 90° clockwise
		ffmpeg(this.work, "-f", "lavfi", "-i", "color=c=blue:s=640x480", "-vf",
				"drawbox=x=0:y=0:w=120:h=120:color=red:t=fill", "-frames:v", "1", "-q:v", "2", "IMG_1234.jpg");
		Path photo = this.work.resolve("IMG_1234.jpg");
		exiftool(photo, "-n", "-Orientation=6", "-GPSLatitude=51.5074", "-GPSLatitudeRef=N", "-GPSLongitude=0.1278",
				"-GPSLongitudeRef=W", "-Make=Apple", "-Model=iPhone 15", "-XMP:Creator=Jordan Taylor");
		assertThat(metadataTags(photo)).anyMatch(tag -> tag.startsWith("[GPS]"))
			.anyMatch(tag -> tag.contains("Orientation") && tag.endsWith(": 6"));

		Processed processed = processed(TestMedia.processor(this.work).process(photo, this.out, share -> {
		}));

		assertThat(processed.type()).isEqualTo(DetectedType.JPEG);
		assertThat(processed.kind()).isEqualTo(MediaKind.PHOTO);
		assertThat(processed.width()).isEqualTo(480);
		assertThat(processed.height()).isEqualTo(640);
		for (Rendition rendition : processed.renditions()) {
			assertThat(metadataTags(rendition.file())).as(rendition.role())
				.noneMatch(tag -> tag.startsWith("[IFD") || tag.startsWith("[GPS") || tag.startsWith("[XMP")
						|| tag.startsWith("[ExifIFD") || tag.contains("Orientation") || tag.contains("Apple"));
			assertThat(Files.readString(rendition.file(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif",
					"Jordan");
		}
		BufferedImage display = ImageIO.read(processed.rendition(Rendition.DISPLAY).orElseThrow().file().toFile());
		assertThat(display.getWidth()).isEqualTo(480);
		assertThat(display.getHeight()).isEqualTo(640);
		// Turned clockwise, the stored top-left corner is now the top-right one
		assertThat(isRed(display.getRGB(display.getWidth() - 20, 20))).isTrue();
		assertThat(isRed(display.getRGB(20, 20))).isFalse();
		BufferedImage thumbnail = ImageIO.read(processed.rendition(Rendition.THUMBNAIL).orElseThrow().file().toFile());
		assertThat(thumbnail.getWidth()).isEqualTo(240);
		assertThat(thumbnail.getHeight()).isEqualTo(320);
	}

	@Test
	void a_large_photo_is_shrunk_to_1600_pixels_on_its_long_side() throws IOException {
		ffmpeg(this.work, "-f", "lavfi", "-i", "testsrc2=s=4000x3000", "-frames:v", "1", "big.png");

		Processed processed = processed(
				TestMedia.processor(this.work).process(this.work.resolve("big.png"), this.out, share -> {
				}));

		assertThat(processed.type()).isEqualTo(DetectedType.PNG);
		assertThat(processed.width()).isEqualTo(1600);
		assertThat(processed.height()).isEqualTo(1200);
		assertThat(processed.rendition(Rendition.DISPLAY).orElseThrow().contentType()).isEqualTo("image/jpeg");
	}

	@Test
	void a_heic_photo_is_decoded_by_ffmpeg_and_comes_out_as_jpeg() throws IOException {
		ffmpeg(this.work, "-f", "lavfi", "-i", "testsrc2=s=1280x960", "-frames:v", "1", "source.png");
		Path heic = this.work.resolve("IMG_5678.HEIC");
		TestMedia.heifEnc(this.work.resolve("source.png"), heic);

		Processed processed = processed(TestMedia.processor(this.work).process(heic, this.out, share -> {
		}));

		assertThat(processed.type()).isEqualTo(DetectedType.HEIF);
		assertThat(processed.width()).isEqualTo(1280);
		assertThat(processed.height()).isEqualTo(960);
		BufferedImage display = ImageIO.read(processed.rendition(Rendition.DISPLAY).orElseThrow().file().toFile());
		assertThat(display.getWidth()).isEqualTo(1280);
	}

	@Test
	void a_webp_picture_is_read_in_java() {
		ffmpeg(this.work, "-f", "lavfi", "-i", "testsrc2=s=800x600", "-frames:v", "1", "-c:v", "libwebp",
				"sticker.webp");

		Processed processed = processed(
				TestMedia.processor(this.work).process(this.work.resolve("sticker.webp"), this.out, share -> {
				}));

		assertThat(processed.type()).isEqualTo(DetectedType.WEBP);
		assertThat(processed.width()).isEqualTo(800);
	}

	@Test
	void a_tiny_png_claiming_14000_by_14000_pixels_is_refused_before_decoding() throws IOException {
		Path flood = Files.write(this.work.resolve("flood.png"), TestMedia.pngClaiming(14000, 14000));
		var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		MediaProcessor processor = TestMedia.processor(this.work);
		processor.process(flood, this.out, share -> {
		});

		long before = threads.getCurrentThreadAllocatedBytes();
		var outcome = processor.process(flood, this.out, share -> {
		});
		long allocated = threads.getCurrentThreadAllocatedBytes() - before;

		assertThat(rejected(outcome)).isEqualTo(RejectionReason.IMAGE_TOO_LARGE);
		assertThat(((ProcessingOutcome.Rejected) outcome).englishMessage()).isEqualTo(
				"This picture is too big for us to open (more than 100 megapixels). Try taking a smaller photo or a screenshot of it.");
		// Decoding would need 14000 x 14000 x 3 bytes, about 590 MB
		assertThat(allocated).isLessThan(20L << 20);
		assertThat(files(this.out)).isEmpty();
	}

	@Test
	void a_picture_with_a_side_longer_than_16384_pixels_is_too_large() throws IOException {
		Path panorama = Files.write(this.work.resolve("panorama.png"), TestMedia.pngClaiming(20000, 100));

		assertThat(rejected(TestMedia.processor(this.work).process(panorama, this.out, share -> {
		}))).isEqualTo(RejectionReason.IMAGE_TOO_LARGE);
	}

	@Test
	void a_photo_cut_short_is_a_damaged_photo() throws IOException {
		Path broken = Files.write(this.work.resolve("broken.jpg"),
				new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0 });

		assertThat(rejected(TestMedia.processor(this.work).process(broken, this.out, share -> {
		}))).isEqualTo(RejectionReason.DAMAGED_PHOTO);
	}

	private static boolean isRed(int rgb) {
		var colour = new Color(rgb);
		return colour.getRed() > 200 && colour.getGreen() < 60 && colour.getBlue() < 60;
	}

}
