package org.communitychest.rounds;

/**
 * A pass/fail question. {@code passingAnswer} is the yes/no answer that passes; an applicant who gives the
 * other answer is shown {@code failReason} and {@code signpost} (where else they could look).
 */
public record EligibilityQuestion(Long id, String question, boolean passingAnswer, String failReason,
        String signpost) {
}
