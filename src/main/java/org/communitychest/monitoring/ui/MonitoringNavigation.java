package org.communitychest.monitoring.ui;

import org.communitychest.monitoring.MonitoringPaths;
import org.communitychest.monitoring.ReportSection;

/** Routes of the report pages. */
final class MonitoringNavigation {

    private MonitoringNavigation() {
    }

    static String report(long reportId) {
        return MonitoringPaths.report(reportId);
    }

    static String part(long reportId, ReportSection section) {
        return MonitoringPaths.report(reportId) + "/part/" + section.slug();
    }

    static String check(long reportId) {
        return MonitoringPaths.report(reportId) + "/check";
    }

    static String listing(long grantId) {
        return "grants/" + grantId + "/listing"; // not user text: route
    }

    static String directory(String partnershipCode) {
        return "directory/" + partnershipCode; // not user text: route
    }

    static String directoryEntry(java.util.UUID id) {
        return "directory/activity/" + id; // not user text: route
    }

    static String roundOutcomes(long roundId) {
        return "rounds/" + roundId + "/outcomes"; // not user text: route
    }

    static String review(long reportId) {
        return MonitoringPaths.review(reportId);
    }
}
