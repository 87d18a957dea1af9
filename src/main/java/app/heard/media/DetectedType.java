package app.heard.media;

import java.util.Optional;

/**
 * The allow-list of file types, each recognised by its first bytes. Anything else is
 * {@link RejectionReason#NOT_A_SUPPORTED_TYPE}, whatever its name says.
 */
public enum DetectedType {

	JPEG(MediaKind.PHOTO),

	PNG(MediaKind.PHOTO),

	/** HEIC and other HEIF stills, as phones take them. */
	HEIF(MediaKind.PHOTO),

	WEBP(MediaKind.PHOTO),

	/**
	 * ISO base media files by brand: MP4, QuickTime MOV, 3GP and M4A. Video or audio is
	 * decided after probing: a file with no picture is {@link MediaKind#AUDIO}.
	 */
	MP4(null),

	/** Matroska and WebM; video or audio is decided after probing. */
	WEBM(null),

	/** Ogg voice notes (Opus, Vorbis); only the sound is kept. */
	OGG(MediaKind.AUDIO),

	MP3(MediaKind.AUDIO),

	WAV(MediaKind.AUDIO),

	PDF(MediaKind.DOCUMENT);

	private final MediaKind kind;

	DetectedType(MediaKind kind) {
		this.kind = kind;
	}

	/**
	 * The kind this type always is, or empty for containers that hold either video or
	 * sound only.
	 */
	public Optional<MediaKind> kind() {
		return Optional.ofNullable(this.kind);
	}

}
