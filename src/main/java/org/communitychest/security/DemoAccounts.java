package org.communitychest.security;

import java.time.Clock;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates ready-to-use accounts for demo data, first set-up and tests: only as the system ({@code SystemActor}). */
@Service
public class DemoAccounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public long create(String email, String name, Long partnershipId, Set<Role> roles, String password) {
        return accounts.findByEmail(email).map(UserAccount::getId).orElseGet(() -> accounts.save(
                UserAccount.seeded(email, name, partnershipId, roles, passwordEncoder.encode(password),
                        clock.instant())).getId());
    }

    @Transactional(readOnly = true)
    public boolean exists(String email) {
        return accounts.existsByEmail(email);
    }
}
