package org.communitychest.rounds.ui;

import org.communitychest.base.CurrentUser;

/** Whether the visitor of a public round page is signed in as an applicant, who can go straight to applying. */
final class Applicants {

    private Applicants() {
    }

    static boolean isSignedIn(CurrentUser currentUser) {
        return currentUser.optional().map(u -> u.roleNames().contains("APPLICANT")).orElse(false);
    }
}
