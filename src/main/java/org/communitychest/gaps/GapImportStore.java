package org.communitychest.gaps;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.communitychest.base.Message;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The imports, their problems and the figures, in plain JDBC: a million figures go in as batched inserts, which
 * JPA would hold in its persistence context one entity at a time.
 */
@Component
class GapImportStore {

    static final int PROBLEMS_KEPT = GapImportStatus.PROBLEMS_KEPT;
    private static final String ARG_SEPARATOR = "\u001F"; // not user text: separates stored message values

    private static final String INSERT_FIGURE = """
            INSERT INTO gap_figure (partnership_id, import_id, line_number, period_start, period_end, area_id,
            need_category_id, referrals_received, referrals_connected, referrals_unmet, referrals_waiting,
            median_wait_days, source_system)""";

    private final JdbcTemplate jdbc;
    /** Whether the database is H2 rather than MySQL or MariaDB; asked of the first connection that needs to know. */
    private volatile Boolean h2;

    GapImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long start(long partnershipId, String fileName, String sha256, long bytes, String actor, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                INSERT INTO gap_import (partnership_id, file_name, file_sha256, file_bytes, imported_by, started_at,
                state) VALUES (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            statement.setLong(1, partnershipId);
            statement.setString(2, fileName);
            statement.setString(3, sha256);
            statement.setLong(4, bytes);
            statement.setString(5, actor);
            statement.setTimestamp(6, Timestamp.from(now));
            statement.setString(7, GapImportState.CHECKING.name());
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    void progress(long id, GapImportState state, long rowsRead, long bytesRead, long rowsSaved) {
        jdbc.update("""
                UPDATE gap_import SET state = ?, rows_read = ?, bytes_read = ?, rows_saved = ? WHERE id = ?""",
                state.name(), rowsRead, bytesRead, rowsSaved, id);
    }

    void finish(long id, GapImportState state, long rowsSaved, long rowsReplaced, long problems,
            Collection<String> ignoredColumns, String failure, Long sameAs, Instant now) {
        jdbc.update("""
                UPDATE gap_import SET state = ?, rows_saved = ?, rows_replaced = ?, problem_count = ?, warnings = ?,
                failure = ?, same_as_import_id = ?, finished_at = ? WHERE id = ?""", state.name(),
                rowsSaved, rowsReplaced, problems, ignoredColumns.isEmpty() ? null : String.join(ARG_SEPARATOR,
                        ignoredColumns), failure == null ? null : failure.substring(0, Math.min(1000,
                        failure.length())), sameAs, Timestamp.from(now), id);
    }

    /** The earlier import of the same file that saved its figures, if any. */
    Optional<Long> doneWithSameFile(long partnershipId, String sha256, long exceptId) {
        return jdbc.queryForList("""
                SELECT id FROM gap_import WHERE partnership_id = ? AND file_sha256 = ? AND state = 'DONE' AND id <>
                ? ORDER BY id""", Long.class, partnershipId, sha256, exceptId).stream()
                .findFirst();
    }

    void saveProblems(long importId, List<GapImportProblem> problems) {
        jdbc.batchUpdate("""
                INSERT INTO gap_import_problem (import_id, line_number, column_name, message_key, message_args)
                VALUES (?, ?, ?, ?, ?)""", problems, 1000, (statement, problem) -> {
                    statement.setLong(1, importId);
                    statement.setLong(2, problem.line());
                    statement.setString(3, problem.column());
                    statement.setString(4, problem.reason().key());
                    statement.setString(5, String.join(ARG_SEPARATOR, Arrays.stream(problem.reason().args())
                            .map(String::valueOf).toList()));
                });
    }

    List<GapImportProblem> problems(long importId, int offset, int limit) {
        return jdbc.query("""
                SELECT line_number, column_name, message_key, message_args FROM gap_import_problem WHERE import_id =
                ? ORDER BY line_number, id LIMIT ? OFFSET ?""", (rs, n) -> {
                    String args = rs.getString("message_args");
                    return new GapImportProblem(rs.getLong("line_number"), rs.getString("column_name"),
                            Message.of(rs.getString("message_key"), args == null || args.isEmpty() ? new Object[0]
                                    : (Object[]) args.split(ARG_SEPARATOR, -1)));
                }, importId, limit, offset);
    }

    Optional<GapImportStatus> status(long partnershipId, long id) {
        return jdbc.query("""
                SELECT * FROM gap_import WHERE partnership_id = ? AND id = ?""", GapImportStore::status,
                partnershipId, id).stream().findFirst();
    }

    List<GapImportStatus> recent(long partnershipId, int limit) {
        return jdbc.query("""
                SELECT * FROM gap_import WHERE partnership_id = ? ORDER BY id DESC LIMIT ?""",
                GapImportStore::status, partnershipId, limit);
    }

    /** Imports still checking or saving that started before {@code instant}: none of them will finish. */
    List<Long> unfinishedBefore(Instant instant) {
        return jdbc.queryForList("""
                SELECT id FROM gap_import WHERE state IN ('CHECKING', 'SAVING') AND started_at < ?""", Long.class,
                Timestamp.from(instant));
    }

    private static GapImportStatus status(ResultSet rs, int row) throws SQLException {
        String warnings = rs.getString("warnings");
        List<Message> ignored = new ArrayList<>();
        if (warnings != null) {
            for (String column : warnings.split(ARG_SEPARATOR)) {
                ignored.add(Message.of("staff.gaps.import.column-ignored", column));
            }
        }
        Timestamp finished = rs.getTimestamp("finished_at");
        Long sameAs = rs.getObject("same_as_import_id", Long.class);
        return new GapImportStatus(rs.getLong("id"), rs.getString("file_name"), rs.getString("file_sha256"),
                rs.getLong("file_bytes"), rs.getString("imported_by"), rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant(), GapImportState.valueOf(rs.getString("state")),
                rs.getLong("rows_read"), rs.getLong("bytes_read"), rs.getLong("rows_saved"),
                rs.getLong("rows_replaced"), rs.getLong("problem_count"), ignored, rs.getString("failure"), sameAs);
    }

    // The figures, inside the saving transaction.

    void lockPartnership(long partnershipId) {
        jdbc.queryForList("""
                SELECT id FROM partnership WHERE id = ? FOR UPDATE""", Long.class, partnershipId);
    }

    /**
     * Whether the partnership has current figures for periods starting between these dates: one indexed look,
     * however many periods the file has. If not, the file can replace nothing and saving skips
     * {@link #markReplaced}.
     */
    boolean hasFiguresBetween(long partnershipId, LocalDate firstStart, LocalDate lastStart) {
        return jdbc.query("""
                SELECT 1 FROM gap_figure WHERE partnership_id = ? AND period_start BETWEEN ? AND ? AND
                replaced_by_import_id IS NULL LIMIT 1""", (ResultSetExtractor<Boolean>) ResultSet::next, partnershipId,
                firstStart, lastStart);
    }

    /**
     * Marks as replaced by the import the partnership's current figures from earlier imports that have the period,
     * area and need of one of the import's own figures: one statement once all of them are saved, which the
     * database answers from the two indexes (a statement per batch, with the batch's thousand keys in it, took
     * MariaDB minutes for a million rows). MySQL refuses a subquery on the table being updated and H2 knows no
     * UPDATE with a JOIN, so each has its own statement.
     */
    int markReplaced(long partnershipId, long importId, LocalDate firstStart, LocalDate lastStart) {
        if (onH2()) {
            return jdbc.update("""
                    UPDATE gap_figure earlier SET replaced_by_import_id = ? WHERE earlier.partnership_id = ? AND
                    earlier.period_start BETWEEN ? AND ? AND earlier.replaced_by_import_id IS NULL AND
                    earlier.import_id <> ? AND EXISTS (SELECT 1 FROM gap_figure incoming WHERE incoming.import_id = ?
                    AND incoming.period_start = earlier.period_start AND incoming.period_end = earlier.period_end AND
                    incoming.area_id = earlier.area_id AND incoming.need_category_id = earlier.need_category_id)""",
                    importId, partnershipId, firstStart, lastStart, importId, importId);
        }
        return jdbc.update("""
                UPDATE gap_figure earlier JOIN gap_figure incoming ON incoming.import_id = ? AND
                incoming.period_start = earlier.period_start AND incoming.period_end = earlier.period_end AND
                incoming.area_id = earlier.area_id AND incoming.need_category_id = earlier.need_category_id SET
                earlier.replaced_by_import_id = incoming.import_id WHERE earlier.partnership_id = ? AND
                earlier.period_start BETWEEN ? AND ? AND earlier.replaced_by_import_id IS NULL AND
                earlier.import_id <> ?""", importId, partnershipId, firstStart, lastStart, importId);
    }

    private boolean onH2() {
        Boolean h2 = this.h2;
        if (h2 == null) {
            h2 = jdbc.execute((ConnectionCallback<Boolean>) connection -> "H2".equals( // not user text: JDBC name
                    connection.getMetaData().getDatabaseProductName()));
            this.h2 = h2;
        }
        return h2;
    }

    void insert(long partnershipId, long importId, List<GapRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (!onH2()) {
            jdbc.execute(valuesInsert(partnershipId, importId, rows));
            return;
        }
        jdbc.batchUpdate(INSERT_FIGURE + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, rows.size(), (statement, row) -> {
                    statement.setLong(1, partnershipId);
                    statement.setLong(2, importId);
                    statement.setLong(3, row.line());
                    statement.setObject(4, row.periodStart());
                    statement.setObject(5, row.periodEnd());
                    statement.setLong(6, row.areaId());
                    statement.setLong(7, row.needCategoryId());
                    count(statement, 8, row.received());
                    count(statement, 9, row.connected());
                    count(statement, 10, row.unmet());
                    count(statement, 11, row.waiting());
                    count(statement, 12, row.medianWaitDays());
                    statement.setString(13, row.source().name());
                });
    }

    /**
     * One multi-row insert written out in full, for MySQL and MariaDB: a server-prepared batch, which the
     * connection needs for large uploads, saves about a third as many rows a second there. Every value is a number,
     * a date or an enum's name the code chose, never text from the file, so writing them into the statement is safe.
     */
    private static String valuesInsert(long partnershipId, long importId, List<GapRow> rows) {
        var sql = new StringBuilder(INSERT_FIGURE.length() + rows.size() * 90).append(INSERT_FIGURE).append(" VALUES ");
        String prefix = "(" + partnershipId + "," + importId + ",";
        for (int i = 0; i < rows.size(); i++) {
            GapRow row = rows.get(i);
            sql.append(i == 0 ? "" : ",").append(prefix).append(row.line())
                    .append(",'").append(row.periodStart()).append("','").append(row.periodEnd()).append("',")
                    .append(row.areaId()).append(',').append(row.needCategoryId()).append(',')
                    .append(row.received()).append(',').append(row.connected()).append(',')
                    .append(row.unmet()).append(',').append(row.waiting()).append(',')
                    .append(row.medianWaitDays()).append(",'").append(row.source().name()).append("')");
        }
        return sql.toString();
    }

    private static void count(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    /**
     * Rows of the import that repeat an earlier row's period, area and need, with the line they repeat: found by
     * the database walking the import's index in order, so checking a million rows needs no memory of them here.
     * (Grouping by import_id too, though it is the same for all, is what lets H2 see that the index is in the
     * grouping's order; without it, H2 holds every group on the heap.)
     */
    List<GapImportProblem> repeatedRows(long importId) {
        return jdbc.query("""
                SELECT MIN(line_number) AS first_line, MAX(line_number) AS last_line FROM gap_figure WHERE import_id
                = ? GROUP BY import_id, period_start, period_end, area_id, need_category_id HAVING COUNT(*) > 1
                ORDER BY last_line LIMIT ?""", (rs, n) -> new GapImportProblem(
                        rs.getLong("last_line"), null, Message.of("staff.gaps.import.row-repeated",
                        String.valueOf(rs.getLong("first_line")))), importId, PROBLEMS_KEPT);
    }
}
