package org.communitychest.base;

/**
 * The language of the person at the browser: chosen with the language switch and remembered (a cookie, and
 * their account when signed in), else their browser's. Implemented by the security module, which keeps accounts;
 * services use it for a mail to someone with no language of their own yet, without depending on the screens.
 */
public interface PageLanguage {

    /** The cookie that remembers the choice of a person who is not signed in. */
    String COOKIE = "chest-lang";

    Language current();

    /** Remembers the choice and shows the current page again in that language. */
    void choose(Language language);
}
