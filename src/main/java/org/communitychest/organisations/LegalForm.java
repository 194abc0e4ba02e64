package org.communitychest.organisations;

/** What kind of group an organisation is; it decides whether a charity or company number is asked for. */
public enum LegalForm {
    UNCONSTITUTED_GROUP("Unconstituted residents' or community group", Number.NOT_ASKED, Number.NOT_ASKED),
    CONSTITUTED_GROUP("Constituted community group or association", Number.NOT_ASKED, Number.NOT_ASKED),
    CHARITY("Registered charity (trust or association)", Number.REQUIRED, Number.NOT_ASKED),
    CIO("Charitable incorporated organisation (CIO)", Number.REQUIRED, Number.NOT_ASKED),
    CIC("Community interest company (CIC)", Number.NOT_ASKED, Number.REQUIRED),
    COMPANY_LIMITED_BY_GUARANTEE("Company limited by guarantee", Number.OPTIONAL, Number.REQUIRED),
    COMMUNITY_BENEFIT_SOCIETY("Community benefit society", Number.OPTIONAL, Number.NOT_ASKED);

    private final String label;
    private final Number charityNumber;
    private final Number companyNumber;

    LegalForm(String label, Number charityNumber, Number companyNumber) {
        this.label = label;
        this.charityNumber = charityNumber;
        this.companyNumber = companyNumber;
    }

    public String label() {
        return label;
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
