package org.communitychest.base;

import java.util.Set;

/** The person signed in, as every module sees them; implemented by the security module's principal. */
public interface SignedInUser {

    long id();

    String email();

    String displayName();

    /** The partnership of staff, administrators and panellists; {@code null} for applicants. */
    Long partnershipId();

    String partnershipName();

    /** Role names without the {@code ROLE_} prefix. */
    Set<String> roleNames();
}
