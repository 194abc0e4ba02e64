package org.communitychest.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "area")
class Area {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "area_type", nullable = false, length = 20)
    private AreaType type;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "imd_decile")
    private Integer imdDecile;

    @Version
    private long version;

    protected Area() {
    }

    Area(long partnershipId, AreaType type, String code, String name) {
        this.partnershipId = partnershipId;
        this.type = type;
        this.code = code;
        this.name = name;
    }

    void update(AreaType type, String name, Long parentId, Integer imdDecile) {
        this.type = type;
        this.name = name;
        this.parentId = parentId;
        this.imdDecile = imdDecile;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    long getPartnershipId() {
        return partnershipId;
    }

    AreaInfo toInfo(String parentCode) {
        return new AreaInfo(id, type, code, name, parentCode, imdDecile);
    }

    Long getParentId() {
        return parentId;
    }
}
