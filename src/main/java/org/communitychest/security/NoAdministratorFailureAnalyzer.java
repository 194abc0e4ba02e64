package org.communitychest.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the person starting a new installation which settings it needs, instead of a stack trace. */
class NoAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<NoAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoAdministratorException cause) {
        return new FailureAnalysis(cause.getMessage(), """
                Set up the first partnership and its administrator with these settings (environment variables \
                shown), then start again; that administrator invites everyone else:
                    CHEST_SETUP_PARTNERSHIP_CODE=THT CHEST_SETUP_PARTNERSHIP_NAME='Tower Hamlets Together'
                    CHEST_SETUP_ADMIN_EMAIL=you@example.org CHEST_SETUP_ADMIN_NAME='Your Name'
                    CHEST_SETUP_ADMIN_PASSWORD='a password of at least 10 characters'
                To try the portal with demo data and its published passwords instead (never on a live service), \
                start it with --chest.demo-data.enabled=true.""", cause);
    }
}
