package org.communitychest.awards.giving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.communitychest.base.Money;

/**
 * One grant as the 360Giving standard publishes it, already resolved from the portal's records. Its recipient is
 * always an organisation: a grant to an individual is never exported, and nothing here can hold a person's name or
 * contact details. Optional values are {@code null} (or empty lists, or {@code durationMonths} 0) and are left out of
 * the export. Amounts are never negative.
 *
 * @param identifier     the grant's {@code 360G-…} identifier ({@link GivingIdentifiers#grant})
 * @param recipientId    the recipient's org-id ({@link GivingIdentifiers#recipient})
 * @param locationScope  a code of the standard's location scope list, such as {@code GLS060}
 * @param dataSource     the web address of the portal's export this grant is published in
 */
public record GivingGrant(String identifier, String title, String description, Money amountAppliedFor,
        Money amountAwarded, Money amountDisbursed, LocalDate awardDate, LocalDate plannedStart,
        LocalDate plannedEnd, int durationMonths, String recipientId, String recipientName, String charityNumber,
        String companyNumber, String postalCode, List<Location> beneficiaryLocations, String funderId,
        String funderName, String programmeCode, String programmeTitle, boolean fromOpenCall,
        List<Classification> classifications, String locationScope, Instant dateModified, String dataSource) {

    public GivingGrant {
        requireText(identifier, "identifier");
        requireText(title, "title");
        requireText(description, "description");
        requireText(recipientId, "recipientId");
        requireText(recipientName, "recipientName");
        requireText(funderId, "funderId");
        requireText(funderName, "funderName");
        Objects.requireNonNull(awardDate, "awardDate");
        Objects.requireNonNull(amountAwarded, "amountAwarded");
        requireNotNegative(amountAppliedFor, "amountAppliedFor");
        requireNotNegative(amountAwarded, "amountAwarded");
        requireNotNegative(amountDisbursed, "amountDisbursed");
        if (durationMonths < 0) {
            throw new IllegalArgumentException("durationMonths is negative: " + durationMonths);
        }
        beneficiaryLocations = beneficiaryLocations == null ? List.of() : List.copyOf(beneficiaryLocations);
        classifications = classifications == null ? List.of() : List.copyOf(classifications);
    }

    /** An area the grant's project serves, such as a ward: its name, and its ONS code with the code's type. */
    public record Location(String name, String geoCode, String geoCodeType) {

        public Location {
            requireText(name, "name");
        }
    }

    /** A category the grant is counted under, such as a need it meets: a code in a named vocabulary. */
    public record Classification(String vocabulary, String code, String title) {

        public Classification {
            requireText(vocabulary, "vocabulary");
            requireText(code, "code");
        }
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }

    private static void requireNotNegative(Money amount, String name) {
        if (amount != null && amount.isNegative()) {
            throw new IllegalArgumentException(name + " is negative: " + amount.pence() + "p");
        }
    }
}
