package org.communitychest.base;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.io.OutputStream;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontSelector;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The portal's PDF look: headings, question-and-answer blocks and simple tables, printed with a chain of embedded
 * Noto fonts so every character a person typed prints (Latin, Arabic, Bengali, symbols such as ☕). Documents made
 * by {@link #document} lay their text out with OpenPDF's {@link GlyphLayoutManager} (Java's own text shaping):
 * Bengali conjuncts and vowel signs join, Arabic letters join and run right to left, and each run carries its
 * text as {@code /ActualText} so that copying or reading it aloud gives the letters typed. See decision records
 * 0017 and 0020.
 */
public final class PdfStyle {

    private static final Color GREEN = new Color(11, 93, 75);
    private static final Color GREY = new Color(97, 110, 124);

    /** Knows the fonts below, so that the glyph layout can shape text set in them. Only read once loaded. */
    private static final GlyphLayoutFontManager SHAPED_FONTS = new GlyphLayoutFontManager();

    /** Tried in order for each character; the first font that has a glyph for it prints it. */
    private static final List<BaseFont> REGULAR = fonts("NotoSans-Regular", "NotoSansArabic-Regular", // not user text
            "NotoSansBengali-Regular", "NotoSansSymbols2-Regular", "NotoSansSymbols-Regular"); // not user text
    private static final List<BaseFont> BOLD = fonts("NotoSans-Bold", "NotoSansArabic-Bold", // not user text
            "NotoSansBengali-Bold", "NotoSansSymbols2-Regular", "NotoSansSymbols-Regular"); // not user text

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

        /** The chain's first font, for what the selector does not set (the space a paragraph leaves). */
        Font font() {
            return new Font(chain.getFirst(), size, Font.NORMAL, colour);
        }

        Paragraph paragraph(String text) {
            var p = new Paragraph(size * 1.5f, "", font());
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
            return SHAPED_FONTS.loadFont(resource, in, 10).getBaseFont();
        } catch (IOException | GlyphLayoutFontManager.FontLoadException e) {
            throw new IllegalStateException("Cannot load font " + resource, e);
        }
    }

    /**
     * An A4 document in {@code language} (its {@code /Lang}, for screen readers) writing to {@code out}, with
     * shaped text. Give it a title in that language before opening it.
     */
    public static Document document(OutputStream out, Language language) {
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        // Before the writer: it takes the layout manager from the document.
        document.setGlyphLayoutManager(new GlyphLayoutManager(SHAPED_FONTS).setWriteActualText(true));
        var writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
        // A picture that does not fit the page moves to the next one with what follows it, never after it.
        writer.setStrictImageSequence(true);
        return document;
    }

    /** Whether the chain has a glyph for this code point (a character no font covers would not print). */
    public static boolean prints(int codePoint) {
        return REGULAR.stream().anyMatch(font -> font.charExists(codePoint));
    }

    private static Paragraph block(Paragraph paragraph, float before, float after) {
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    public static Element title(String text) {
        return block(TITLE.paragraph(text), 0, 6);
    }

    public static Element heading(String text) {
        return block(HEADING.paragraph(text), 12, 4);
    }

    /** A question and the answer given, or {@code whenBlank} when there is none. */
    public static Element answer(String label, String value, String whenBlank) {
        var p = new Paragraph(15, "", BODY.font());
        p.add(LABEL.phrase(label + "\n"));
        p.add(BODY.phrase(value == null || value.isBlank() ? whenBlank : value));
        return block(p, 0, 9);
    }

    public static Element text(String value) {
        return block(BODY.paragraph(value), 0, 0);
    }

    public static Element small(String value) {
        return block(SMALL.paragraph(value), 0, 0);
    }

    /** A card to cut out: its lines in one bordered cell that does not break across pages. */
    public static PdfPCell card(List<Element> lines) {
        var cell = new PdfPCell();
        lines.forEach(cell::addElement);
        cell.setPadding(10);
        cell.setBorderColor(GREY);
        return cell;
    }

    /** Text in large bold type, such as a code to be typed in. */
    public static Element large(String text) {
        return block(new Style(BOLD, 16, Color.BLACK).paragraph(text), 2, 4);
    }

    /**
     * A picture (PNG or JPEG bytes), such as a chart, scaled to {@code width} points wide and centred, with
     * {@code alt} as the text a screen reader gives for it.
     */
    public static Element image(byte[] picture, float width, String alt) {
        try {
            var image = Image.getInstance(picture);
            image.scaleToFit(width, width * image.getHeight() / image.getWidth());
            image.setAlignment(Element.ALIGN_CENTER);
            image.setAlt(alt);
            image.setSpacingBefore(4);
            image.setSpacingAfter(8);
            return image;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A heading and the picture under it, such as a chart, kept on one page together. */
    public static Element figure(String heading, byte[] picture, float width, String alt) {
        var figure = new PdfPTable(1);
        figure.setWidthPercentage(100);
        figure.setKeepTogether(true);
        for (Element part : List.of(heading(heading), image(picture, width, alt))) {
            var cell = new PdfPCell();
            cell.setBorder(PdfPCell.NO_BORDER);
            cell.setPadding(0);
            cell.addElement(part);
            figure.addCell(cell);
        }
        return figure;
    }

    public static PdfPTable table(float[] widths, String... headers) {
        var table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : headers) {
            var cell = new PdfPCell(LABEL.paragraph(header));
            cell.setBackgroundColor(new Color(230, 242, 239));
            cell.setPadding(4);
            table.addCell(cell);
        }
        return table;
    }

    public static void cell(PdfPTable table, String text, boolean right) {
        var cell = new PdfPCell(BODY.paragraph(text == null ? "" : text));
        cell.setPadding(4);
        if (right) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        table.addCell(cell);
    }
}
