package org.communitychest.panels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "panel_member")
class PanelMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "panel_id", nullable = false)
    private long panelId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MemberKind kind;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @Column(name = "guidance_confirmed_at")
    private Instant guidanceConfirmedAt;

    @Column(name = "practice_scored_at")
    private Instant practiceScoredAt;

    protected PanelMember() {
    }

    PanelMember(long panelId, long accountId, MemberKind kind, Instant invitedAt) {
        this.panelId = panelId;
        this.accountId = accountId;
        this.kind = kind;
        this.invitedAt = invitedAt;
    }

    void confirmGuidance(Instant now) {
        if (guidanceConfirmedAt == null) {
            guidanceConfirmedAt = now;
        }
    }

    void practised(Instant now) {
        if (practiceScoredAt == null) {
            practiceScoredAt = now;
        }
    }

    boolean hasConfirmedGuidance() {
        return guidanceConfirmedAt != null;
    }

    Long getId() {
        return id;
    }

    long getPanelId() {
        return panelId;
    }

    long getAccountId() {
        return accountId;
    }

    MemberKind getKind() {
        return kind;
    }

    Instant getInvitedAt() {
        return invitedAt;
    }

    Instant getGuidanceConfirmedAt() {
        return guidanceConfirmedAt;
    }

    Instant getPracticeScoredAt() {
        return practiceScoredAt;
    }
}
