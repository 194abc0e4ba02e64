package org.communitychest.awards;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.communitychest.base.Language;
import org.communitychest.base.RecordNotFoundException;

/** Which kept letter a reader gets: the latest of its kind in their language, or else in English. */
final class GrantLetters {

    private GrantLetters() {
    }

    static GrantFile read(GrantLetterRepository letters, long grantId, long letterId) {
        var letter = letters.findByIdAndGrantId(letterId, grantId)
                .orElseThrow(() -> new RecordNotFoundException("Letter")); // not user text: what was not found
        return new GrantFile(letter.getFileName(), "application/pdf", letter.getContent());
    }

    static Optional<LetterInfo> pick(List<LetterInfo> letters, boolean signed, Language language) {
        var ofKind = letters.stream().filter(l -> l.signed() == signed)
                .sorted(Comparator.comparing(LetterInfo::id).reversed()).toList();
        return ofKind.stream().filter(l -> l.language().equals(language.code())).findFirst()
                .or(() -> ofKind.stream().filter(l -> l.language().equals(Language.ENGLISH.code())).findFirst())
                .or(() -> ofKind.stream().findFirst());
    }
}
