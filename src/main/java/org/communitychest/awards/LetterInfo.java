package org.communitychest.awards;

import java.time.Instant;

/** A kept letter's details, for a list of links: its kind, language code and file name. */
public record LetterInfo(long id, String kind, String language, String fileName, Instant madeAt) {

    LetterInfo(Long id, LetterKind kind, String language, String fileName, Instant madeAt) {
        this(id.longValue(), kind.name(), language, fileName, madeAt);
    }

    public boolean signed() {
        return LetterKind.SIGNED.name().equals(kind);
    }
}
