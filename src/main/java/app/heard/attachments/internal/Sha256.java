package app.heard.attachments.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 of a rendition's bytes, read once as a stream (a video can be large). */
final class Sha256 {

	private Sha256() {
	}

	static Digest of(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return of(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file.getFileName() + " to hash it", ex);
		}
	}

	/** Reads the stream to its end, and closes it. */
	static Digest of(InputStream in) throws IOException {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		long bytes = 0;
		byte[] buffer = new byte[64 * 1024];
		try (var digesting = new DigestInputStream(in, sha256)) {
			for (int read; (read = digesting.read(buffer)) != -1;) {
				bytes += read;
			}
		}
		return new Digest(HexFormat.of().formatHex(sha256.digest()), bytes);
	}

	/**
	 * @param hex lowercase
	 * @param bytes how many bytes were hashed
	 */
	record Digest(String hex, long bytes) {
	}

}
