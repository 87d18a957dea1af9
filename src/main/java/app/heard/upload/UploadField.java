package app.heard.upload;

import app.heard.caserecord.CaseId;
import app.heard.views.Question;
import app.heard.views.ViewKind;
import app.heard.views.Wording;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.springframework.util.unit.DataSize;

/**
 * Chooses a file and sends it to the case's views as a resumable upload
 * (frontend/heard-upload.js, tus-js-client): a progress bar, a status screen readers
 * announce, retries with growing pauses when the connection drops, and after a reload the
 * same file carries on where it stopped.
 *
 * <p>
 * Element {@code <heard-upload>}; attributes {@code case}, {@code kind} (about-me or
 * our-views), {@code question} (the question's slug), {@code accept}, {@code max-bytes},
 * {@code record} ({@code audio}: a recorder in the page, see {@link FileChoice#VOICE})
 * and {@code text-*}; events {@code upload-complete} (detail {@code uploadId},
 * {@code filename}, {@code bytes}) and {@code upload-failed} (detail {@code reason}).
 */
@Tag("heard-upload")
@JsModule("./heard-upload.js")
@NpmPackage(value = "tus-js-client", version = "4.3.1")
public class UploadField extends Component {

	private static final String[] TEXTS = { "stop", "stopped", "sending", "resumed", "retrying", "offline", "done",
			"signed-out", "too-large", "failed" };

	private static final String[] RECORDING_TEXTS = { "record-start", "record-stop", "recording", "mic-refused" };

	public UploadField(CaseId caseId, ViewKind kind, Question question, FileChoice choice, DataSize maxFileSize) {
		var element = getElement();
		element.setAttribute("case", caseId.toString());
		element.setAttribute("kind", kind.slug());
		element.setAttribute("question", Wording.slug(question));
		element.setAttribute("accept", choice.accept());
		element.setAttribute("max-bytes", String.valueOf(maxFileSize.toBytes()));
		String size = readable(maxFileSize);
		for (String text : TEXTS) {
			// {0} and {1} (file name, percent sent) are filled in by the browser
			element.setAttribute("text-" + text, getTranslation("upload." + text, "{0}", "{1}", size));
		}
		element.setAttribute("text-label", getTranslation(choice.key("label")));
		element.setAttribute("text-hint", getTranslation(choice.key("hint"), "{0}", "{1}", size));
		if (choice.recordInPage()) {
			element.setAttribute("record", "audio");
			for (String text : RECORDING_TEXTS) {
				element.setAttribute("text-" + text, getTranslation("upload." + text));
			}
		}
	}

	/**
	 * Called in the page when the last byte has arrived. The id comes from the browser:
	 * use it to refresh what the page shows, never as proof of anything; the server's own
	 * word is {@link UploadCompleted}.
	 */
	public Registration addCompleteListener(Consumer<UploadId> listener) {
		return getElement()
			.addEventListener("upload-complete",
					event -> UploadId.parse(event.getEventData().get("event.detail.uploadId").asString())
						.ifPresent(listener))
			.addEventData("event.detail.uploadId");
	}

	/** 2 GB rather than 2147483648 bytes, for the words that state a limit. */
	public static String readable(DataSize size) {
		long bytes = size.toBytes();
		long gigabyte = DataSize.ofGigabytes(1).toBytes();
		return bytes % gigabyte == 0 ? bytes / gigabyte + " GB" : Math.max(1, bytes / (1024 * 1024)) + " MB";
	}

}
