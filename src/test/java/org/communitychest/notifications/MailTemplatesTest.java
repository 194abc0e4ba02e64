package org.communitychest.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    private RenderedMail question(String organisation) {
        return templates.render("information-request", Map.of("organisation", organisation, "reference",
                "THT-2026-0004", "partnership", "Tower Hamlets Together", "question", "Which hall?", "link",
                "http://localhost/applications/4"));
    }

    @Test
    void aGroupWhoseNameEndsInSIsWrittenNeighboursApplication() {
        var mail = question("Bow Common Neighbours");

        assertThat(mail.text()).contains("about Bow Common Neighbours' application THT-2026-0004")
                .doesNotContain("Neighbours's");
        assertThat(mail.html()).contains("Bow Common Neighbours&#39; application").doesNotContain("Neighbours&#39;s");
    }

    @Test
    void anyOtherGroupTakesApostropheS() {
        assertThat(question("Poplar Tenants Group").text()).contains("about Poplar Tenants Group's application");
    }

    @Test
    void theReceiptSaysWhoseApplicationItIsTheSameWay() {
        var mail = templates.render("application-receipt", Map.of("organisation", "Bow Common Neighbours",
                "title", "Tea", "round", "Spring 2026", "partnership", "Tower Hamlets Together", "reference", "R-1",
                "amount", "£500.00", "submittedBy", "Ada", "link", "http://localhost/applications/1"));

        assertThat(mail.text()).contains("Ada has submitted Bow Common Neighbours' application to Spring 2026");
    }
}
