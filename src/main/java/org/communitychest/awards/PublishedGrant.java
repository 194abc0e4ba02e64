package org.communitychest.awards;

import java.time.LocalDate;
import java.util.List;
import org.communitychest.base.Money;

/** An accepted grant as the public page lists it: the group, the project, the amount, where and what for. */
public record PublishedGrant(String organisationName, String projectTitle, Money amount, LocalDate awarded,
        String roundTitle, List<String> areas, List<String> needs) {
}
