package org.communitychest.applications;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.communitychest.base.Message;

/** What the applicant typed in each section, as the section pages send it. */
public final class Answers {

    private Answers() {
    }

    public record About(String projectTitle, String summary, String summaryMediaUrl, String needStatement) {
    }

    public record WhoItHelps(Set<Long> needCategoryIds, Set<Long> areaIds, Integer referralCapacity,
            String beneficiaries) {

        public static final int LARGEST_CAPACITY = 10_000;
        public static final Message CAPACITY_RANGE = Message.of("apply.rules.capacity-range");
    }

    public record Activities(String activities, LocalDate startDate, LocalDate endDate) {
    }

    public record Budget(List<BudgetLine> lines) {
    }

    public record Declarations(boolean informationTrue, boolean shareWithPanel, boolean safeguarding, String name,
            String role) {
    }
}
