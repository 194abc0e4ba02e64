package org.communitychest.place;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "partnership")
class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "letter_address", length = 500)
    private String letterAddress;

    @Column(name = "contact_email", length = 320)
    private String contactEmail;

    @Column(name = "giving_prefix", length = 40)
    private String givingPrefix;

    @Column(name = "funder_org_id", length = 100)
    private String funderOrgId;

    @Version
    private long version;

    protected Partnership() {
    }

    Partnership(String code, String name) {
        this.code = code;
        this.name = name;
    }

    void describe(String letterAddress, String contactEmail, String givingPrefix, String funderOrgId) {
        this.letterAddress = letterAddress;
        this.contactEmail = contactEmail;
        this.givingPrefix = givingPrefix;
        this.funderOrgId = funderOrgId;
    }

    /** The 360Giving prefix and funder id default to the partnership's own code until an administrator sets them. */
    Letterhead toLetterhead() {
        String prefix = givingPrefix == null ? code.toUpperCase(java.util.Locale.ROOT) : givingPrefix;
        return new Letterhead(id, name, letterAddress, contactEmail, prefix,
                funderOrgId == null ? "360G-" + prefix : funderOrgId); // not user text: an org-id
    }

    PartnershipInfo toInfo() {
        return new PartnershipInfo(id, code, name);
    }
}
