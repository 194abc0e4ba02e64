package org.communitychest.place;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The uploaded maps, one a partnership, in plain JDBC: the status is read without the GeoJSON, which may be
 * megabytes.
 */
@Component
class AreaMapStore {

    private final JdbcTemplate jdbc;

    AreaMapStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AreaMap> find(long partnershipId) {
        return jdbc.query("""
                SELECT kind, geo_json, uploaded_at, uploaded_by FROM area_map WHERE partnership_id = ?""",
                (rs, row) -> new AreaMap(AreaMap.Kind.valueOf(rs.getString("kind")), rs.getString("geo_json"),
                        instant(rs, "uploaded_at"), rs.getString("uploaded_by")), partnershipId)
                .stream().findFirst();
    }

    Optional<AreaMapStatus> status(long partnershipId) {
        return jdbc.query("""
                SELECT kind, feature_count, geo_json_bytes, file_name, code_property, uploaded_at, uploaded_by
                FROM area_map WHERE partnership_id = ?""", (rs, row) -> status(rs), partnershipId).stream()
                .findFirst();
    }

    /** Replaces the partnership's map, or adds its first. */
    void save(long partnershipId, NormalisedMap map, String fileName, String actor, Instant now) {
        int updated = jdbc.update("""
                UPDATE area_map SET kind = ?, geo_json = ?, geo_json_bytes = ?, feature_count = ?, file_name = ?,
                code_property = ?, uploaded_at = ?, uploaded_by = ?, version = version + 1
                WHERE partnership_id = ?""", map.kind().name(), map.geoJson(), map.bytes(), map.featureCount(),
                fileName, map.codeProperty(), Timestamp.from(now), actor, partnershipId);
        if (updated == 0) {
            jdbc.update("""
                    INSERT INTO area_map (partnership_id, kind, geo_json, geo_json_bytes, feature_count, file_name,
                    code_property, uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", partnershipId,
                    map.kind().name(), map.geoJson(), map.bytes(), map.featureCount(), fileName, map.codeProperty(),
                    Timestamp.from(now), actor);
        }
    }

    boolean delete(long partnershipId) {
        return jdbc.update("""
                DELETE FROM area_map WHERE partnership_id = ?""", partnershipId) > 0;
    }

    private static AreaMapStatus status(ResultSet rs) throws SQLException {
        return new AreaMapStatus(AreaMap.Kind.valueOf(rs.getString("kind")), rs.getInt("feature_count"),
                rs.getLong("geo_json_bytes"), rs.getString("file_name"), rs.getString("code_property"),
                instant(rs, "uploaded_at"), rs.getString("uploaded_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
