package org.communitychest.monitoring.outcomes;

import java.util.List;

/**
 * A project's measurements. Participant codes are the project's own, so two projects may both have an AB-001:
 * a round's results pair measurements within each project only.
 */
public record ProjectMeasurements(long projectId, List<Measurement> measurements) {

    public ProjectMeasurements {
        measurements = List.copyOf(measurements);
    }
}
