package org.communitychest.organisations;

import java.util.Locale;
import org.communitychest.base.Message;

/** What kind of group an organisation is; it decides whether a charity or company number is asked for. */
public enum LegalForm {
    UNCONSTITUTED_GROUP(Number.NOT_ASKED, Number.NOT_ASKED),
    CONSTITUTED_GROUP(Number.NOT_ASKED, Number.NOT_ASKED),
    CHARITY(Number.REQUIRED, Number.NOT_ASKED),
    CIO(Number.REQUIRED, Number.NOT_ASKED),
    CIC(Number.NOT_ASKED, Number.REQUIRED),
    COMPANY_LIMITED_BY_GUARANTEE(Number.OPTIONAL, Number.REQUIRED),
    COMMUNITY_BENEFIT_SOCIETY(Number.OPTIONAL, Number.NOT_ASKED);

    private final Number charityNumber;
    private final Number companyNumber;

    LegalForm(Number charityNumber, Number companyNumber) {
        this.charityNumber = charityNumber;
        this.companyNumber = companyNumber;
    }

    /** The kind of group as people read it: ‘Registered charity (trust or association)’. */
    public Message label() {
        return Message.of("groups.legal-form." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** Whether the form shows the charity number: required for charities and CIOs, optional where a group may also be a charity. */
    public boolean asksCharityNumber() {
        return charityNumber != Number.NOT_ASKED;
    }

    public boolean requiresCharityNumber() {
        return charityNumber == Number.REQUIRED;
    }

    public boolean asksCompanyNumber() {
        return companyNumber != Number.NOT_ASKED;
    }

    public boolean requiresCompanyNumber() {
        return companyNumber == Number.REQUIRED;
    }

    private enum Number { NOT_ASKED, OPTIONAL, REQUIRED }
}
