package org.communitychest.security;

import java.util.Set;
import org.communitychest.place.Partnerships;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository accounts;
    private final Partnerships partnerships;

    AccountDetailsService(UserAccountRepository accounts, Partnerships partnerships) {
        this.accounts = accounts;
        this.partnerships = partnerships;
    }

    /**
     * "No account" must not mark the caller's transaction rollback-only: {@link SignIn} catches it and records the
     * failed attempt in the same transaction.
     */
    @Override
    @Transactional(readOnly = true, noRollbackFor = UsernameNotFoundException.class)
    public AccountPrincipal loadUserByUsername(String email) {
        var account = accounts.findByEmail(AccountRules.normaliseEmail(email))
                .filter(UserAccount::hasAcceptedInvitation)
                .orElseThrow(() -> new UsernameNotFoundException("No account")); // not user text: never shown
        return principalOf(account);
    }

    /** Keeps a hash made with today's default encoder after a sign-in with a password hashed the old way. */
    @Override
    @Transactional
    public AccountPrincipal updatePassword(UserDetails user, String newPasswordHash) {
        var account = accounts.findById(((AccountPrincipal) user).id()).orElseThrow();
        account.changePassword(newPasswordHash);
        return principalOf(account);
    }

    AccountPrincipal principalOf(UserAccount account) {
        String partnershipName = account.getPartnershipId() == null
                ? null : partnerships.get(account.getPartnershipId()).name();
        return new AccountPrincipal(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getPasswordHash(), account.isEnabled(), account.isEmailVerified(), account.getPartnershipId(),
                partnershipName, Set.copyOf(account.getRoles()));
    }
}
