package org.communitychest.monitoring.outcomes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What a project's or a round's outcomes show, measure by measure ({@link OutcomeMeasure}): over the participants
 * with a value at both baseline and follow-up, the mean change with its paired-t 95% confidence interval, and for
 * SWEMWBS the share whose metric score rose meaningfully.
 *
 * @param measures one result per measure, in the order of {@link OutcomeMeasure}
 */
public record OutcomeResults(List<MeasureResult> measures) {

    /** Fewer matched pairs than this are too few to report. */
    public static final int MINIMUM_PAIRS = 5;

    public OutcomeResults {
        measures = List.copyOf(measures);
    }

    public static OutcomeResults forProject(List<Measurement> measurements) {
        return forRound(List.of(new ProjectMeasurements(0, measurements)));
    }

    /**
     * Over all the round's participants, each matched within their own project. A project may come in more than
     * one part; a participant must not have two measurements at the same stage.
     */
    public static OutcomeResults forRound(List<ProjectMeasurements> projects) {
        List<MatchedParticipant> matched = matched(projects);
        var results = new ArrayList<MeasureResult>();
        for (OutcomeMeasure measure : OutcomeMeasure.values()) {
            results.add(result(measure, matched));
        }
        return new OutcomeResults(results);
    }

    public MeasureResult result(OutcomeMeasure measure) {
        return measures.get(measure.ordinal());
    }

    private record MatchedParticipant(Measurement baseline, Measurement followUp) {
    }

    private static List<MatchedParticipant> matched(List<ProjectMeasurements> projects) {
        var byProject = new LinkedHashMap<Long, Map<ParticipantCode, Map<Stage, Measurement>>>();
        for (ProjectMeasurements project : projects) {
            var participants = byProject.computeIfAbsent(project.projectId(), p -> new LinkedHashMap<>());
            for (Measurement m : project.measurements()) {
                var stages = participants.computeIfAbsent(m.participant(), c -> new EnumMap<>(Stage.class));
                if (stages.putIfAbsent(m.stage(), m) != null) {
                    throw new IllegalArgumentException("measured twice at one stage: " + m + " in " + project);
                }
            }
        }
        var matched = new ArrayList<MatchedParticipant>();
        byProject.values().forEach(participants -> participants.values().forEach(stages -> {
            if (stages.size() == Stage.values().length) {
                matched.add(new MatchedParticipant(stages.get(Stage.BASELINE), stages.get(Stage.FOLLOW_UP)));
            }
        }));
        return matched;
    }

    private static MeasureResult result(OutcomeMeasure measure, List<MatchedParticipant> participants) {
        var differences = new ArrayList<Double>();
        int roseMeaningfully = 0;
        for (MatchedParticipant p : participants) {
            OptionalDouble before = measure.valueIn(p.baseline());
            OptionalDouble after = measure.valueIn(p.followUp());
            if (before.isPresent() && after.isPresent()) {
                differences.add(after.getAsDouble() - before.getAsDouble());
                if (measure == OutcomeMeasure.SWEMWBS
                        && Swemwbs.roseMeaningfully(before.getAsDouble(), after.getAsDouble())) {
                    roseMeaningfully++;
                }
            }
        }
        if (differences.size() < MINIMUM_PAIRS) {
            return new MeasureResult.TooFewToReport(measure);
        }
        var change = PairedChange.of(differences.stream().mapToDouble(Double::doubleValue).toArray());
        OptionalDouble share = measure == OutcomeMeasure.SWEMWBS
                ? OptionalDouble.of((double) roseMeaningfully / differences.size()) : OptionalDouble.empty();
        return new MeasureResult.Reported(measure, change, share);
    }
}
