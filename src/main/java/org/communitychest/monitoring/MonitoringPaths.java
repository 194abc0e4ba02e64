package org.communitychest.monitoring;

/** The addresses of the monitoring pages that mails link to, kept with the routes that serve them. */
public final class MonitoringPaths {

    private MonitoringPaths() {
    }

    public static String report(long reportId) {
        return "reports/" + reportId; // not user text: route
    }

    public static String review(long reportId) {
        return "reports/" + reportId + "/review"; // not user text: route
    }
}
