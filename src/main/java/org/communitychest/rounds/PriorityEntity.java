package org.communitychest.rounds;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.communitychest.gaps.GapPeriod;

/** A need in an area the round wants to fund, with the gap figures it was chosen with (none for some). */
@Entity
@Table(name = "round_priority")
class PriorityEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "need_category_id", nullable = false)
    private long needCategoryId;

    @Column(name = "area_id", nullable = false)
    private long areaId;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    private Integer received;

    @Column(name = "unmet_referrals")
    private Integer unmetReferrals;

    private Integer waiting;

    /** Kept beside the counts it comes from, so a report can sort priorities by it in SQL. */
    private Integer unmet;

    @Column(name = "unmet_lower_bound", nullable = false)
    private boolean unmetLowerBound;

    @Column(name = "figures_public", nullable = false)
    private boolean figuresPublic = true;

    protected PriorityEntity() {
    }

    PriorityEntity(long needCategoryId, long areaId) {
        this.needCategoryId = needCategoryId;
        this.areaId = areaId;
    }

    /** The figures the priority is chosen with from now on ({@code null}: none), and whether the page shows them. */
    void take(PriorityFigures figures, boolean shownPublicly) {
        periodStart = figures == null ? null : figures.period().start();
        periodEnd = figures == null ? null : figures.period().end();
        received = figures == null ? null : figures.received();
        unmetReferrals = figures == null ? null : figures.unmetReferrals();
        waiting = figures == null ? null : figures.waiting();
        unmet = figures == null ? null : figures.unmet();
        unmetLowerBound = figures != null && figures.lowerBound();
        figuresPublic = shownPublicly;
    }

    long getNeedCategoryId() {
        return needCategoryId;
    }

    long getAreaId() {
        return areaId;
    }

    PriorityFigures figures() {
        return periodStart == null ? null : new PriorityFigures(new GapPeriod(periodStart, periodEnd), received,
                unmetReferrals, waiting);
    }

    boolean isFiguresPublic() {
        return figuresPublic;
    }
}
