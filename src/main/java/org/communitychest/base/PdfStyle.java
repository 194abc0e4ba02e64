package org.communitychest.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.awt.Color;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The portal's PDF look: Liberation Sans embedded (so names with accents print), headings, question-and-answer
 * blocks and simple tables.
 */
public final class PdfStyle {

    private static final Color GREEN = new Color(11, 93, 75);
    private static final Color GREY = new Color(97, 110, 124);
    private static final BaseFont REGULAR = load("liberation/LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = load("liberation/LiberationSans-Bold.ttf");

    public static final Font TITLE = new Font(BOLD, 18, Font.NORMAL, GREEN);
    public static final Font HEADING = new Font(BOLD, 13, Font.NORMAL, GREEN);
    public static final Font LABEL = new Font(BOLD, 10, Font.NORMAL, Color.BLACK);
    public static final Font BODY = new Font(REGULAR, 10, Font.NORMAL, Color.BLACK);
    public static final Font SMALL = new Font(REGULAR, 8, Font.NORMAL, GREY);

    private PdfStyle() {
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

    public static Paragraph title(String text) {
        var p = new Paragraph(text, TITLE);
        p.setSpacingAfter(6);
        return p;
    }

    public static Paragraph heading(String text) {
        var p = new Paragraph(text, HEADING);
        p.setSpacingBefore(12);
        p.setSpacingAfter(4);
        return p;
    }

    /** A question and the answer given, or "Not answered". */
    public static Paragraph answer(String label, String value) {
        var p = new Paragraph();
        p.add(new Chunk(label + "\n", LABEL));
        p.add(new Chunk(value == null || value.isBlank() ? "Not answered" : value, BODY));
        p.setSpacingAfter(6);
        return p;
    }

    public static Paragraph text(String value) {
        return new Paragraph(value, BODY);
    }

    public static Paragraph small(String value) {
        return new Paragraph(value, SMALL);
    }

    public static PdfPTable table(float[] widths, String... headers) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : headers) {
            var cell = new PdfPCell(new Paragraph(header, LABEL));
            cell.setBackgroundColor(new Color(230, 242, 239));
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    public static void cell(PdfPTable table, String text, boolean right) {
        var cell = new PdfPCell(new Paragraph(text == null ? "" : text, BODY));
        cell.setPadding(4);
        if (right) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        table.addCell(cell);
    }
}
