package org.communitychest.organisations;

import java.util.LinkedHashMap;
import java.util.Map;
import org.communitychest.base.Language;
import org.communitychest.base.Translations;

/** A profile that has passed {@link OrganisationRules}: tidied, and with numbers only where the legal form has them. */
record OrganisationDetails(String name, LegalForm legalForm, String charityNumber, String companyNumber,
        String addressLine1, String addressLine2, String town, String postcode, IncomeBand incomeBand,
        String webAddress) {

    /**
     * The fields as the audit trail keeps them, in form order: a record of what was saved, written once in
     * English (staff read it), like the rest of the trail.
     */
    Map<String, String> describe(Translations translations) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("name", name);
        fields.put("legal form", // not user text: audit field
                translations.text(Language.ENGLISH, legalForm.label()));
        fields.put("charity number", charityNumber); // not user text: audit field
        fields.put("company number", companyNumber); // not user text: audit field
        fields.put("address line 1", addressLine1); // not user text: audit field
        fields.put("address line 2", addressLine2); // not user text: audit field
        fields.put("town", town);
        fields.put("postcode", postcode);
        fields.put("annual income", // not user text: audit field
                translations.text(Language.ENGLISH, incomeBand.label()));
        fields.put("web address", webAddress); // not user text: audit field
        return fields;
    }
}
