package org.communitychest.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names and email addresses of accounts, for modules that keep only user ids (such as a group's members).
 * The calling module decides whether its user may see the people it asks about.
 */
@Service
public class Accounts {

    private final UserAccountRepository accounts;

    Accounts(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The accounts with these ids, by name; ids with no account are left out. One query whatever the count. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AccountInfo> describe(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return accounts.findAllById(ids).stream()
                .map(a -> new AccountInfo(a.getId(), a.getDisplayName(), a.getEmail()))
                .sorted(Comparator.comparing(AccountInfo::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(AccountInfo::id))
                .toList();
    }
}
