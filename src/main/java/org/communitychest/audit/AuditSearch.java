package org.communitychest.audit;

import java.time.LocalDate;

/** What an administrator searches the trail by; any part may be blank. */
public record AuditSearch(String text, String action, LocalDate from, LocalDate to) {

    public static AuditSearch everything() {
        return new AuditSearch(null, null, null, null);
    }
}
