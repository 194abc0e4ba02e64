package org.communitychest.gaps;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.communitychest.base.CurrentUser;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.AreaType;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current gap figures of the officer's partnership, need by need and area by area: a period's matrix, the
 * largest gaps first, a cell's history. Each answer costs the same few statements however many figures there are.
 */
@Service
public class GapFigures {

    private final JdbcTemplate jdbc;
    private final Areas areas;
    private final NeedCategories needs;
    private final CurrentUser currentUser;

    GapFigures(JdbcTemplate jdbc, Areas areas, NeedCategories needs, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.needs = needs;
        this.currentUser = currentUser;
    }

    /** The periods with current figures, newest first. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<GapPeriod> periods() {
        return jdbc.query("""
                SELECT DISTINCT period_start, period_end FROM gap_figure WHERE partnership_id = ? AND
                replaced_by_import_id IS NULL ORDER BY period_start DESC, period_end DESC""",
                (rs, n) -> new GapPeriod(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)),
                currentUser.partnershipId());
    }

    /**
     * Every gap of the period, largest first, for areas of {@code areaType} and the need {@code needCategoryId}
     * (either {@code null} for all).
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<GapCell> matrix(GapPeriod period, AreaType areaType, Long needCategoryId) {
        long partnershipId = currentUser.partnershipId();
        var cells = cells(partnershipId, area -> areaType == null || area.type() == areaType, """
                SELECT * FROM gap_figure WHERE partnership_id = ? AND replaced_by_import_id IS NULL AND
                period_start = ? AND period_end = ?""", partnershipId, period.start(), period.end());
        return cells.stream()
                .filter(c -> needCategoryId == null || c.needCategoryId() == needCategoryId)
                .sorted(GapCell.PRIORITY).toList();
    }

    /**
     * Every current gap of every period, oldest period first and the largest gap first within a period: what a
     * trend across periods is worked out from, in the same few statements however many periods there are.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<GapCell> everyPeriod() {
        long partnershipId = currentUser.partnershipId();
        var cells = cells(partnershipId, area -> true, """
                SELECT * FROM gap_figure WHERE partnership_id = ? AND replaced_by_import_id IS NULL""",
                partnershipId);
        return cells.stream().sorted(java.util.Comparator.comparing(GapCell::period).thenComparing(GapCell.PRIORITY))
                .toList();
    }

    /** The {@code limit} largest gaps of the latest period, with their figures: where a round can aim. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<GapCell> largest(int limit) {
        var latest = periods();
        return latest.isEmpty() ? List.of() : matrix(latest.getFirst(), null, null).stream().limit(limit).toList();
    }

    /** A need in an area over every period with figures, oldest first. */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<GapCell> history(long areaId, long needCategoryId) {
        long partnershipId = currentUser.partnershipId();
        return cells(partnershipId, area -> true, """
                SELECT * FROM gap_figure WHERE partnership_id = ? AND replaced_by_import_id IS NULL AND area_id = ?
                AND need_category_id = ? ORDER BY period_start, period_end""", partnershipId, areaId,
                needCategoryId);
    }

    /**
     * A need in an area, named by their codes ({@code LONELINESS_ISOLATION}, {@code E05009331}), over every period
     * with figures, oldest first; empty where the partnership has no such need or area.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<GapCell> history(String needCode, String areaCode) {
        long partnershipId = currentUser.partnershipId();
        var area = areas.ofPartnership(partnershipId).stream().filter(a -> a.code().equalsIgnoreCase(areaCode))
                .findFirst();
        var need = needs.ofPartnership(partnershipId).stream().filter(n -> n.code().equalsIgnoreCase(needCode))
                .findFirst();
        return area.isEmpty() || need.isEmpty() ? List.of() : history(area.get().id(), need.get().id());
    }

    private List<GapCell> cells(long partnershipId, Predicate<AreaInfo> areaFilter, String sql, Object... args) {
        Map<Long, AreaInfo> areaById = areas.ofPartnership(partnershipId).stream().filter(areaFilter)
                .collect(Collectors.toMap(AreaInfo::id, Function.identity()));
        Map<Long, NeedCategoryInfo> needById = needs.ofPartnership(partnershipId).stream()
                .collect(Collectors.toMap(NeedCategoryInfo::id, Function.identity()));
        var cells = new ArrayList<GapCell>();
        jdbc.query(sql, rs -> {
            var area = areaById.get(rs.getLong("area_id"));
            if (area != null) {
                cells.add(cell(rs, area, needById.get(rs.getLong("need_category_id"))));
            }
        }, args);
        return cells;
    }

    private static GapCell cell(ResultSet rs, AreaInfo area, NeedCategoryInfo need) throws SQLException {
        return new GapCell(new GapPeriod(rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class)), area.id(), area.name(), area.code(), area.imdDecile(),
                need.id(), need.name(), count(rs, "referrals_received"), count(rs, "referrals_connected"),
                count(rs, "referrals_unmet"), count(rs, "referrals_waiting"), count(rs, "median_wait_days"));
    }

    private static Integer count(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }
}
