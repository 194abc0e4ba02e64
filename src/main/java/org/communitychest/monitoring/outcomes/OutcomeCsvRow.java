package org.communitychest.monitoring.outcomes;

import static org.communitychest.monitoring.outcomes.OutcomeCsvColumns.COLLECTED_ON;
import static org.communitychest.monitoring.outcomes.OutcomeCsvColumns.PARTICIPANT_CODE;
import static org.communitychest.monitoring.outcomes.OutcomeCsvColumns.STAGE;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.communitychest.base.Message;

/** The checks of one row of an outcomes file, each problem told with its column. */
final class OutcomeCsvRow {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    private final OutcomeCsvColumns columns;
    private final CSVRecord record;
    private final long line;
    private final List<OutcomeCsvProblem> problems = new ArrayList<>();
    private Optional<ParticipantStage> participantStage = Optional.empty();

    OutcomeCsvRow(OutcomeCsvColumns columns, CSVRecord record, long line) {
        this.columns = columns;
        this.record = record;
        this.line = line;
    }

    /** Who the row is about and when, where both are readable: how repeated rows are found. */
    record ParticipantStage(ParticipantCode participant, Stage stage) {
    }

    /** The row's measurement, or empty with its {@link #problems()}. */
    Optional<Measurement> check() {
        if (!record.isConsistent()) {
            fail(null, "outcomes.csv.value-count", record.size(), record.getParser().getHeaderNames().size());
            return Optional.empty();
        }
        Optional<ParticipantCode> participant = participant();
        Optional<Stage> stage = stage();
        participantStage = participant.flatMap(p -> stage.map(s -> new ParticipantStage(p, s)));
        Optional<LocalDate> collectedOn = collectedOn();
        var ons4 = answers(Ons4Item.values());
        var swemwbs = answers(SwemwbsItem.values());
        if (Stream.<OutcomeItem>concat(Stream.of(Ons4Item.values()), Stream.of(SwemwbsItem.values()))
                .allMatch(item -> text(item.column()).isEmpty())) {
            fail(null, Measurement.NO_ANSWERS);
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Measurement(participant.orElseThrow(), stage.orElseThrow(), collectedOn,
                new Ons4(ons4), new Swemwbs(swemwbs)));
    }

    /** Empty until {@link #check()}, and where the code or the stage is bad. */
    Optional<ParticipantStage> participantStage() {
        return participantStage;
    }

    long line() {
        return line;
    }

    List<OutcomeCsvProblem> problems() {
        return problems;
    }

    private String text(String column) {
        return columns.has(column) ? record.get(columns.column(column).index()) : "";
    }

    private void fail(String column, String key, Object... args) {
        fail(column, Message.of(key, args));
    }

    private void fail(String column, Message reason) {
        problems.add(new OutcomeCsvProblem(line, column == null ? null : columns.column(column).header(), reason));
    }

    private Optional<ParticipantCode> participant() {
        String value = text(PARTICIPANT_CODE);
        var problem = ParticipantCode.problemWith(value);
        problem.ifPresent(reason -> fail(PARTICIPANT_CODE, reason));
        return problem.isPresent() ? Optional.empty() : Optional.of(ParticipantCode.of(value));
    }

    private Optional<Stage> stage() {
        String value = text(STAGE);
        Optional<Stage> stage = Stage.ofFileValue(value);
        if (stage.isEmpty()) {
            fail(STAGE, value.isEmpty() ? "outcomes.csv.stage-empty" : "outcomes.csv.stage-unknown", value);
        }
        return stage;
    }

    private Optional<LocalDate> collectedOn() {
        String value = text(COLLECTED_ON);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            fail(COLLECTED_ON, "outcomes.csv.date-invalid", value);
            return Optional.empty();
        }
    }

    /** The answers the row gives to a measure's questions; a blank cell is a question not answered. */
    private <I extends Enum<I> & OutcomeItem> Map<I, Integer> answers(I[] items) {
        var answers = new LinkedHashMap<I, Integer>();
        for (I item : items) {
            String value = text(item.column());
            if (value.isEmpty()) {
                continue;
            }
            if (!WHOLE_NUMBER.matcher(value).matches()) {
                fail(item.column(), "outcomes.answer.not-a-number", value, item.lowest(), item.highest());
                continue;
            }
            int answer = Integer.parseInt(value);
            item.problemWith(answer).ifPresentOrElse(problem -> fail(item.column(), problem),
                    () -> answers.put(item, answer));
        }
        return answers;
    }
}
