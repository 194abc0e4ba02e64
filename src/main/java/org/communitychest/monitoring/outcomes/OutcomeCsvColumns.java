package org.communitychest.monitoring.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.communitychest.base.Message;

/**
 * The header of an outcomes file: its columns in any order and letter case. A column that is not one of the file's
 * is refused rather than ignored, so that no names or other details about people come in beside the codes; and
 * the answer columns come as whole sets (all four ONS4, all seven SWEMWBS, or both), so that no score is lost to a
 * column left out.
 */
final class OutcomeCsvColumns {

    static final String PARTICIPANT_CODE = ParticipantCode.FIELD;
    static final String STAGE = "stage"; // not user text: the outcomes file's columns, from here on
    static final String COLLECTED_ON = "collected_on";

    /** Every column, in the order the template writes them. */
    static final List<String> ALL = Stream.of(Stream.of(PARTICIPANT_CODE, STAGE, COLLECTED_ON),
            Stream.of(Ons4Item.values()).map(OutcomeItem::column),
            Stream.of(SwemwbsItem.values()).map(OutcomeItem::column)).flatMap(s -> s).toList();

    /** A measurement's values in the order of {@link #ALL}, blank where it has none. */
    static List<String> values(Measurement m) {
        return Stream.of(Stream.of(m.participant().value(), m.stage().fileValue(),
                        m.collectedOn().map(LocalDate::toString).orElse("")),
                Stream.of(Ons4Item.values()).map(item -> blankIfNull(m.ons4().answers().get(item))),
                Stream.of(SwemwbsItem.values()).map(item -> blankIfNull(m.swemwbs().answers().get(item))))
                .flatMap(s -> s).toList();
    }

    private static String blankIfNull(Integer answer) {
        return answer == null ? "" : answer.toString();
    }

    /** Where a column of the file stands, and how the file spells it. */
    record Column(int index, String header) {
    }

    private final Map<String, Column> columns;
    private final List<OutcomeCsvProblem> problems;

    private OutcomeCsvColumns(Map<String, Column> columns, List<OutcomeCsvProblem> problems) {
        this.columns = columns;
        this.problems = problems;
    }

    static OutcomeCsvColumns of(List<String> headerNames) {
        var columns = new LinkedHashMap<String, Column>();
        var problems = new ArrayList<OutcomeCsvProblem>();
        for (int i = 0; i < headerNames.size(); i++) {
            String header = headerNames.get(i);
            String name = normalised(header);
            if (name.isEmpty()) {
                continue;
            }
            if (!ALL.contains(name)) {
                problems.add(headerProblem(header, "outcomes.csv.column-unknown", header));
            } else if (columns.putIfAbsent(name, new Column(i, header)) != null) {
                problems.add(headerProblem(header, "outcomes.csv.column-twice", header));
            }
        }
        var missing = new ArrayList<String>();
        Stream.of(PARTICIPANT_CODE, STAGE).filter(c -> !columns.containsKey(c)).forEach(missing::add);
        boolean ons4 = missingFromSet(Ons4Item.values(), columns, missing);
        boolean swemwbs = missingFromSet(SwemwbsItem.values(), columns, missing);
        if (!missing.isEmpty()) {
            problems.add(new OutcomeCsvProblem(1, null, Message.of("outcomes.csv.columns-missing",
                    String.join(", ", missing))));
        }
        if (!ons4 && !swemwbs) {
            problems.add(new OutcomeCsvProblem(1, null, Message.of("outcomes.csv.no-answer-columns")));
        }
        return new OutcomeCsvColumns(columns, problems);
    }

    /** Whether the file has any of a measure's columns; if it has some, the ones it lacks go into {@code missing}. */
    private static boolean missingFromSet(OutcomeItem[] items, Map<String, Column> columns, List<String> missing) {
        var absent = Stream.of(items).map(OutcomeItem::column).filter(c -> !columns.containsKey(c)).toList();
        boolean any = absent.size() < items.length;
        if (any) {
            missing.addAll(absent);
        }
        return any;
    }

    private static OutcomeCsvProblem headerProblem(String header, String key, Object... args) {
        return new OutcomeCsvProblem(1, header, Message.of(key, args));
    }

    /** A name or value as the file is compared: in any letter case, with spaces or hyphens for underscores. */
    static String normalised(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    Column column(String column) {
        return columns.get(column);
    }

    /** Problems with the header itself: a file with any is refused before its rows are read. */
    List<OutcomeCsvProblem> problems() {
        return problems;
    }
}
