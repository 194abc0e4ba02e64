package org.communitychest.rounds;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof MinimumShareValue o && Objects.equals(areaId, o.areaId)
                && Objects.equals(needCategoryId, o.needCategoryId) && sharePercent == o.sharePercent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(areaId, needCategoryId, sharePercent);
    }

    MinimumShare toRecord() {
        return areaId != null ? new MinimumShare(ShareOf.AREA, areaId, sharePercent)
                : new MinimumShare(ShareOf.NEED, needCategoryId, sharePercent);
    }
}
