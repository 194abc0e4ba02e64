package org.communitychest.awards;

/** A letter kept with a grant: the offer as sent, or the agreement as the group signed it online. */
enum LetterKind {
    OFFER, SIGNED
}
