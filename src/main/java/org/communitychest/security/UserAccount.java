package org.communitychest.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.communitychest.base.Language;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "app_user")
class UserAccount {

    /** What the audit trail calls an account. */
    static final String AUDIT_SUBJECT = "User"; // not user text: the audit trail's subject type

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "partnership_id")
    private Long partnershipId;

    @Column(length = 8)
    private String language;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @BatchSize(size = UserAdministration.MAX_PAGE)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", length = 20)
    private Set<Role> roles = new HashSet<>();

    protected UserAccount() {
    }

    private UserAccount(String email, String displayName, Long partnershipId, Set<Role> roles, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.partnershipId = partnershipId;
        this.roles.addAll(roles);
        this.createdAt = now;
    }

    static UserAccount selfRegisteredApplicant(String email, String displayName, String passwordHash, Instant now) {
        var account = new UserAccount(email, displayName, null, EnumSet.of(Role.APPLICANT), now);
        account.passwordHash = passwordHash;
        return account;
    }

    static UserAccount invited(String email, String displayName, long partnershipId, Set<Role> roles, Instant now) {
        return new UserAccount(email, displayName, partnershipId, roles, now);
    }

    static UserAccount seeded(String email, String displayName, Long partnershipId, Set<Role> roles,
            String passwordHash, Instant now) {
        var account = new UserAccount(email, displayName, partnershipId, roles, now);
        account.passwordHash = passwordHash;
        account.emailVerified = true;
        return account;
    }

    /** The language the person chose; empty until they choose one. */
    Optional<Language> language() {
        return language == null ? Optional.empty() : Language.ofCode(language);
    }

    void chooseLanguage(Language chosen) {
        language = chosen.code();
    }

    void verifyEmail() {
        emailVerified = true;
    }

    void acceptInvitation(String displayName, String passwordHash) {
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.emailVerified = true;
    }

    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Switched off by an administrator (someone who has left): no sign-in by any way in, no reset link. */
    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    void replaceRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    boolean hasAcceptedInvitation() {
        return passwordHash != null;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    boolean isEmailVerified() {
        return emailVerified;
    }

    boolean isEnabled() {
        return enabled;
    }

    Long getPartnershipId() {
        return partnershipId;
    }

    Set<Role> getRoles() {
        return roles;
    }

    UserSummary toSummary() {
        return new UserSummary(id, email, displayName, Set.copyOf(roles), hasAcceptedInvitation(), emailVerified,
                enabled);
    }
}
