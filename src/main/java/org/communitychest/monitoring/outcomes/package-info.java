/**
 * Outcome measures as the monitoring spec ({@code outcomes.md}) gives them: the four ONS personal wellbeing items
 * and SWEMWBS, answered at baseline and follow-up under a pseudonymous {@link
 * org.communitychest.monitoring.outcomes.ParticipantCode}, read from an uploaded {@link
 * org.communitychest.monitoring.outcomes.OutcomeCsv} and summarised as matched-pair changes with a paired-t
 * confidence interval ({@link org.communitychest.monitoring.outcomes.OutcomeResults}). Texts for people are bundle
 * keys of {@code vaadin-i18n/outcomes.properties}.
 */
@org.springframework.modulith.NamedInterface("outcomes")
package org.communitychest.monitoring.outcomes;
