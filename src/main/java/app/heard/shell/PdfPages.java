package app.heard.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes flowing text onto A4 pages: wraps lines at word breaks, starts a new page when
 * one is full, keeps the paragraphs a person typed, and shows a character the font cannot
 * draw as a replacement mark rather than failing the whole PDF.
 */
public class PdfPages implements AutoCloseable {

	private static final float MARGIN = 56;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private final PDDocument document;

	private final PDFont regular;

	private final PDFont bold;

	private PDPageContentStream stream;

	private float y;

	public PdfPages(PDDocument document, PDFont regular, PDFont bold) throws IOException {
		this.document = document;
		this.regular = regular;
		this.bold = bold;
		newPage();
	}

	public void heading(String text) throws IOException {
		write(text, bold, 18, 12);
	}

	public void subheading(String text) throws IOException {
		y -= 8;
		write(text, bold, 12.5f, 4);
	}

	public void paragraph(String text) throws IOException {
		write(text, regular, 11, 8);
	}

	/** Who recorded an answer: smaller, under the answer. */
	public void note(String text) throws IOException {
		write(text, regular, 9, 8);
	}

	private void write(String text, PDFont font, float size, float spaceAfter) throws IOException {
		float leading = size * 1.4f;
		for (String line : wrap(drawable(text, font), font, size)) {
			if (y - leading < MARGIN) {
				newPage();
			}
			y -= leading;
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(MARGIN, y);
			stream.showText(line);
			stream.endText();
		}
		y -= spaceAfter;
	}

	private static List<String> wrap(String text, PDFont font, float size) throws IOException {
		var lines = new ArrayList<String>();
		for (String paragraph : text.split("\\R", -1)) {
			String line = "";
			for (String word : paragraph.split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (width(candidate, font, size) <= WIDTH) {
					line = candidate;
					continue;
				}
				if (!line.isEmpty()) {
					lines.add(line);
				}
				line = word;
				// A word wider than the page (a long link, a row of letters) is broken
				while (width(line, font, size) > WIDTH) {
					int end = 1;
					while (width(line.substring(0, end + 1), font, size) <= WIDTH) {
						end++;
					}
					lines.add(line.substring(0, end));
					line = line.substring(end);
				}
			}
			lines.add(line);
		}
		return lines;
	}

	private static float width(String text, PDFont font, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/** Replaces what the font has no glyph for (emoji, some scripts) with U+FFFD. */
	private static String drawable(String text, PDFont font) {
		var out = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			String character = Character.toString(codePoint);
			if (codePoint == '\n' || codePoint == '\r') {
				out.append(character);
				return;
			}
			if (codePoint == '\t') {
				out.append(' ');
				return;
			}
			try {
				font.encode(character);
				out.append(character);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('\uFFFD');
			}
		});
		return out.toString();
	}

	/**
	 * Loads an embedded font from the classpath. DejaVu Sans ({@code fonts/}) draws the
	 * scripts families write in; the standard PDF fonts stop at Western European letters.
	 */
	public static PDFont font(PDDocument document, String resource) throws IOException {
		try (InputStream in = PdfPages.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("Missing font " + resource);
			}
			return PDType0Font.load(document, in);
		}
	}

	private void newPage() throws IOException {
		if (stream != null) {
			stream.close();
		}
		var page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		stream = new PDPageContentStream(document, page);
		y = page.getMediaBox().getHeight() - MARGIN;
	}

	@Override
	public void close() throws IOException {
		stream.close();
	}

}
