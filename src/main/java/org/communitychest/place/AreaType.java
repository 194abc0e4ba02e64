package org.communitychest.place;

import java.util.Locale;
import java.util.regex.Pattern;
import org.communitychest.base.Message;

/** Kinds of area, each with the shape of its code. */
public enum AreaType {
    BOROUGH("[EWSN]\\d{8}"),
    WARD("[EWSN]\\d{8}"),
    LSOA("[EWSN]\\d{8}"),
    MSOA("[EWSN]\\d{8}"),
    PCN("U\\d{5}"),
    NEIGHBOURHOOD("[A-Za-z0-9_-]{1,20}");

    private final Pattern codePattern;

    AreaType(String codePattern) {
        this.codePattern = Pattern.compile(codePattern);
    }

    /** The type's name, such as Ward or Primary care network. */
    public Message label() {
        return Message.of(key() + ".name");
    }

    public boolean acceptsCode(String code) {
        return codePattern.matcher(code).matches();
    }

    /** What a code of this type looks like, such as an ONS code. */
    public Message codeRule() {
        return Message.of(key() + ".code-rule");
    }

    private String key() {
        return "staff.place.area-type." + name().toLowerCase(Locale.ROOT);
    }
}
