package org.communitychest.applications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.communitychest.GreenMailKaribuTest;
import org.communitychest.base.Language;
import org.communitychest.security.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The receipt goes to each member of the group in their own language, its PDF too: a member who chose Bengali
 * gets it in Bengali, one who chose English in English. It really goes out by SMTP.
 */
class BengaliReceiptMailTest extends GreenMailKaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;

    @Test
    void eachMemberGetsTheReceiptAndItsPdfInTheirLanguage() throws Exception {
        var fx = new ApplicationFixtures(context);
        var round = fx.openRound("Bengali receipt round " + UUID.randomUUID());
        String rahima = fx.newApplicant("Rahima Khatun");
        String tom = fx.newApplicant("Tom Baker");
        fx.as(rahima, () -> accounts.chooseMyLanguage(Language.BENGALI));
        fx.as(tom, () -> accounts.chooseMyLanguage(Language.ENGLISH));
        long group = fx.newGroup(rahima, "Shapla Women's Group " + UUID.randomUUID().toString().substring(0, 4));
        fx.join(group, rahima, tom);
        String reference = fx.as(rahima, () -> fx.submit(fx.completeShortDraft(round, group, "হাঁটার দল")));

        sendQueuedMail();

        MimeMessage bengali = receipt(rahima);
        assertThat(bengali.getSubject()).isEqualTo("আবেদন পেয়েছি: " + reference + " হাঁটার দল");
        assertThat(textOf(bengali)).startsWith("হ্যালো,")
                .contains("Rahima Khatun " + round.title() + " (" + round.partnershipName() + ")-এ Shapla Women's Group")
                .contains("-এর আবেদন জমা দিয়েছেন।", "রেফারেন্স: " + reference, "যত টাকা চাওয়া হয়েছে: £1,250.00",
                        "এরপর কী হবে:")
                .doesNotContain("Hello", "Asking for");
        var pdf = attachmentsOf(bengali).getFirst();
        assertThat(pdf.fileName()).isEqualTo(reference + ".pdf");
        assertThat(ApplicationFixtures.pdfText(pdf.content())).contains("প্রকল্পের কথা", "হাঁটার দল",
                "রাজি: সব তথ্য সত্য এবং সম্পূর্ণ।").doesNotContain("About the project");

        MimeMessage english = receipt(tom);
        assertThat(english.getSubject()).isEqualTo("Application received: " + reference + " হাঁটার দল");
        assertThat(textOf(english)).contains("Rahima Khatun has submitted Shapla Women's Group");
        assertThat(ApplicationFixtures.pdfText(attachmentsOf(english).getFirst().content()))
                .contains("About the project").doesNotContain("প্রকল্পের কথা");
    }

    /** The one mail with an attachment (the invitation to join the group has none). */
    private static MimeMessage receipt(String email) {
        var received = receivedBy(email).stream().filter(m -> attachmentCount(m) == 1).toList();
        assertThat(received).as("receipts to " + email).hasSize(1);
        return received.getFirst();
    }

    private static int attachmentCount(MimeMessage message) {
        try {
            return attachmentsOf(message).size();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
