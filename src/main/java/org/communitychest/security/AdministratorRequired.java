package org.communitychest.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses to start an installation that nobody could sign in to: after the demo data (if asked for) and the
 * first-administrator settings (if given) have run, at least one administrator must exist.
 */
@Component
@Order(3)
class AdministratorRequired implements ApplicationRunner {

    private final UserAccountRepository accounts;

    AdministratorRequired(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public void run(ApplicationArguments args) {
        if (!accounts.existsWithRole(Role.ADMIN)) {
            throw new NoAdministratorException();
        }
    }
}
