package app.heard.media.internal;

import app.heard.media.DetectedType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the allow-list by the first bytes of the content. Names, extensions and
 * browser-supplied types are never consulted: a web page called {@code photo.jpg} is not
 * a photo.
 */
public final class ContentSniffer {

	private static final int HEADER_BYTES = 64;

	/**
	 * HEIF stills; {@code mif1}/{@code msf1} alone could also be AVIF, so they need HEIC
	 * too.
	 */
	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx");

	private static final Set<String> GENERIC_HEIF_BRANDS = Set.of("mif1", "msf1");

	private static final Set<String> ISO_MEDIA_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7",
			"iso8", "iso9", "mp41", "mp42", "mp71", "avc1", "M4A ", "M4B ", "M4V ", "M4VH", "M4VP", "qt  ", "MSNV",
			"dash", "mmp4", "XAVC", "f4v ", "f4a ", "caqv", "CAEP");

	/** Old QuickTime files start straight with an atom, without a file-type box. */
	private static final Set<String> QUICKTIME_LEADING_ATOMS = Set.of("moov", "mdat", "wide", "free", "pnot");

	private ContentSniffer() {
	}

	public static Optional<DetectedType> detect(Path file) throws IOException {
		byte[] header;
		try (InputStream in = Files.newInputStream(file)) {
			header = in.readNBytes(HEADER_BYTES);
		}
		return detect(header);
	}

	static Optional<DetectedType> detect(byte[] b) {
		if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(DetectedType.JPEG);
		}
		if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(DetectedType.PNG);
		}
		if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
			return Optional.of(DetectedType.WEBP);
		}
		if (ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) {
			return Optional.of(DetectedType.WAV);
		}
		if (ascii(b, 0, "%PDF-")) {
			return Optional.of(DetectedType.PDF);
		}
		if (ascii(b, 0, "OggS")) {
			return Optional.of(DetectedType.OGG);
		}
		if (startsWith(b, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
			return Optional.of(DetectedType.WEBM);
		}
		if (ascii(b, 4, "ftyp")) {
			return isoMedia(b);
		}
		if (b.length >= 8 && QUICKTIME_LEADING_ATOMS.contains(text(b, 4))) {
			return Optional.of(DetectedType.MP4);
		}
		if (ascii(b, 0, "ID3") || isMpegAudioLayer3Frame(b)) {
			return Optional.of(DetectedType.MP3);
		}
		return Optional.empty();
	}

	private static Optional<DetectedType> isoMedia(byte[] b) {
		if (b.length < 12) {
			return Optional.empty();
		}
		int boxSize = ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
		String major = text(b, 8);
		int end = Math.min(b.length, Math.max(boxSize, 16));
		var compatible = new java.util.ArrayList<String>();
		for (int offset = 16; offset + 4 <= end; offset += 4) {
			compatible.add(text(b, offset));
		}
		if (HEIF_BRANDS.contains(major)
				|| (GENERIC_HEIF_BRANDS.contains(major) && compatible.stream().anyMatch(HEIF_BRANDS::contains))) {
			return Optional.of(DetectedType.HEIF);
		}
		if (ISO_MEDIA_BRANDS.contains(major) || major.startsWith("3gp") || major.startsWith("3g2")) {
			return Optional.of(DetectedType.MP4);
		}
		return Optional.empty();
	}

	/**
	 * A frame header: 11 sync bits, MPEG version not reserved, layer III, a valid bit
	 * rate and rate.
	 */
	private static boolean isMpegAudioLayer3Frame(byte[] b) {
		if (b.length < 4 || (b[0] & 0xFF) != 0xFF || (b[1] & 0xE0) != 0xE0) {
			return false;
		}
		int version = (b[1] >> 3) & 0b11;
		int layer = (b[1] >> 1) & 0b11;
		int bitrate = (b[2] >> 4) & 0b1111;
		int sampleRate = (b[2] >> 2) & 0b11;
		return version != 0b01 && layer == 0b01 && bitrate != 0 && bitrate != 0b1111 && sampleRate != 0b11;
	}

	private static boolean startsWith(byte[] b, int offset, int... expected) {
		if (b.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((b[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean ascii(byte[] b, int offset, String expected) {
		byte[] bytes = expected.getBytes(StandardCharsets.US_ASCII);
		return b.length >= offset + bytes.length
				&& Arrays.equals(b, offset, offset + bytes.length, bytes, 0, bytes.length);
	}

	private static String text(byte[] b, int offset) {
		return new String(b, offset, 4, StandardCharsets.ISO_8859_1);
	}

}
