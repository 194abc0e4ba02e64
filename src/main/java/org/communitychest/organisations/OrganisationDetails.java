package org.communitychest.organisations;

import java.util.LinkedHashMap;
import java.util.Map;

/** A profile that has passed {@link OrganisationRules}: tidied, and with numbers only where the legal form has them. */
record OrganisationDetails(String name, LegalForm legalForm, String charityNumber, String companyNumber,
        String addressLine1, String addressLine2, String town, String postcode, IncomeBand incomeBand,
        String webAddress) {

    /** The fields as the audit trail shows them, in form order. */
    Map<String, String> describe() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", name);
        fields.put("legal form", legalForm.label());
        fields.put("charity number", charityNumber);
        fields.put("company number", companyNumber);
        fields.put("address line 1", addressLine1);
        fields.put("address line 2", addressLine2);
        fields.put("town", town);
        fields.put("postcode", postcode);
        fields.put("annual income", incomeBand.label());
        fields.put("web address", webAddress);
        return fields;
    }
}
