package org.communitychest.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communitychest.PdfText;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** Bengali prints shaped and reads back as typed; Arabic joins and runs right to left. */
class PdfStyleTest {

    static final String CONJUNCTS = "ক্ষমা স্ত্রী শিক্ষা প্রতি সপ্তাহে";
    static final String VOWEL_SIGNS = "কি কী কো কৌ কে হাঁটি";
    static final String ARABIC = "مرحبا بكم";

    private static byte[] sample() {
        var out = new ByteArrayOutputStream();
        var document = PdfStyle.document(out, Language.BENGALI);
        document.open();
        document.add(PdfStyle.title("আবেদন জমা হয়েছে"));
        document.add(PdfStyle.heading("প্রকল্পের কথা"));
        document.add(PdfStyle.answer("সংক্ষেপে", CONJUNCTS, "উত্তর দেওয়া হয়নি"));
        document.add(PdfStyle.answer("কাজ", null, "উত্তর দেওয়া হয়নি"));
        document.add(PdfStyle.text(VOWEL_SIGNS));
        document.add(PdfStyle.text("Tea ☕ " + ARABIC + " বাংলা £1,250.00, 30 January 2027"));
        var table = PdfStyle.table(new float[] {3, 1}, "খরচের খাত", "খরচ");
        PdfStyle.cell(table, "হলের ভাড়া", false);
        PdfStyle.cell(table, "£250.00", true);
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    @Test
    void bengaliReadsBackAsTyped() throws Exception {
        byte[] pdf = sample();
        keepForALook(pdf);
        String text = PdfText.of(pdf);

        assertThat(text).contains("আবেদন জমা হয়েছে", "প্রকল্পের কথা", "সংক্ষেপে", CONJUNCTS, "উত্তর দেওয়া হয়নি",
                VOWEL_SIGNS, "হলের ভাড়া", "£250.00");
        // pdftotext gives a right-to-left run in drawing order, between direction marks, its spaces moved.
        assertThat(text.replaceAll("[\\p{Cf}\\s]", ""))
                .contains(("Tea ☕ " + new StringBuilder(ARABIC).reverse() + " বাংলা £1,250.00, 30 January 2027")
                        .replace(" ", ""));
    }

    /**
     * Shaped text is drawn as the font's joined glyphs: a conjunct is one glyph and the vowel sign of "কি" comes
     * before its consonant, so the glyphs alone (what OpenPDF's extractor reads) no longer spell the letters typed.
     * Unshaped, one glyph per letter, they would.
     */
    @Test
    void bengaliIsDrawnShaped() throws Exception {
        var reader = new PdfReader(sample());
        try {
            String glyphs = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(glyphs).doesNotContain("ক্ষমা").doesNotContain("কি কী");
            assertThat(reader.getCatalog().get(PdfName.LANG)).hasToString("bn");
        } finally {
            reader.close();
        }
    }

    /** Set -Dpdf.look=DIR to keep the PDF and look at it (pdftoppm -png -r 80). */
    private static void keepForALook(byte[] pdf) throws Exception {
        String dir = System.getProperty("pdf.look");
        if (dir != null) {
            Files.write(Path.of(dir, "pdf-style.pdf"), pdf);
        }
    }
}
