/**
 * The portal's directory of funded activities as Open Referral UK 3.0 (the UK profile of HSDS 3.0), the standard UK
 * service directories and social prescribing systems read: the JSON of the API's root
 * ({@link org.communitychest.monitoring.openreferral.OpenReferralRootJson}), of {@code /services} and
 * {@code /services/{id}} ({@link org.communitychest.monitoring.openreferral.OpenReferralServicesJson}), and of
 * {@code /taxonomies} and {@code /taxonomy_terms} and their items
 * ({@link org.communitychest.monitoring.openreferral.OpenReferralTaxonomiesJson}), paged by
 * {@link org.communitychest.monitoring.openreferral.OpenReferralPaging}. Plain Java with no Spring and no database:
 * an activity arrives as a {@link org.communitychest.monitoring.openreferral.DirectoryActivity} with everything it
 * needs already resolved. Nothing about a person is written: no named contacts, only the referral address the group
 * gave for its listing.
 */
package org.communitychest.monitoring.openreferral;
