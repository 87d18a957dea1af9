package app.heard.media;

import app.heard.media.ProcessingOutcome.Processed;
import app.heard.media.ProcessingOutcome.Rejected;
import app.heard.media.internal.ContentSniffer;
import app.heard.media.internal.Sandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * Support tool: {@code java -jar heard.jar media process <file> <out-dir>} runs the same
 * pipeline the portal runs, without the web app or a database, so support staff can see
 * what a family's file becomes or the exact words the family was shown.
 */
public final class MediaCommand {

	private static final String USAGE = "Usage: java -jar heard.jar media process <file> <output-directory>";

	private MediaCommand() {
	}

	/**
	 * Runs the command; {@code args} include the leading {@code media}.
	 * @return the exit status: 0 processed, 1 rejected, 2 usage or system error
	 */
	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 4 || !args[0].equals("media") || !args[1].equals("process")) {
			err.println(USAGE);
			return 2;
		}
		quietLogging();
		Path input = Path.of(args[2]);
		Path outputDirectory = Path.of(args[3]);
		if (!Files.isRegularFile(input)) {
			err.println("Not a file: " + input);
			return 2;
		}
		try {
			out.println("Detected type: " + ContentSniffer.detect(input).map(Enum::name).orElse("none"));
			out.println("Sandbox: " + Sandbox.isolationSummary());
			ProcessingOutcome outcome = new MediaProcessor(MediaProperties.defaults()).process(input, outputDirectory,
					share -> {
					});
			return switch (outcome) {
				case Processed processed -> {
					out.println("Outcome: processed as " + processed.kind() + ", " + processed.width() + "x"
							+ processed.height()
							+ processed.duration().map(d -> ", " + d.toMillis() / 1000.0 + " s").orElse(""));
					processed.renditions()
						.forEach(r -> out.println("  " + r.role() + ": " + r.file() + " (" + r.contentType() + ", "
								+ r.bytes() + " bytes)"));
					yield 0;
				}
				case Rejected rejected -> {
					out.println("Outcome: rejected (" + rejected.reason() + ", " + rejected.reason().translationKey()
							+ ")");
					out.println("The family sees: " + rejected.englishMessage());
					yield 1;
				}
			};
		}
		catch (IOException | RuntimeException ex) {
			err.println("Could not process " + input + ": " + ex);
			return 2;
		}
	}

	/**
	 * Without Spring Boot's logging set-up, Logback would print every library's debug
	 * lines.
	 */
	private static void quietLogging() {
		if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
			root.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

}
