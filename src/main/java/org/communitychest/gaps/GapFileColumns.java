package org.communitychest.gaps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.communitychest.base.Message;

/**
 * The header of a gap file: the spec's columns in any order and letter case, extra ones ignored with a warning, and
 * a file refused outright when a column looks like it holds a person's identifier: gap figures are counts about
 * areas, never about people.
 */
final class GapFileColumns {

    static final String PERIOD_START = "period_start"; // not user text: the spec's column names, from here on
    static final String PERIOD_END = "period_end";
    static final String AREA_TYPE = "area_type";
    static final String AREA_CODE = "area_code";
    static final String NEED = "need_category";
    static final String RECEIVED = "referrals_received";
    static final String CONNECTED = "referrals_connected";
    static final String UNMET = "referrals_unmet";
    static final String WAITING = "referrals_waiting";
    static final String MEDIAN_WAIT = "median_wait_days";
    static final String SOURCE = "source_system";

    static final List<String> REQUIRED = List.of(PERIOD_START, PERIOD_END, AREA_TYPE, AREA_CODE, NEED, RECEIVED,
            CONNECTED, UNMET, WAITING, SOURCE);
    static final Set<String> OPTIONAL = Set.of(MEDIAN_WAIT);

    /** Names a column of people's details goes by in case-management exports. */
    private static final Pattern PERSONAL = Pattern.compile(
            "nhs.*|.*nhs_?(no|num|number)|(patient|client|person|service_?user)(_?(id|name|number|no))?|"
                    + "(first|last|given|family|full|fore|sur|middle)_?names?|surname|forename|name|"
                    + "d_?o_?b|date_?of_?birth|birth_?date|birthday|e_?mail|phone|telephone|mobile|address|"
                    + "post_?code|chi_?(no|number)?|mrn|hospital_?number"); // not user text: column names

    private final Map<String, String> headers;
    private final List<Message> warnings;
    private final List<GapImportProblem> problems;

    private GapFileColumns(Map<String, String> headers, List<Message> warnings, List<GapImportProblem> problems) {
        this.headers = headers;
        this.warnings = warnings;
        this.problems = problems;
    }

    static GapFileColumns of(List<String> headerNames) {
        var headers = new LinkedHashMap<String, String>();
        var warnings = new ArrayList<Message>();
        var problems = new ArrayList<GapImportProblem>();
        for (String header : headerNames) {
            String name = normalised(header);
            if (name.isEmpty()) {
                continue;
            }
            if (REQUIRED.contains(name) || OPTIONAL.contains(name)) {
                if (headers.putIfAbsent(name, header) != null) {
                    problems.add(new GapImportProblem(1, header, Message.of("staff.gaps.import.column-twice",
                            header)));
                }
            } else if (PERSONAL.matcher(name).matches()) {
                problems.add(new GapImportProblem(1, header, Message.of("staff.gaps.import.column-personal",
                        header)));
            } else {
                warnings.add(Message.of("staff.gaps.import.column-ignored", header));
            }
        }
        var missing = REQUIRED.stream().filter(c -> !headers.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new GapImportProblem(1, null, Message.of("staff.gaps.import.columns-missing",
                    String.join(", ", missing))));
        }
        return new GapFileColumns(headers, warnings, problems);
    }

    private static String normalised(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /** The header as the file spells it, for a column of the spec. */
    String header(String column) {
        return headers.get(column);
    }

    boolean has(String column) {
        return headers.containsKey(column);
    }

    List<Message> warnings() {
        return warnings;
    }

    /** Problems with the header itself: a file with any is refused before its rows are read. */
    List<GapImportProblem> problems() {
        return problems;
    }
}
