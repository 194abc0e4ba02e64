package org.communitychest.monitoring.outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.communitychest.base.Message;
import org.communitychest.base.StrictUtf8;

/**
 * The outcomes file a project uploads: UTF-8 (a byte order mark is allowed), a header row naming the columns in any
 * order and case, then a row per participant and stage. It is read all or nothing, so a project fixes its file and
 * uploads it again rather than wondering which rows were saved: either every row as a {@link Measurement}, or every
 * problem with its line number.
 */
public final class OutcomeCsv {

    /** More rows than any project has participants; a larger file is refused before it fills memory. */
    public static final int MAX_ROWS = 10_000;

    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false).setTrim(true).setIgnoreSurroundingSpaces(true)
            .setAllowMissingColumnNames(true).setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL).get();
    private static final Measurement EXAMPLE = new Measurement(ParticipantCode.of("AB-001"), Stage.BASELINE,
            Optional.of(LocalDate.of(2026, 4, 1)), Ons4.of(6, 7, 5, 4), Swemwbs.of(3, 3, 2, 3, 3, 4, 3));

    private final List<Measurement> measurements = new ArrayList<>();
    private final List<OutcomeCsvProblem> problems = new ArrayList<>();
    private final Map<OutcomeCsvRow.ParticipantStage, Long> linesByParticipantStage = new HashMap<>();
    /** The line the next record starts on. */
    private long line = 1;

    private OutcomeCsv() {
    }

    /**
     * Reads an uploaded file, to its end or to the first problem of the file as a whole, and closes the stream.
     * A stream that fails to read throws an {@link UncheckedIOException}.
     */
    public static OutcomeCsvResult read(InputStream in) {
        var file = new OutcomeCsv();
        try (Reader reader = withoutByteOrderMark(StrictUtf8.reader(in)); CSVParser parser = READ.parse(reader)) {
            return file.readRows(parser);
        } catch (IOException e) {
            return file.unreadable(e);
        } catch (UncheckedIOException e) {
            return file.unreadable(e.getCause());
        }
    }

    /**
     * A file to fill in: the header and one example row. Offered for download beside the upload, so that projects
     * start from the columns the reader expects.
     */
    public static String template() {
        return write(List.of(EXAMPLE));
    }

    /** The measurements as an outcomes file, which {@link #read} reads back to the same measurements. */
    public static String write(List<Measurement> measurements) {
        var out = new StringBuilder(CSVFormat.DEFAULT.format(OutcomeCsvColumns.ALL.toArray())).append("\r\n");
        for (Measurement measurement : measurements) {
            out.append(CSVFormat.DEFAULT.format(OutcomeCsvColumns.values(measurement).toArray())).append("\r\n");
        }
        return out.toString();
    }

    private OutcomeCsvResult readRows(CSVParser parser) {
        if (parser.getHeaderNames().isEmpty()) {
            return refused(0, "outcomes.csv.empty");
        }
        var columns = OutcomeCsvColumns.of(parser.getHeaderNames());
        if (!columns.problems().isEmpty()) {
            return new OutcomeCsvResult.Refused(columns.problems());
        }
        line = parser.getCurrentLineNumber() + 1;
        int rows = 0;
        for (CSVRecord record : parser) {
            if (!isBlank(record)) {
                if (++rows > MAX_ROWS) {
                    return refused(0, "outcomes.csv.too-many-rows", MAX_ROWS);
                }
                row(new OutcomeCsvRow(columns, record, line));
            }
            line = parser.getCurrentLineNumber() + 1;
        }
        if (!problems.isEmpty()) {
            return new OutcomeCsvResult.Refused(problems);
        }
        return measurements.isEmpty() ? refused(0, "outcomes.csv.no-rows")
                : new OutcomeCsvResult.Accepted(measurements);
    }

    private void row(OutcomeCsvRow row) {
        Optional<Measurement> measurement = row.check();
        problems.addAll(row.problems());
        row.participantStage().ifPresent(key -> {
            Long first = linesByParticipantStage.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(new OutcomeCsvProblem(row.line(), null, Message.of("outcomes.csv.row-repeated",
                        key.participant().value(), key.stage().label(), first)));
            }
        });
        measurement.ifPresent(measurements::add);
    }

    private OutcomeCsvResult unreadable(IOException e) {
        if (e instanceof CharacterCodingException) {
            return refused(0, "outcomes.csv.not-utf8");
        }
        if (e instanceof CSVException) {
            return refused(line, "outcomes.csv.not-csv", line);
        }
        throw new UncheckedIOException(e);
    }

    private static OutcomeCsvResult refused(long line, String key, Object... args) {
        return new OutcomeCsvResult.Refused(List.of(new OutcomeCsvProblem(line, null, Message.of(key, args))));
    }

    /** A line left empty, or a row of empty cells as spreadsheets write below the data. */
    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isEmpty);
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        var pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
