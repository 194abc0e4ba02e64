package org.communitychest;

import java.nio.charset.StandardCharsets;

/**
 * The text of a PDF as a reader's copy and paste or screen reader gets it: Debian's {@code pdftotext}
 * (poppler-utils), which reads the {@code /ActualText} that shaped runs carry. OpenPDF's own extractor reads
 * glyphs only, so shaped Bengali (a conjunct is one glyph, a vowel sign drawn before its consonant) would come
 * back out of order.
 */
public final class PdfText {

    private static final String PDFTOTEXT = "/usr/bin/pdftotext";

    private PdfText() {
    }

    public static String of(byte[] pdf) throws Exception {
        var process = new ProcessBuilder(PDFTOTEXT, "-enc", "UTF-8", "-", "-").start();
        try (var in = process.getOutputStream()) {
            in.write(pdf);
        }
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pdftotext failed: "
                    + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        return text;
    }
}
