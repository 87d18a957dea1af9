package app.heard.media.internal;

import app.heard.media.DetectedType;
import app.heard.media.MediaKind;
import app.heard.media.ProcessingOutcome.Processed;
import app.heard.media.RejectionReason;
import app.heard.media.Rendition;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import net.coobird.thumbnailator.Thumbnails;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PDFs (read by PDFBox, pure Java) become a preview of page 1 and a re-saved copy with
 * the document information, XMP metadata, scripts, automatic actions and attached files
 * removed, so what reaches the local authority says no more than its pages do.
 */
public final class Documents {

	/** Renders at up to 150 dpi, and never past this many pixels on the long side. */
	static final int PREVIEW_SIDE = 1600;

	private static final float MAX_DPI = 150;

	public Processed process(Job job, DoubleConsumer progress) throws IOException {
		progress.accept(0.0);
		Path preview = job.file("preview.jpg");
		Path thumbnail = job.file("thumbnail.jpg");
		Path stripped = job.file("document.pdf");
		BufferedImage page;
		// Buffers go to temporary files, not the heap, however large the document
		try (PDDocument document = Loader.loadPDF(job.input().toFile(), IOUtils.createTempFileOnlyStreamCache())) {
			if (document.isEncrypted()) {
				throw new Rejection(RejectionReason.DAMAGED_DOCUMENT, "encrypted");
			}
			if (document.getNumberOfPages() < 1) {
				throw new Rejection(RejectionReason.DAMAGED_DOCUMENT, "no pages");
			}
			page = render(document);
			progress.accept(0.5);
			strip(document);
			document.save(stripped.toFile());
		}
		catch (InvalidPasswordException ex) {
			throw new Rejection(RejectionReason.DAMAGED_DOCUMENT, "password");
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof Rejection rejection) {
				throw rejection;
			}
			throw new Rejection(RejectionReason.DAMAGED_DOCUMENT, String.valueOf(ex));
		}
		Thumbnails.of(page).scale(1.0).outputFormat("jpg").outputQuality(0.85).toFile(preview.toFile());
		Thumbnails.of(page)
			.size(Photos.THUMBNAIL_SIDE, Photos.THUMBNAIL_SIDE)
			.outputFormat("jpg")
			.outputQuality(0.8)
			.toFile(thumbnail.toFile());
		progress.accept(1.0);
		List<Rendition> renditions = List.of(job.publish(stripped, Rendition.DOCUMENT, "pdf", "application/pdf"),
				job.publish(preview, Rendition.PREVIEW, "jpg", "image/jpeg"),
				job.publish(thumbnail, Rendition.THUMBNAIL, "jpg", "image/jpeg"));
		return new Processed(DetectedType.PDF, MediaKind.DOCUMENT, renditions, Optional.empty(), page.getWidth(),
				page.getHeight());
	}

	/** Page 1, with the scale capped so a page claiming to be metres wide stays small. */
	private static BufferedImage render(PDDocument document) throws IOException {
		PDPage first = document.getPage(0);
		PDRectangle box = first.getCropBox();
		float longSide = Math.max(box.getWidth(), box.getHeight());
		if (!(longSide > 0) || !Float.isFinite(longSide)) {
			throw new Rejection(RejectionReason.DAMAGED_DOCUMENT, "page size " + box);
		}
		float scale = Math.min(MAX_DPI / 72f, PREVIEW_SIDE / longSide);
		var renderer = new PDFRenderer(document);
		renderer.setSubsamplingAllowed(true);
		BufferedImage image = renderer.renderImage(0, scale, ImageType.RGB);
		if (image.getWidth() < 1 || image.getHeight() < 1) {
			throw new Rejection(RejectionReason.DAMAGED_DOCUMENT, "empty render");
		}
		return image;
	}

	private static void strip(PDDocument document) {
		document.getDocument().getTrailer().removeItem(COSName.INFO);
		PDDocumentCatalog catalog = document.getDocumentCatalog();
		catalog.setMetadata(null);
		catalog.getCOSObject().removeItem(COSName.OPEN_ACTION);
		catalog.getCOSObject().removeItem(COSName.AA);
		catalog.getCOSObject().removeItem(COSName.PIECE_INFO);
		var names = catalog.getCOSObject().getCOSDictionary(COSName.NAMES);
		if (names != null) {
			names.removeItem(COSName.JAVA_SCRIPT);
			names.removeItem(COSName.EMBEDDED_FILES);
		}
		for (PDPage page : document.getPages()) {
			page.setMetadata(null);
			page.getCOSObject().removeItem(COSName.AA);
			page.getCOSObject().removeItem(COSName.PIECE_INFO);
		}
	}

}
