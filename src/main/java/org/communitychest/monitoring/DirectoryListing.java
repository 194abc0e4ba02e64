package org.communitychest.monitoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A funded activity as the public directory lists it: what it is, who it is for, when and where it runs and how a
 * link worker refers someone. Its public id is a UUID, as Open Referral UK asks, and never changes.
 */
@Entity
@Table(name = "directory_listing")
class DirectoryListing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "public_id", nullable = false, length = 36)
    private String publicId;

    @Column(name = "partnership_id", nullable = false)
    private long partnershipId;

    @Column(name = "grant_id", nullable = false)
    private long grantId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "who_for", length = 2000)
    private String whoFor;

    @Column(name = "how_to_refer", length = 2000)
    private String howToRefer;

    @Column(name = "referral_email", length = 254)
    private String referralEmail;

    @Column(name = "web_address", length = 500)
    private String webAddress;

    @Column(name = "venue_name", length = 200)
    private String venueName;

    @Column(name = "address_line", length = 300)
    private String addressLine;

    @Column(length = 10)
    private String postcode;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "directory_session", joinColumns = @JoinColumn(name = "listing_id"))
    @OrderColumn(name = "position")
    @Fetch(FetchMode.SUBSELECT)
    private List<DirectorySessionRow> sessions = new ArrayList<>();

    protected DirectoryListing() {
    }

    DirectoryListing(long partnershipId, long grantId, long organisationId) {
        this.publicId = UUID.randomUUID().toString();
        this.partnershipId = partnershipId;
        this.grantId = grantId;
        this.organisationId = organisationId;
    }

    void take(ListingForm form, Instant now) {
        this.name = form.name();
        this.description = form.description();
        this.whoFor = form.whoFor();
        this.howToRefer = form.howToRefer();
        this.referralEmail = form.referralEmail();
        this.webAddress = form.webAddress();
        this.venueName = form.venueName();
        this.addressLine = form.addressLine();
        this.postcode = form.postcode();
        this.published = form.published();
        sessions.clear();
        form.sessions().forEach(s -> sessions.add(new DirectorySessionRow(s)));
        this.updatedAt = now;
    }

    ListingForm form() {
        return new ListingForm(name, description, whoFor, howToRefer, referralEmail, webAddress, venueName,
                addressLine, postcode, sessions.stream().map(DirectorySessionRow::toSession).toList(), published);
    }

    Long getId() {
        return id;
    }

    UUID getPublicId() {
        return UUID.fromString(publicId);
    }

    long getPartnershipId() {
        return partnershipId;
    }

    long getGrantId() {
        return grantId;
    }

    long getOrganisationId() {
        return organisationId;
    }

    boolean isPublished() {
        return published;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
