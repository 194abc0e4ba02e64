package org.communitychest.gaps;

import static org.communitychest.gaps.GapFileColumns.AREA_CODE;
import static org.communitychest.gaps.GapFileColumns.AREA_TYPE;
import static org.communitychest.gaps.GapFileColumns.CONNECTED;
import static org.communitychest.gaps.GapFileColumns.MEDIAN_WAIT;
import static org.communitychest.gaps.GapFileColumns.NEED;
import static org.communitychest.gaps.GapFileColumns.PERIOD_END;
import static org.communitychest.gaps.GapFileColumns.PERIOD_START;
import static org.communitychest.gaps.GapFileColumns.RECEIVED;
import static org.communitychest.gaps.GapFileColumns.SOURCE;
import static org.communitychest.gaps.GapFileColumns.UNMET;
import static org.communitychest.gaps.GapFileColumns.WAITING;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.communitychest.base.Message;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.AreaType;

/**
 * Reads a gap file row by row, holding one row at a time: checks each against the spec's rules and the
 * partnership's areas and needs, and hands on either the row or what is wrong with it.
 */
final class GapFileReader {

    /** The area types a gap file may name. */
    static final Set<AreaType> GAP_AREA_TYPES = Set.of(AreaType.WARD, AreaType.LSOA, AreaType.MSOA, AreaType.PCN,
            AreaType.NEIGHBOURHOOD);
    private static final Set<String> SUPPRESSED = Set.of("", "<5", "*"); // not user text: how sources suppress

    /** The partnership's areas by code and active needs by code. */
    record Known(Map<String, AreaInfo> areas, Map<String, Long> needs) {
    }

    /** What the reader hands on as it goes. */
    interface Sink {
        void row(GapRow row);

        void problem(GapImportProblem problem);

        /** Called every so often with the rows read so far. */
        void progress(long rows);
    }

    private final Known known;

    GapFileReader(Known known) {
        this.known = known;
    }

    /** Reads the whole file; returns the header's warnings, or its problems through the sink if it has any. */
    List<Message> read(Reader reader, Sink sink, int progressEvery) throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreSurroundingSpaces(true).get();
        try (var parser = format.parse(reader)) {
            var columns = GapFileColumns.of(parser.getHeaderNames());
            if (!columns.problems().isEmpty()) {
                columns.problems().forEach(sink::problem);
                return columns.warnings();
            }
            long rows = 0;
            for (CSVRecord record : parser) {
                new RowCheck(columns, record, parser.getCurrentLineNumber(), sink).check();
                if (++rows % progressEvery == 0) {
                    sink.progress(rows);
                }
            }
            sink.progress(rows);
            return columns.warnings();
        }
    }

    /** The checks of one row, each problem told with its column. */
    private final class RowCheck {

        private final GapFileColumns columns;
        private final CSVRecord record;
        private final long line;
        private final Sink sink;
        private boolean bad;

        RowCheck(GapFileColumns columns, CSVRecord record, long line, Sink sink) {
            this.columns = columns;
            this.record = record;
            this.line = line;
            this.sink = sink;
        }

        void check() {
            if (!record.isConsistent()) {
                fail(null, "staff.gaps.import.value-count", record.size(), record.getParser().getHeaderNames().size());
                return;
            }
            LocalDate start = date(PERIOD_START);
            LocalDate end = date(PERIOD_END);
            if (start != null && end != null && start.isAfter(end)) {
                fail(PERIOD_END, "staff.gaps.import.period-backwards", text(PERIOD_END), text(PERIOD_START));
            }
            AreaInfo area = area();
            Long need = need();
            Integer received = count(RECEIVED);
            Integer connected = count(CONNECTED);
            Integer unmet = count(UNMET);
            Integer waiting = count(WAITING);
            atMostReceived(CONNECTED, connected, received);
            atMostReceived(UNMET, unmet, received);
            Integer medianWait = columns.has(MEDIAN_WAIT) && !text(MEDIAN_WAIT).isEmpty() ? count(MEDIAN_WAIT) : null;
            SourceSystem source = source();
            if (!bad) {
                sink.row(new GapRow(line, start, end, area.id(), need, received, connected, unmet, waiting,
                        medianWait, source));
            }
        }

        private String text(String column) {
            return record.get(columns.header(column));
        }

        private void fail(String column, String key, Object... args) {
            bad = true;
            sink.problem(new GapImportProblem(line, column == null ? null : columns.header(column),
                    Message.of(key, args)));
        }

        private LocalDate date(String column) {
            String value = text(column);
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                fail(column, value.isEmpty() ? "staff.gaps.import.date-empty" : "staff.gaps.import.date-invalid",
                        value);
                return null;
            }
        }

        private AreaInfo area() {
            String typeText = text(AREA_TYPE);
            AreaType type = null;
            try {
                type = AreaType.valueOf(typeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // told below
            }
            if (type == null || !GAP_AREA_TYPES.contains(type)) {
                fail(AREA_TYPE, "staff.gaps.import.area-type-unknown", typeText);
            }
            String code = text(AREA_CODE).toUpperCase(Locale.ROOT);
            AreaInfo area = known.areas().get(code);
            if (code.isEmpty()) {
                fail(AREA_CODE, "staff.gaps.import.area-empty");
            } else if (area == null) {
                fail(AREA_CODE, "staff.gaps.import.area-unknown", text(AREA_CODE));
            } else if (type != null && area.type() != type) {
                fail(AREA_TYPE, "staff.gaps.import.area-type-differs", text(AREA_CODE), area.type().name(),
                        typeText);
            }
            return area;
        }

        private Long need() {
            String code = text(NEED);
            Long need = known.needs().get(code.toUpperCase(Locale.ROOT));
            if (need == null) {
                fail(NEED, code.isEmpty() ? "staff.gaps.import.need-empty" : "staff.gaps.import.need-unknown", code);
            }
            return need;
        }

        /** A count of people, or {@code null} where the source suppressed it. */
        private Integer count(String column) {
            String value = text(column);
            if (SUPPRESSED.contains(value)) {
                return null;
            }
            if (!value.matches("\\d{1,9}")) {
                fail(column, value.matches("-\\d+") ? "staff.gaps.import.count-negative"
                        : "staff.gaps.import.count-invalid", value);
                return null;
            }
            return Integer.valueOf(value);
        }

        private void atMostReceived(String column, Integer count, Integer received) {
            if (count != null && received != null && count > received) {
                fail(column, "staff.gaps.import.more-than-received", text(column), text(RECEIVED));
            }
        }

        private SourceSystem source() {
            String value = text(SOURCE);
            try {
                return SourceSystem.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fail(SOURCE, "staff.gaps.import.source-unknown", value);
                return null;
            }
        }
    }
}
