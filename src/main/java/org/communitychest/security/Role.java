package org.communitychest.security;

/** What a person may do. Staff roles belong to one partnership; applicants to none. */
public enum Role {
    APPLICANT("Applicant", "keeps a community group's profile, applies and reports"),
    PANELLIST("Panellist", "declares conflicts, scores bids and decides with the panel"),
    OFFICER("Officer", "sets up rounds, screens, runs panels, awards and monitors"),
    ADMIN("Administrator", "manages users, roles and reference data");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
