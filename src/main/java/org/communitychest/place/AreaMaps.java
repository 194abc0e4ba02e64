package org.communitychest.place;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.FileSize;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The map of a partnership's areas (decision 0025): the boundaries its administrator uploaded as GeoJSON, else the
 * hex layout uploaded as HexJSON, else a hex layout of its areas made on the spot. Uploads are checked whole
 * before anything is kept: a refused file leaves the map as it was.
 */
@Service
public class AreaMaps {

    /** ONS boundaries at full resolution for a borough's wards are a few megabytes; a region's LSOAs more. */
    public static final int MAX_BOUNDARY_BYTES = 20 * 1024 * 1024;
    /** A HexJSON layout of every parliamentary constituency is about 100 KB. */
    public static final int MAX_HEXJSON_BYTES = 1024 * 1024;
    private static final String AUDIT_SUBJECT = "Area map"; // not user text: the audit trail's subject type
    private static final int LONGEST_FILE_NAME = 255;

    private final AreaRepository areas;
    private final AreaMapStore store;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Clock clock;

    AreaMaps(AreaRepository areas, AreaMapStore store, CurrentUser currentUser, AuditLog auditLog, Clock clock) {
        this.areas = areas;
        this.store = store;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * The partnership's map: uploaded boundaries if any, else its uploaded HexJSON laid out as hexagons, else a hex
     * layout made from its areas; empty only if the partnership has no areas. Only the partnership's own staff and
     * panellists see it: another partnership's id is "not found".
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PANELLIST')")
    @Transactional(readOnly = true)
    public Optional<AreaMap> current(long partnershipId) {
        if (partnershipId != currentUser.partnershipId()) {
            throw new RecordNotFoundException("Area map");
        }
        return store.find(partnershipId).or(() -> Optional.ofNullable(AutomaticHexLayout.of(areasOf(partnershipId)))
                .map(map -> new AreaMap(map.kind(), map.geoJson(), null, null)));
    }

    /** What the administrator's map is now; empty only if the partnership has no areas and uploaded nothing. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AreaMapStatus> statusOfMine() {
        long partnershipId = currentUser.partnershipId();
        // The automatic layout draws the most numerous type; its size is counted, not drawn, so the page's cost
        // does not grow with the areas.
        return store.status(partnershipId).or(() -> areas.countsByType(partnershipId).stream().findFirst()
                .map(drawn -> new AreaMapStatus(AreaMap.Kind.HEXES, drawn.intValue(), 0, null, null, null, null)));
    }

    /** Replaces the map with the boundaries in a GeoJSON FeatureCollection, or changes nothing and says why. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AreaMapUploadResult uploadBoundaries(String fileName, byte[] content) {
        return upload(fileName, content, MAX_BOUNDARY_BYTES, GeoJsonBoundaries::normalise);
    }

    /** Replaces the map with the hex layout in a HexJSON file, or changes nothing and says why. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AreaMapUploadResult uploadHexJson(String fileName, byte[] content) {
        return upload(fileName, content, MAX_HEXJSON_BYTES, HexJsonLayout::normalise);
    }

    /** Removes the uploaded shapes, so the map is the automatic layout again; false if there were none. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean removeUploaded() {
        long partnershipId = currentUser.partnershipId();
        Optional<AreaMapStatus> before = store.status(partnershipId);
        if (before.isEmpty()) {
            return false;
        }
        store.delete(partnershipId);
        auditLog.record(partnershipId, "AREA_MAP_REMOVED", AUDIT_SUBJECT, null, summary(before.get()), null);
        return true;
    }

    private AreaMapUploadResult upload(String fileName, byte[] content, int limit,
            BiFunction<byte[], List<AreaInfo>, NormalisedMap> normalise) {
        long partnershipId = currentUser.partnershipId();
        String name = fileName == null ? null : fileName.replaceAll("[\\\\/]", "_").strip();
        if (name != null && name.length() > LONGEST_FILE_NAME) {
            name = name.substring(name.length() - LONGEST_FILE_NAME);
        }
        if (content == null || content.length == 0) {
            return AreaMapUploadResult.refused(Message.of("staff.place.map.empty"));
        }
        if (content.length > limit) {
            return AreaMapUploadResult.refused(FileSize.tooLarge(name, content.length, limit));
        }
        NormalisedMap map;
        try {
            map = normalise.apply(content, areasOf(partnershipId));
        } catch (AreaMapProblem problem) {
            return AreaMapUploadResult.refused(problem.reason());
        }
        Optional<AreaMapStatus> before = store.status(partnershipId);
        store.save(partnershipId, map, name, currentUser.actorName(), clock.instant());
        AreaMapStatus saved = store.status(partnershipId).orElseThrow();
        auditLog.record(partnershipId, "AREA_MAP_UPLOADED", AUDIT_SUBJECT, null,
                before.map(AreaMaps::summary).orElse(null), summary(saved));
        return new AreaMapUploadResult(null, map.warnings(), saved);
    }

    private List<AreaInfo> areasOf(long partnershipId) {
        return areas.findByPartnershipIdOrderByTypeAscNameAsc(partnershipId).stream().map(a -> a.toInfo(null))
                .toList();
    }

    /** The audit trail's record of a map. */
    private static String summary(AreaMapStatus map) {
        return "kind=" + map.kind() + "; file=" + map.fileName() // not user text: the audit trail's record
                + (map.codeProperty() == null ? "" : "; codes=" + map.codeProperty()) // not user text: audit
                + "; areas=" + map.areas() + "; bytes=" + map.bytes(); // not user text: audit record
    }
}
