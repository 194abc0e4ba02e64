/**
 * Publishing awarded grants in the 360Giving Data Standard 1.4 (spec {@code 360giving/README.md}):
 * {@link org.communitychest.awards.giving.GivingJsonWriter} writes a package of grants as JSON and
 * {@link org.communitychest.awards.giving.GivingCsvWriter} as a CSV file with the standard's column titles, both a
 * grant at a time from a stream of {@link org.communitychest.awards.giving.GivingGrant}s. Plain Java with no Spring
 * and no database: a grant arrives with everything it needs already resolved. Only organisations and the grant are
 * exported, never anything about a person.
 */
package org.communitychest.awards.giving;
