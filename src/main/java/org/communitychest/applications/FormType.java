package org.communitychest.applications;

/** The full form, or the short form for requests below the round's threshold. */
public enum FormType {
    FULL, SHORT
}
