package org.communitychest.rounds;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    protected PriorityEntity() {
    }

    PriorityEntity(long needCategoryId, long areaId) {
        this.needCategoryId = needCategoryId;
        this.areaId = areaId;
    }

    long getNeedCategoryId() {
        return needCategoryId;
    }

    long getAreaId() {
        return areaId;
    }
}
