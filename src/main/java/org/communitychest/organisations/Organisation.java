package org.communitychest.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A community group's profile. Members are kept apart ({@link Membership}), so joining does not change its version. */
@Entity
@Table(name = "organisation")
class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "legal_form", nullable = false, length = 40)
    private LegalForm legalForm;

    @Column(name = "charity_number", length = 12)
    private String charityNumber;

    @Column(name = "company_number", length = 8)
    private String companyNumber;

    @Column(name = "address_line1", nullable = false, length = 200)
    private String addressLine1;

    @Column(name = "address_line2", length = 200)
    private String addressLine2;

    @Column(nullable = false, length = 100)
    private String town;

    @Column(nullable = false, length = 8)
    private String postcode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "income_band", nullable = false, length = 30)
    private IncomeBand incomeBand;

    @Column(name = "web_address", length = 300)
    private String webAddress;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(OrganisationDetails details, Instant now) {
        this.createdAt = now;
        change(details);
    }

    void change(OrganisationDetails details) {
        this.name = details.name();
        this.legalForm = details.legalForm();
        this.charityNumber = details.charityNumber();
        this.companyNumber = details.companyNumber();
        this.addressLine1 = details.addressLine1();
        this.addressLine2 = details.addressLine2();
        this.town = details.town();
        this.postcode = details.postcode();
        this.incomeBand = details.incomeBand();
        this.webAddress = details.webAddress();
    }

    OrganisationDetails details() {
        return new OrganisationDetails(name, legalForm, charityNumber, companyNumber, addressLine1, addressLine2, town,
                postcode, incomeBand, webAddress);
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    long getVersion() {
        return version;
    }

    GrantRecipient toRecipient() {
        boolean registered = legalForm != LegalForm.UNCONSTITUTED_GROUP && legalForm != LegalForm.CONSTITUTED_GROUP
                && (charityNumber != null || companyNumber != null);
        return new GrantRecipient(id, name, legalForm, charityNumber, companyNumber, registered ? postcode : null);
    }

    OrganisationSummary toSummary() {
        return new OrganisationSummary(id, name, legalForm);
    }

    OrganisationProfile toProfile(List<MemberInfo> members, List<PendingInvitation> invitations) {
        return new OrganisationProfile(id, version, name, legalForm, charityNumber, companyNumber, addressLine1,
                addressLine2, town, postcode, incomeBand, webAddress, createdAt, List.copyOf(members),
                List.copyOf(invitations));
    }
}
