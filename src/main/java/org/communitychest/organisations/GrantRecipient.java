package org.communitychest.organisations;

/**
 * A funded group as grant data publishes it: its name and legal numbers, and its postcode only when it is a
 * registered charity or company (a small group's address is often a volunteer's home). Nothing about its members.
 */
public record GrantRecipient(long id, String name, LegalForm legalForm, String charityNumber, String companyNumber,
        String postcode) {
}
