package org.communitychest.organisations;

/** A group in a list: its id, name and kind. */
public record OrganisationSummary(long id, String name, LegalForm legalForm) {

    public String legalFormLabel() {
        return legalForm.label();
    }
}
