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

    static String review(long reportId) {
        return MonitoringPaths.review(reportId);
    }
}
