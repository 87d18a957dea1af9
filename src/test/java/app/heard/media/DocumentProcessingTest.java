package app.heard.media;

import static app.heard.media.TestMedia.files;
import static app.heard.media.TestMedia.metadataTags;
import static app.heard.media.TestMedia.processed;
import static app.heard.media.TestMedia.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import app.heard.media.ProcessingOutcome.Processed;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentProcessingTest {

	private static final String XMP = """
			<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
			<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
			<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
			<dc:creator><rdf:Seq><rdf:li>Dr Secret Clinician</rdf:li></rdf:Seq></dc:creator>
			</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>""";

	@TempDir
	Path work;

	@TempDir
	Path out;

	@Test
	void a_pdf_gets_a_preview_of_page_one_and_a_copy_without_its_metadata() throws IOException {
		Path pdf = this.work.resolve("report.pdf");
		try (var document = new PDDocument()) {
			var page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			document.addPage(new PDPage(PDRectangle.A4));
			try (var content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
				content.newLineAtOffset(72, 700);
				content.showText("Speech and language report");
				content.endText();
			}
			PDDocumentInformation info = document.getDocumentInformation();
			info.setAuthor("Dr Secret Clinician");
			info.setTitle("Ellie Taylor - confidential");
			info.setCreator("Clinic System 9");
			info.setCreationDate(Calendar.getInstance());
			var metadata = new PDMetadata(document, new ByteArrayInputStream(XMP.getBytes(StandardCharsets.UTF_8)));
			document.getDocumentCatalog().setMetadata(metadata);
			document.save(pdf.toFile());
		}
		assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).contains("Dr Secret Clinician");

		Processed processed = processed(TestMedia.processor(this.work).process(pdf, this.out, share -> {
		}));

		assertThat(processed.type()).isEqualTo(DetectedType.PDF);
		assertThat(processed.kind()).isEqualTo(MediaKind.DOCUMENT);
		Path stripped = processed.rendition(Rendition.DOCUMENT).orElseThrow().file();
		assertThat(Files.readString(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("Secret", "Ellie",
				"Clinic System", "xmpmeta");
		try (PDDocument document = Loader.loadPDF(stripped.toFile())) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			assertThat(document.getDocument().getTrailer().getCOSDictionary(org.apache.pdfbox.cos.COSName.INFO))
				.isNull();
			assertThat(document.getDocumentCatalog().getMetadata()).isNull();
		}
		Path preview = processed.rendition(Rendition.PREVIEW).orElseThrow().file();
		BufferedImage image = ImageIO.read(preview.toFile());
		assertThat(image.getHeight()).isGreaterThan(image.getWidth()).isLessThanOrEqualTo(1600);
		assertThat(processed.height()).isEqualTo(image.getHeight());
		assertThat(metadataTags(preview)).noneMatch(tag -> tag.startsWith("[IFD") || tag.startsWith("[XMP"));
		assertThat(files(this.out)).hasSize(3).doesNotContain(pdf);
	}

	@Test
	void a_pdf_locked_with_a_password_is_a_damaged_document() throws IOException {
		Path pdf = this.work.resolve("locked.pdf");
		try (var document = new PDDocument()) {
			document.addPage(new PDPage());
			var policy = new StandardProtectionPolicy("owner", "user-password", new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(pdf.toFile());
		}

		assertThat(rejected(TestMedia.processor(this.work).process(pdf, this.out, share -> {
		}))).isEqualTo(RejectionReason.DAMAGED_DOCUMENT);
		assertThat(files(this.out)).isEmpty();
	}

	@Test
	void a_file_that_only_starts_like_a_pdf_is_a_damaged_document() throws IOException {
		Path pdf = Files.writeString(this.work.resolve("fake.pdf"), "%PDF-1.7\nthis is not really a PDF\n");

		assertThat(rejected(TestMedia.processor(this.work).process(pdf, this.out, share -> {
		}))).isEqualTo(RejectionReason.DAMAGED_DOCUMENT);
	}

}
