package org.communitychest.awards;

import java.time.Instant;

/** A version of a grant's terms in its history: 1 is the offer; the reason is the variation's, if it was one. */
public record TermsVersion(int number, Instant madeAt, String madeBy, Terms terms, String reason) {
}
