package org.communitychest.panels;

import org.communitychest.audit.AuditLog;
import org.communitychest.rounds.ScoringClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a round's scoring closes, at its deadline or by the officer, its submitted score sheets lock: from then on
 * a change is an amendment. Drafts never submitted stay drafts and do not count. In the closing transaction.
 */
@Component
class ScoringLocks {

    private final PanelRepository panels;
    private final ScoreSheetRepository sheets;
    private final AuditLog auditLog;

    ScoringLocks(PanelRepository panels, ScoreSheetRepository sheets, AuditLog auditLog) {
        this.panels = panels;
        this.sheets = sheets;
        this.auditLog = auditLog;
    }

    @EventListener
    void on(ScoringClosed closed) {
        panels.findByRoundId(closed.roundId()).ifPresent(panel -> {
            int locked = 0;
            for (var sheet : sheets.findByPanelIdAndStatus(panel.getId(), SheetStatus.SUBMITTED)) {
                locked += sheet.lock(closed.at()) ? 1 : 0;
            }
            auditLog.recordAs("system", panel.getPartnershipId(), "SCORE_SHEETS_LOCKED", Panels.PANEL,
                    panel.getId(), null, locked + " sheets"); // not user text: audit detail
        });
    }
}
