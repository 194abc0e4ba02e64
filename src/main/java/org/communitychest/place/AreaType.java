package org.communitychest.place;

import java.util.regex.Pattern;

/** Kinds of area, each with the shape of its code. */
public enum AreaType {
    BOROUGH("Borough", "[EWSN]\\d{8}", "an ONS code such as E09000030"),
    WARD("Ward", "[EWSN]\\d{8}", "an ONS code such as E05009336"),
    LSOA("Lower layer super output area", "[EWSN]\\d{8}", "an ONS code such as E01000001"),
    MSOA("Middle layer super output area", "[EWSN]\\d{8}", "an ONS code such as E02000001"),
    PCN("Primary care network", "U\\d{5}", "an ODS code such as U12345"),
    NEIGHBOURHOOD("Neighbourhood", "[A-Za-z0-9_-]{1,20}", "letters, digits, - or _ (at most 20)");

    private final String label;
    private final Pattern codePattern;
    private final String codeRule;

    AreaType(String label, String codePattern, String codeRule) {
        this.label = label;
        this.codePattern = Pattern.compile(codePattern);
        this.codeRule = codeRule;
    }

    public String label() {
        return label;
    }

    public boolean acceptsCode(String code) {
        return codePattern.matcher(code).matches();
    }

    public String codeRule() {
        return codeRule;
    }
}
