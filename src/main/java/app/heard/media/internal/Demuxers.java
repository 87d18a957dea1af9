package app.heard.media.internal;

import app.heard.media.DetectedType;
import java.util.List;

/**
 * For each detected type, the one FFmpeg demuxer and the decoders it may use. Forcing the
 * demuxer and whitelisting it is what stops a playlist or concat list disguised as a
 * video from making FFmpeg open other files; {@code -protocol_whitelist file} alone does
 * not (STACK-NOTES).
 */
final class Demuxers {

	static final String VIDEO_DECODERS = "h264,hevc,mpeg4,h263,vp8,vp9,av1,libdav1d,mjpeg,prores";

	static final String AUDIO_DECODERS = "aac,aac_fixed,mp3,mp3float,opus,libopus,vorbis,flac,alac,amrnb,amrwb,ac3,eac3,"
			+ "pcm_s16le,pcm_s16be,pcm_s24le,pcm_s24be,pcm_s32le,pcm_f32le,pcm_f64le,pcm_u8,pcm_alaw,pcm_mulaw";

	private Demuxers() {
	}

	static String demuxer(DetectedType type) {
		return switch (type) {
			case MP4, HEIF -> "mov";
			case WEBM -> "matroska";
			case OGG -> "ogg";
			case MP3 -> "mp3";
			case WAV -> "wav";
			default -> throw new IllegalArgumentException(type + " is not read by FFmpeg");
		};
	}

	static String decoders(DetectedType type) {
		return switch (type) {
			case HEIF -> "hevc";
			case MP4, WEBM -> VIDEO_DECODERS + "," + AUDIO_DECODERS;
			default -> AUDIO_DECODERS;
		};
	}

	/** The input options every untrusted read starts with, then {@code -i input}. */
	static List<String> input(DetectedType type, String inputName) {
		String demuxer = demuxer(type);
		return List.of("-protocol_whitelist", "file", "-f", demuxer, "-format_whitelist", demuxer, "-codec_whitelist",
				decoders(type), "-i", inputName);
	}

}
