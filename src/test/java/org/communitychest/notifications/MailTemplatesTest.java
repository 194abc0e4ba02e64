package org.communitychest.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communitychest.base.Language;
import org.communitychest.base.Translations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/mail");
    private final MailTemplates templates = new MailTemplates(new Translations(true));

    private RenderedMail question(Language language, String organisation) {
        return templates.render("information-request", language, Map.of("organisation", organisation, "reference",
                "THT-2026-0004", "partnership", "Tower Hamlets Together", "question", "Which hall?", "link",
                "http://localhost/applications/4"));
    }

    private RenderedMail receipt(Language language) {
        return templates.render("application-receipt", language, Map.of("organisation", "Bow Common Neighbours",
                "title", "Tea & Talk", "round", "Spring 2026", "partnership", "Tower Hamlets Together",
                "reference", "R-1", "amount", "£1,250.00", "submittedBy", "Ada", "link",
                "http://localhost/applications/1"));
    }

    private RenderedMail decision(String template, Language language) {
        return templates.render(template, language, Map.of("organisation", "Bow Common Neighbours",
                "title", "Tea & Talk", "round", "Spring 2026", "partnership", "Tower Hamlets Together",
                "reference", "R-1", "awarded", "£750.00", "requested", "£1,250.00", "feedback",
                "Good <b>plan</b>.\nFund the hall only.", "link", "http://localhost/applications/1"));
    }

    @Test
    void aPartAwardSaysWhatWasAwardedOfWhatWasAskedWithThePanelsWordsEscaped() {
        var english = decision("application-part-funded", Language.ENGLISH);
        var bengali = decision("application-part-funded", Language.BENGALI);

        assertThat(english.subject()).isEqualTo("Your application R-1 is part funded");
        assertThat(english.text()).contains("fund part of Bow Common Neighbours' application \"Tea & Talk\"",
                "Your grant: £750.00 of the £1,250.00 you asked for", "Good <b>plan</b>.\nFund the hall only.");
        assertThat(english.html()).contains("Good &lt;b&gt;plan&lt;/b&gt;.\nFund the hall only.</pre>")
                .doesNotContain("<b>plan");
        assertThat(bengali.text()).contains("আপনি £1,250.00 চেয়েছিলেন। আপনার অনুদান: £750.00", "প্যানেল যা বলেছে:")
                .doesNotContain("Your grant");
    }

    @Test
    void aGroupWhoseNameEndsInSIsWrittenNeighboursApplication() {
        var mail = question(Language.ENGLISH, "Bow Common Neighbours");

        assertThat(mail.text()).contains("about Bow Common Neighbours' application THT-2026-0004")
                .doesNotContain("Neighbours's");
        assertThat(mail.html()).contains("Bow Common Neighbours&#39; application").doesNotContain("Neighbours&#39;s");
    }

    @Test
    void anyOtherGroupTakesApostropheS() {
        assertThat(question(Language.ENGLISH, "Poplar Tenants Group").text())
                .contains("about Poplar Tenants Group's application");
    }

    @Test
    void theReceiptSaysWhoseApplicationItIsTheSameWay() {
        var mail = receipt(Language.ENGLISH);

        assertThat(mail.subject()).isEqualTo("Application received: R-1 Tea & Talk");
        assertThat(mail.text()).contains("Ada has submitted Bow Common Neighbours' application to Spring 2026")
                .contains("Asking for: £1,250.00");
        assertThat(mail.html()).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("Tea &amp; Talk");
    }

    @Test
    void theReceiptInBengaliIsInBengaliWithBritishFigures() {
        var mail = receipt(Language.BENGALI);

        assertThat(mail.subject()).isEqualTo("আবেদন পেয়েছি: R-1 Tea & Talk");
        assertThat(mail.text())
                .contains("Ada Spring 2026 (Tower Hamlets Together)-এ Bow Common Neighbours-এর আবেদন জমা দিয়েছেন।")
                .contains("যত টাকা চাওয়া হয়েছে: £1,250.00")
                .contains("পুরো আবেদনের একটি PDF এই ইমেলের সাথে দেওয়া আছে।")
                .contains("কমিউনিটি চেস্ট")
                .doesNotContain("Hello", "Reference", "Community Chest");
        assertThat(mail.html()).contains("<html lang=\"bn\">").contains("আপনার আবেদন দেখুন")
                .contains("Tea &amp; Talk").doesNotContain("See your application", "You are receiving");
    }

    @Test
    void aValueInAMessageIsEscapedOnceInTheHtml() {
        var mail = question(Language.ENGLISH, "<b>Tom & Jerry's</b>");

        assertThat(mail.html()).contains("&lt;b&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;&#39;s application")
                .doesNotContain("<b>Tom", "&amp;amp;");
        assertThat(mail.text()).contains("<b>Tom & Jerry's</b>'s application");
    }

    @Test
    void aMissingValueIsAnErrorNotAGap() {
        assertThatThrownBy(() -> templates.render("information-request", Language.BENGALI,
                Map.of("organisation", "Bow", "partnership", "THT", "question", "Q?", "link", "http://x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reference");
    }

    /** Latin words left in a Bengali text once the values («name») and links are taken out; PDF is a PDF. */
    private static List<String> englishWordsIn(String text) {
        String words = text.replaceAll("«[^»]*»", " ").replaceAll("https?://\\S+", " ");
        return Pattern.compile("\\b[A-Za-z]{2,}\\b").matcher(words).results().map(m -> m.group())
                .filter(w -> !w.equals("PDF")).toList();
    }

    /** Every template, in every language, finds all its messages (strict: a missing key throws) and fills them. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void everyTemplateRendersInEveryLanguage(Language language) throws IOException {
        var names = Pattern.compile("\\{\\{\\s*([a-zA-Z0-9_]+)\\s*}}|\\{([a-zA-Z]+)}");
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            for (String template : files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".txt"))
                    .map(f -> f.replace(".txt", "")).toList()) {
                var model = new HashMap<String, String>();
                for (String name : new String[] {"name", "link", "reset", "signIn", "reasons", "question",
                        "reference", "title", "round", "partnership", "organisation", "amount", "submittedBy",
                        "inviter", "roles", "expires", "awarded", "requested", "feedback", "deadline", "closes", "code",
                        "due", "comments"}) {
                    model.put(name, "«" + name + "»");
                }
                var mail = templates.render(template, language, model);
                for (String part : new String[] {mail.subject(), mail.text(), mail.html()}) {
                    assertThat(names.matcher(part).find()).as(template + " left a placeholder: " + part).isFalse();
                    assertThat(part).as(template).doesNotContain("!mail.");
                }
                if (language == Language.BENGALI) {
                    assertThat(englishWordsIn(mail.subject() + "\n" + mail.text())).as(template).isEmpty();
                }
            }
        }
    }
}
