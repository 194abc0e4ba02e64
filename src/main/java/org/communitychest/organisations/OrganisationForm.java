package org.communitychest.organisations;

/**
 * What a member types into the group profile form, as typed. The service checks and tidies it; the names of
 * the components are the field keys of its {@link org.communitychest.base.InvalidInputException}.
 */
public record OrganisationForm(String name, LegalForm legalForm, String charityNumber, String companyNumber,
        String addressLine1, String addressLine2, String town, String postcode, IncomeBand incomeBand,
        String webAddress) {
}
