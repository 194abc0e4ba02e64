package org.communitychest.awards;

import org.springframework.stereotype.Component;

/** Keeps the agreement as the group signed it online: the letter in its language, the English one, the signature. */
@Component
class SignedAgreement {

    private final OfferSender sender;
    private final OfferLetterPdf pdf;
    private final GrantLetterRepository letters;

    SignedAgreement(OfferSender sender, OfferLetterPdf pdf, GrantLetterRepository letters) {
        this.sender = sender;
        this.pdf = pdf;
        this.letters = letters;
    }

    void keep(Grant grant, Signature signature) {
        var language = grant.letterLanguage();
        letters.save(new GrantLetter(grant.getId(), LetterKind.SIGNED, language,
                OfferSender.fileName(grant, language, "signed"), pdf.signed(sender.letter(grant), language, signature),
                signature.at()));
    }
}
