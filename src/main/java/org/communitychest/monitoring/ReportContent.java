package org.communitychest.monitoring;

import java.util.List;
import java.util.Map;

/**
 * What a report says, as far as the group has written it: activity figures, referrals received from social
 * prescribers by need category id, participants by age band, spend per budget line, the story, challenges and
 * changes. Any of it may still be missing until the report is submitted.
 */
public record ReportContent(Integer sessions, Integer participants, Integer attendances,
        Map<Long, Integer> referralsByNeed, Map<AgeBand, Integer> ages, List<SpendLine> spend, boolean spendConfirmed,
        String story, boolean photoConsent, String challenges, String planChanges) {
}
