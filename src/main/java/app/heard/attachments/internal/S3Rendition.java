package app.heard.attachments.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.AbstractResource;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * One object in the bucket, for one response. Its size comes from one HEAD; its body from
 * a GET that starts at the first byte read. Spring MVC answers a Range request for a
 * {@code Resource} body by calling {@code getInputStream()}, {@code skip(start)} and
 * reading the region ({@code ResourceRegionHttpMessageConverter}), so the skip only moves
 * where the GET will start and a seek into a long video fetches from there, not from byte
 * 0. Closing a body that was not read to the end aborts the GET rather than draining it.
 */
final class S3Rendition extends AbstractResource {

	private final S3Client s3;

	private final String bucket;

	private final String key;

	private HeadObjectResponse head;

	private boolean missing;

	S3Rendition(S3Client s3, String bucket, String key) {
		this.s3 = s3;
		this.bucket = bucket;
		this.key = key;
	}

	@Override
	public boolean exists() {
		return head() != null;
	}

	@Override
	public long contentLength() throws IOException {
		return found().contentLength();
	}

	@Override
	public long lastModified() throws IOException {
		return found().lastModified().toEpochMilli();
	}

	@Override
	public InputStream getInputStream() throws IOException {
		return new Body(found().contentLength());
	}

	@Override
	public String getFilename() {
		return key;
	}

	@Override
	public String getDescription() {
		return "rendition " + key + " in bucket " + bucket;
	}

	private HeadObjectResponse found() throws FileNotFoundException {
		var found = head();
		if (found == null) {
			throw new FileNotFoundException(getDescription() + " does not exist");
		}
		return found;
	}

	private HeadObjectResponse head() {
		if (head == null && !missing) {
			try {
				head = s3.headObject(object -> object.bucket(bucket).key(key));
			}
			catch (S3Exception ex) {
				if (ex.statusCode() != 404) {
					throw ex;
				}
				missing = true;
			}
		}
		return head;
	}

	/** The object's bytes, fetched from where the first read starts. */
	private final class Body extends InputStream {

		private final long length;

		private long position;

		private ResponseInputStream<GetObjectResponse> get;

		Body(long length) {
			this.length = length;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return (read(one, 0, 1) == 1) ? one[0] & 0xff : -1;
		}

		@Override
		public int read(byte[] buffer, int offset, int count) throws IOException {
			if (count == 0) {
				return 0;
			}
			if (position >= length) {
				return -1;
			}
			int read = opened().read(buffer, offset, count);
			if (read > 0) {
				position += read;
			}
			return read;
		}

		@Override
		public long skip(long count) throws IOException {
			if (count <= 0) {
				return 0;
			}
			if (get != null) {
				long skipped = get.skip(count);
				position += skipped;
				return skipped;
			}
			long skipped = Math.min(count, length - position);
			position += skipped;
			return skipped;
		}

		@Override
		public int available() throws IOException {
			return (get != null) ? get.available() : 0;
		}

		@Override
		public void close() throws IOException {
			if (get != null) {
				if (position < length) {
					get.abort();
				}
				get.close();
			}
		}

		private InputStream opened() throws IOException {
			if (get == null) {
				String range = (position == 0) ? null : "bytes=" + position + "-";
				try {
					get = s3.getObject(object -> object.bucket(bucket).key(key).range(range));
				}
				catch (SdkException ex) {
					throw new IOException("Could not read " + getDescription(), ex);
				}
			}
			return get;
		}

	}

}
