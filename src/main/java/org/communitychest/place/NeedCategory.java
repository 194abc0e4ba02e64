package org.communitychest.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "need_category")
class NeedCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String label;

    @Column(name = "snomed_code", length = 20)
    private String snomedCode;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected NeedCategory() {
    }

    NeedCategory(long partnershipId, String code, String label, String snomedCode, int sortOrder) {
        this.partnershipId = partnershipId;
        this.code = code;
        this.label = label;
        this.snomedCode = snomedCode;
        this.sortOrder = sortOrder;
    }

    void retire() {
        retired = true;
    }

    void reinstate() {
        retired = false;
    }

    long getPartnershipId() {
        return partnershipId;
    }

    NeedCategoryInfo toInfo() {
        return new NeedCategoryInfo(id, code, label, snomedCode, retired);
    }
}
