package org.communitychest.rounds;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.communitychest.rounds.AllocationRules.MinimumShare;
import org.communitychest.rounds.AllocationRules.ShareOf;

/** One minimum share of a round's pot as stored: for an area or for a need category, never both. */
@Embeddable
class MinimumShareValue {

    @Column(name = "area_id")
    private Long areaId;

    @Column(name = "need_category_id")
    private Long needCategoryId;

    @Column(name = "share_percent", nullable = false)
    private int sharePercent;

    protected MinimumShareValue() {
    }

    MinimumShareValue(MinimumShare share) {
        this.areaId = share.kind() == ShareOf.AREA ? share.targetId() : null;
        this.needCategoryId = share.kind() == ShareOf.NEED ? share.targetId() : null;
        this.sharePercent = share.percent();
    }

    MinimumShare toRecord() {
        return areaId != null ? new MinimumShare(ShareOf.AREA, areaId, sharePercent)
                : new MinimumShare(ShareOf.NEED, needCategoryId, sharePercent);
    }
}
