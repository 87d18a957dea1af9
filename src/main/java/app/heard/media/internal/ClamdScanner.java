package app.heard.media.internal;

import static java.nio.charset.StandardCharsets.US_ASCII;

import app.heard.media.MalwareScanner;
import app.heard.media.ScanVerdict;
import app.heard.media.ScanVerdict.Infected;
import app.heard.media.ScanVerdict.Reason;
import app.heard.media.ScanVerdict.Unavailable;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small clamd client: one TCP connection per file, {@code zINSTREAM}, the content in
 * length-prefixed chunks, then one NUL-terminated answer
 * (docs/decisions/0010-malware-scanning-with-clamav.md). A whole-scan deadline closes the
 * socket, so a clamd that stops reading or never answers cannot hold a job longer than
 * {@code heard.clamav.timeout}.
 */
public final class ClamdScanner implements MalwareScanner, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ClamdScanner.class);

	static final int CHUNK_BYTES = 64 * 1024;

	private static final byte[] INSTREAM = "zINSTREAM\0".getBytes(US_ASCII);

	private static final int MAX_REPLY_BYTES = 1024;

	private final ClamavProperties clamav;

	private final ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1,
			Thread.ofPlatform().daemon().name("clamd-deadline").factory());

	public ClamdScanner(ClamavProperties clamav) {
		this.clamav = clamav;
		this.deadlines.setRemoveOnCancelPolicy(true);
		if (clamav.configured()) {
			log.info("Malware scanning with clamd at {}", where());
		}
		else {
			log.warn("Malware scanning is off: heard.clamav.host is not set, so no file is scanned");
		}
	}

	@Override
	public ScanVerdict scan(Path file) {
		if (!this.clamav.configured()) {
			return ScanVerdict.NOT_CONFIGURED;
		}
		ScanVerdict verdict;
		try (InputStream content = Files.newInputStream(file)) {
			verdict = scan(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		switch (verdict) {
			case Infected infected -> log.warn("clamd found {}", infected.signature());
			case Unavailable unavailable ->
				log.warn("No malware verdict ({}): {}", unavailable.reason(), unavailable.detail());
			default -> log.debug("clamd found nothing");
		}
		return verdict;
	}

	private ScanVerdict scan(InputStream content) {
		Socket socket = new Socket();
		AtomicBoolean late = new AtomicBoolean();
		ScheduledFuture<?> deadline = this.deadlines.schedule(() -> {
			late.set(true);
			closeQuietly(socket);
		}, this.clamav.timeout().toNanos(), TimeUnit.NANOSECONDS);
		try {
			ScanVerdict verdict = converse(socket, content);
			return late.get() ? timedOut() : verdict;
		}
		finally {
			deadline.cancel(false);
			closeQuietly(socket);
		}
	}

	private ScanVerdict converse(Socket socket, InputStream content) {
		InputStream replies;
		DataOutputStream out;
		try {
			socket.connect(new InetSocketAddress(this.clamav.host(), this.clamav.port()),
					Math.toIntExact(this.clamav.connectTimeout().toMillis()));
			socket.setSoTimeout(Math.toIntExact(Math.min(this.clamav.timeout().toMillis(), Integer.MAX_VALUE)));
			replies = socket.getInputStream();
			out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), CHUNK_BYTES + 4));
		}
		catch (IOException ex) {
			return new Unavailable(Reason.DOWN, "No connection to clamd at " + where() + ": " + ex);
		}
		boolean wholeFileSent;
		try {
			wholeFileSent = send(content, out, replies);
		}
		catch (IOException ex) {
			// Past StreamMaxLength clamd says so, then closes: read what it said
			return reply(replies, false).orElseGet(() -> new Unavailable(Reason.CONNECTION_DROPPED,
					"clamd closed the connection while the file was being sent: " + ex));
		}
		return reply(replies, wholeFileSent).orElseGet(
				() -> new Unavailable(Reason.CONNECTION_DROPPED, "clamd closed the connection without an answer"));
	}

	/**
	 * Sends the file as INSTREAM chunks and the closing empty chunk; false when clamd
	 * answered before the end, which it does only to refuse.
	 */
	private static boolean send(InputStream content, DataOutputStream out, InputStream replies) throws IOException {
		out.write(INSTREAM);
		byte[] chunk = new byte[CHUNK_BYTES];
		for (int length = fill(content, chunk); length > 0; length = fill(content, chunk)) {
			if (replies.available() > 0) {
				out.flush();
				return false;
			}
			out.writeInt(length);
			out.write(chunk, 0, length);
		}
		out.writeInt(0);
		out.flush();
		return true;
	}

	/**
	 * Reads the next chunk of the file; our own disk failing is not the scanner's fault.
	 */
	private static int fill(InputStream content, byte[] chunk) {
		try {
			return content.readNBytes(chunk, 0, chunk.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The verdict in clamd's answer, or empty when the connection closed with none. */
	private Optional<ScanVerdict> reply(InputStream replies, boolean wholeFileSent) {
		try {
			var reply = new ByteArrayOutputStream();
			for (int b = replies.read(); b != -1; b = replies.read()) {
				if (b == 0) {
					return Optional.of(ClamdReply.verdict(reply.toString(US_ASCII), wholeFileSent));
				}
				if (reply.size() == MAX_REPLY_BYTES) {
					throw new ProtocolException("an answer longer than " + MAX_REPLY_BYTES + " bytes");
				}
				reply.write(b);
			}
			return (reply.size() == 0) ? Optional.empty() : Optional.of(new Unavailable(Reason.PROTOCOL_ERROR,
					"An answer that did not end: " + ClamdReply.printable(reply.toString(US_ASCII))));
		}
		catch (SocketTimeoutException ex) {
			return Optional.of(timedOut());
		}
		catch (ProtocolException ex) {
			return Optional.of(new Unavailable(Reason.PROTOCOL_ERROR, "Not clamd: " + ex.getMessage()));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private Unavailable timedOut() {
		return new Unavailable(Reason.TIMEOUT,
				"clamd at " + where() + " gave no verdict within " + this.clamav.timeout().toMillis() + " ms");
	}

	private String where() {
		return this.clamav.host() + ":" + this.clamav.port();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ex) {
			// Closing is how a late scan is stopped; nothing more to do
		}
	}

	@Override
	public void close() {
		this.deadlines.shutdownNow();
	}

}
