package org.communitychest.organisations;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A group's whole profile as its members see it. {@code version} goes back into
 * {@link Organisations#update(long, long, OrganisationForm)} so that nobody silently overwrites a colleague.
 */
public record OrganisationProfile(long id, long version, String name, LegalForm legalForm, String charityNumber,
        String companyNumber, String addressLine1, String addressLine2, String town, String postcode,
        IncomeBand incomeBand, String webAddress, Instant createdAt, List<MemberInfo> members,
        List<PendingInvitation> pendingInvitations) {

    public OrganisationProfile withoutPendingInvitations() {
        return new OrganisationProfile(id, version, name, legalForm, charityNumber, companyNumber, addressLine1,
                addressLine2, town, postcode, incomeBand, webAddress, createdAt, members, List.of());
    }

    public OrganisationForm toForm() {
        return new OrganisationForm(name, legalForm, charityNumber, companyNumber, addressLine1, addressLine2, town,
                postcode, incomeBand, webAddress);
    }

    public OrganisationSummary toSummary() {
        return new OrganisationSummary(id, name, legalForm);
    }

    /** The address on one line, e.g. ‘Oxford House, Derbyshire Street, London E2 6HG’. */
    public String addressText() {
        return Stream.of(addressLine1, addressLine2, town + " " + postcode)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(", "));
    }
}
