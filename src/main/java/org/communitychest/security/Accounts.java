package org.communitychest.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.Language;
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

    private final CurrentUser currentUser;

    Accounts(UserAccountRepository accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** The language the signed-in person chose with the language switch, if they have chosen one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Language> myLanguage() {
        return accounts.findById(currentUser.require().id()).flatMap(UserAccount::language);
    }

    /** Remembers the signed-in person's language: their screens, mails and PDFs use it from now on. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void chooseMyLanguage(Language language) {
        accounts.findById(currentUser.require().id()).ifPresent(a -> a.chooseLanguage(language));
    }

    /**
     * The language to write to someone in: the one they chose, else English. For mails to people who may not
     * have an account (an invitee), {@code fallback} is used when there is none.
     */
    @Transactional(readOnly = true)
    public Language languageFor(String email, Language fallback) {
        return accounts.findByEmail(email).flatMap(UserAccount::language).orElse(fallback);
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
