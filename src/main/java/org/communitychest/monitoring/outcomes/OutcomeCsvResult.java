package org.communitychest.monitoring.outcomes;

import java.util.List;

/** An outcomes file read all or nothing: every row, or every problem and no rows. */
public sealed interface OutcomeCsvResult {

    /** Every row of the file passed, in the file's order. */
    record Accepted(List<Measurement> measurements) implements OutcomeCsvResult {
        public Accepted {
            measurements = List.copyOf(measurements);
        }
    }

    /** Nothing is to be saved: the file's problems, those of the file first, then row by row. */
    record Refused(List<OutcomeCsvProblem> problems) implements OutcomeCsvResult {
        public Refused {
            problems = List.copyOf(problems);
        }
    }
}
