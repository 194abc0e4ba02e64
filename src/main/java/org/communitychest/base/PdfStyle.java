package org.communitychest.base;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The portal's PDF look: headings, question-and-answer blocks and simple tables, printed with a chain of embedded
 * Noto fonts so every character a person typed prints (Latin, Arabic, Bengali, symbols such as ☕). See decision
 * record 0017.
 */
public final class PdfStyle {

    private static final Color GREEN = new Color(11, 93, 75);
    private static final Color GREY = new Color(97, 110, 124);

    /** Tried in order for each character; the first font that has a glyph for it prints it. */
    private static final List<BaseFont> REGULAR = fonts("NotoSans-Regular", "NotoSansArabic-Regular",
            "NotoSansBengali-Regular", "NotoSansSymbols2-Regular", "NotoSansSymbols-Regular");
    private static final List<BaseFont> BOLD = fonts("NotoSans-Bold", "NotoSansArabic-Bold", "NotoSansBengali-Bold",
            "NotoSansSymbols2-Regular", "NotoSansSymbols-Regular");

    private static final Style TITLE = new Style(BOLD, 18, GREEN);
    private static final Style HEADING = new Style(BOLD, 13, GREEN);
    private static final Style LABEL = new Style(BOLD, 10, Color.BLACK);
    private static final Style BODY = new Style(REGULAR, 10, Color.BLACK);
    private static final Style SMALL = new Style(REGULAR, 8, GREY);

    private PdfStyle() {
    }

    /** One size and colour of text, over the whole font chain. */
    private record Style(List<BaseFont> chain, float size, Color colour) {

        Phrase phrase(String text) {
            var selector = new FontSelector();
            chain.forEach(font -> selector.addFont(new Font(font, size, Font.NORMAL, colour)));
            return selector.process(text);
        }

        Paragraph paragraph(String text) {
            var p = new Paragraph(size * 1.5f, "", new Font(chain.getFirst(), size, Font.NORMAL, colour));
            p.add(phrase(text));
            return p;
        }
    }

    private static List<BaseFont> fonts(String... names) {
        return Arrays.stream(names).map(name -> load("fonts/noto/" + name + ".ttf")).toList();
    }

    private static BaseFont load(String resource) {
        try (InputStream in = PdfStyle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font not on the classpath: " + resource);
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the chain has a glyph for this code point (a character no font covers would not print). */
    public static boolean prints(int codePoint) {
        return REGULAR.stream().anyMatch(font -> font.charExists(codePoint));
    }

    /**
     * A paragraph laid out with the bidirectional algorithm, which only table cells and columns offer in OpenPDF:
     * a right-to-left run (Arabic) then prints right to left with its letters joined, inside left-to-right text.
     */
    private static PdfPTable block(Paragraph paragraph, float before, float after) {
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(3);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.addElement(paragraph);
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        table.setSpacingBefore(before);
        table.setSpacingAfter(after);
        table.addCell(cell);
        return table;
    }

    public static Element title(String text) {
        return block(TITLE.paragraph(text), 0, 6);
    }

    public static Element heading(String text) {
        return block(HEADING.paragraph(text), 12, 4);
    }

    /** A question and the answer given, or "Not answered". */
    public static Element answer(String label, String value) {
        var p = new Paragraph(15);
        p.add(LABEL.phrase(label + "\n"));
        p.add(BODY.phrase(value == null || value.isBlank() ? "Not answered" : value));
        return block(p, 0, 6);
    }

    public static Element text(String value) {
        return block(BODY.paragraph(value), 0, 0);
    }

    public static Element small(String value) {
        return block(SMALL.paragraph(value), 0, 0);
    }

    public static PdfPTable table(float[] widths, String... headers) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : headers) {
            var cell = new PdfPCell(LABEL.paragraph(header));
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            cell.setBackgroundColor(new Color(230, 242, 239));
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    public static void cell(PdfPTable table, String text, boolean right) {
        var cell = new PdfPCell(BODY.paragraph(text == null ? "" : text));
        cell.setPadding(4);
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        if (right) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        table.addCell(cell);
    }
}
