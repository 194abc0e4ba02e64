package org.communitychest.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.communitychest.IntegrationTest;
import org.communitychest.base.Language;
import org.communitychest.base.PdfStyle;
import org.communitychest.base.Translations;
import org.communitychest.rounds.RoundDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The receipt and the officer's pack print every character a person typed, whatever its script, shaped (Bengali
 * conjuncts and vowel signs, joined Arabic), and give it back as typed when the text is copied out.
 */
class PdfScriptsTest extends IntegrationTest {

    static final String MIXED_TITLE = "Tea ☕ مرحبا বাংলা";
    static final String BENGALI_SUMMARY = "আমরা প্রতি সপ্তাহে একসাথে হাঁটি। ক্ষমা, স্ত্রী, কি, কো, শিক্ষা।";

    @Autowired
    private ApplicationContext context;
    private ApplicationFixtures fx;
    private RoundDetails round;
    private String applicant;
    private long id;
    private String reference;

    @BeforeEach
    void submitOneInThreeScripts() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Scripts round " + UUID.randomUUID());
        applicant = fx.newApplicant("Rahima Rahman");
        long group = fx.newGroup(applicant, "বাংলা Women's Group " + UUID.randomUUID().toString().substring(0, 4));
        id = fx.as(applicant, () -> {
            long draft = fx.completeShortDraft(round, group, MIXED_TITLE);
            var about = new Answers.About(MIXED_TITLE, BENGALI_SUMMARY, null, null);
            fx.drafts.saveAbout(draft, fx.drafts.get(draft).version(), about);
            reference = fx.submit(draft);
            return draft;
        });
    }


    /**
     * Each character typed comes back out of the PDF: shaped runs carry their text as {@code /ActualText}. The
     * extractor gives a right-to-left run in drawing order, between direction marks, so the Arabic word reads
     * reversed.
     */
    private static void assertPrintsTheMixedTitle(String pdfText) {
        String letters = pdfText.replaceAll("\\p{Cf}", "").replaceAll("\\s+", "");
        assertThat(letters).contains("Tea☕" + new StringBuilder("مرحبا").reverse() + "বাংলা");
    }

    private static void assertPrintsTheBengaliSummary(String pdfText) {
        assertThat(pdfText.replaceAll("\\s+", " ")).contains(BENGALI_SUMMARY);
    }

    @Test
    void theReceiptPrintsLatinArabicBengaliAndSymbols() throws Exception {
        byte[] receipt = fx.as(applicant, () -> fx.submission.pdf(id));
        keepForALook("receipt", receipt);
        String text = ApplicationFixtures.pdfText(receipt);
        assertPrintsTheMixedTitle(text);
        assertPrintsTheBengaliSummary(text);
    }

    @Test
    void theReceiptInBengaliIsInBengaliAndReadsBackAsTyped() throws Exception {
        byte[] receipt = fx.as(applicant, () -> fx.submission.pdf(id, Language.BENGALI));
        keepForALook("receipt-bn", receipt);
        String text = ApplicationFixtures.pdfText(receipt);
        assertPrintsTheMixedTitle(text);
        assertPrintsTheBengaliSummary(text);
        assertThat(text).contains("প্রকল্পের কথা", "প্রকল্পের নাম", "রেফারেন্স: ", "যত টাকা চাওয়া হয়েছে: £",
                "এই রাউন্ড থেকে চাওয়া টাকা", "রাজি: সব তথ্য সত্য এবং সম্পূর্ণ।")
                .doesNotContain("About the project", "Not answered", "Declarations");
        assertThat(text.replaceAll("\\s+", " ")).as("the governing document named in Bengali")
                .contains(new Translations(true).text(Language.BENGALI, "apply.documents.governing-document")
                        + ": constitution.pdf")
                .doesNotContain("Governing document");
        var reader = new org.openpdf.text.pdf.PdfReader(receipt);
        assertThat(reader.getCatalog().get(org.openpdf.text.pdf.PdfName.LANG)).hasToString("bn");
        reader.close();
    }

    @Test
    void theOfficersPackPrintsThemToo() throws Exception {
        byte[] pack = fx.as(ApplicationFixtures.OFFICER, () -> fx.screening.pdfPack(round.id()));
        keepForALook("pack", pack);
        String text = ApplicationFixtures.pdfText(pack);
        assertPrintsTheMixedTitle(text);
        assertPrintsTheBengaliSummary(text);
    }

    @Test
    void thePacksCoverPageListsEachApplicationBeforeTheApplicationsThemselves() throws Exception {
        byte[] pack = fx.as(ApplicationFixtures.OFFICER, () -> fx.screening.pdfPack(round.id()));
        String[] pages = ApplicationFixtures.pdfText(pack).split("\f");
        String cover = pages[0].replaceAll("\\s+", " ");

        assertThat(cover).contains("Applications pack", round.title(), "1 application asking for £",
                "from a pot of " + round.pot(), "The round is still open", "Confidential", "In this pack", reference, "Submitted")
                .doesNotContain("Project title");
        assertThat(pages[1]).as("the application starts on the next page").contains(reference, "Project title");
    }

    @Test
    void everyCharacterOfTheseScriptsHasAGlyphInTheChain() {
        (MIXED_TITLE + BENGALI_SUMMARY).codePoints().filter(c -> !Character.isWhitespace(c))
                .forEach(c -> assertThat(PdfStyle.prints(c)).as("U+%04X prints", c).isTrue());
    }

    /** Set -Dpdf.look=DIR to keep the PDFs and look at them (pdftoppm -png). */
    private static void keepForALook(String name, byte[] pdf) throws Exception {
        String dir = System.getProperty("pdf.look");
        if (dir != null) {
            Files.write(Path.of(dir, name + ".pdf"), pdf);
        }
    }
}
