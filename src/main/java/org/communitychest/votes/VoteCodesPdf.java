package org.communitychest.votes;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.communitychest.base.Language;
import org.communitychest.base.London;
import org.communitychest.base.PdfStyle;
import org.communitychest.base.Translations;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

/**
 * Printed codes to hand out at community events, for people without email: cards to cut out, eight to a page,
 * each with its code and how to vote in English and in Bengali.
 */
@Component
class VoteCodesPdf {

    private final Translations translations;

    VoteCodesPdf(Translations translations) {
        this.translations = translations;
    }

    byte[] render(String partnership, String roundTitle, Instant closesAt, String ballotAddress, List<String> codes) {
        var out = new ByteArrayOutputStream();
        var document = PdfStyle.document(out, Language.ENGLISH);
        document.addTitle(translations.text(Language.ENGLISH, "votes.codes.document-title", roundTitle));
        document.addCreator(translations.text(Language.ENGLISH, "common.app-name"));
        document.open();
        var cards = new PdfPTable(2);
        cards.setWidthPercentage(100);
        for (String code : codes) {
            List<Element> lines = new ArrayList<>();
            lines.add(PdfStyle.small(partnership));
            lines.add(PdfStyle.text(roundTitle));
            for (Language language : List.of(Language.ENGLISH, Language.BENGALI)) {
                lines.add(PdfStyle.small(translations.text(language, "votes.codes.how", ballotAddress,
                        London.format(closesAt))));
            }
            lines.add(PdfStyle.large(code));
            lines.add(PdfStyle.small(translations.text(Language.ENGLISH, "votes.codes.secret") + " "
                    + translations.text(Language.BENGALI, "votes.codes.secret")));
            cards.addCell(PdfStyle.card(lines));
        }
        cards.completeRow();
        document.add(cards);
        document.close();
        return out.toByteArray();
    }
}
