package org.communitychest.organisations;

import org.communitychest.base.Message;

/** A group in a list: its id, name and kind. */
public record OrganisationSummary(long id, String name, LegalForm legalForm) {

    public Message legalFormLabel() {
        return legalForm.label();
    }
}
