package org.communitychest.place;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.StrictUtf8;
import org.communitychest.place.AreaImportResult.RowProblem;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** Areas of a partnership: wards, LSOAs, PCNs, neighbourhoods. Names and codes are public reference data. */
@Service
public class Areas {

    private static final String AUDIT_SUBJECT = "Areas"; // not user text: the audit trail's subject type
    private static final java.util.Set<String> SORTABLE = java.util.Set.of("name", "type");

    private final AreaRepository areas;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    Areas(AreaRepository areas, CurrentUser currentUser, AuditLog auditLog) {
        this.areas = areas;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** The areas of any partnership: public, because applicants say where their project works. */
    @Transactional(readOnly = true)
    public List<AreaInfo> ofPartnership(long partnershipId) {
        List<Area> all = areas.findByPartnershipIdOrderByTypeAscNameAsc(partnershipId);
        Map<Long, String> codes = all.stream().collect(Collectors.toMap(Area::getId, Area::getCode));
        return all.stream().map(a -> a.toInfo(a.getParentId() == null ? null : codes.get(a.getParentId()))).toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PANELLIST')")
    @Transactional(readOnly = true)
    public List<AreaInfo> ofMyPartnership() {
        return ofPartnership(currentUser.partnershipId());
    }

    /** Whether every one of the ids is an area of the partnership: one count, however many areas it has. */
    @Transactional(readOnly = true)
    public boolean allOf(long partnershipId, java.util.Set<Long> ids) {
        return ids.isEmpty() || areas.countByPartnershipIdAndIdIn(partnershipId, ids) == ids.size();
    }

    /**
     * A page of the staff member's areas, by type then name, or by {@code name} or {@code type} when the page asks
     * for it: one statement a page, however many areas there are.
     */
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AreaInfo> pageOfMyPartnership(Pageable pageable) {
        var order = pageable.getSort().stream().filter(o -> SORTABLE.contains(o.getProperty())).findFirst()
                .map(o -> Sort.by(o.getDirection(), o.getProperty()))
                .orElse(Sort.by("type", "name"));
        var page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), order.and(Sort.by("id")));
        return areas.findInfoByPartnershipId(currentUser.partnershipId(), page).getContent();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public long countOfMyPartnership() {
        return areas.countByPartnershipId(currentUser.partnershipId());
    }

    /** The given areas, only those of the partnership. */
    @Transactional(readOnly = true)
    public List<AreaInfo> byIds(long partnershipId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return areas.findByPartnershipIdAndIdIn(partnershipId, ids).stream().map(a -> a.toInfo(null)).toList();
    }

    /**
     * Imports an areas CSV into the administrator's partnership, all or nothing: adds new codes, updates known
     * ones. A file with any bad row changes nothing and every bad row is reported with its line number.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AreaImportResult importCsv(InputStream csv) {
        long partnershipId = currentUser.partnershipId();
        AreaCsvParser.Parsed parsed;
        try {
            parsed = new AreaCsvParser().parse(StrictUtf8.reader(csv));
        } catch (CharacterCodingException e) {
            return failed(List.of(new RowProblem(1, AreaCsvParser.problem("not-utf8"))));
        } catch (IOException e) {
            return failed(List.of(new RowProblem(1,
                    AreaCsvParser.problem("unreadable", String.valueOf(e.getMessage())))));
        }
        if (!parsed.problems().isEmpty()) {
            return new AreaImportResult(0, 0, parsed.problems(), parsed.warnings());
        }
        if (parsed.rows().isEmpty()) {
            return failed(List.of(new RowProblem(1, AreaCsvParser.problem("no-areas"))));
        }

        Map<String, Area> byCode = new HashMap<>(areas.findByPartnershipIdOrderByTypeAscNameAsc(partnershipId)
                .stream().collect(Collectors.toMap(Area::getCode, Function.identity())));
        var problems = new ArrayList<RowProblem>();
        for (var row : parsed.rows()) {
            boolean parentKnown = row.parentCode() == null || byCode.containsKey(row.parentCode())
                    || parsed.rows().stream().anyMatch(r -> r.code().equals(row.parentCode()));
            if (!parentKnown) {
                problems.add(new RowProblem(row.line(), AreaCsvParser.problem("parent-unknown", row.parentCode())));
            }
        }
        if (!problems.isEmpty()) {
            return new AreaImportResult(0, 0, problems, parsed.warnings());
        }

        int added = 0;
        for (var row : parsed.rows()) {
            if (!byCode.containsKey(row.code())) {
                byCode.put(row.code(), areas.save(new Area(partnershipId, row.type(), row.code(), row.name())));
                added++;
            }
        }
        for (var row : parsed.rows()) {
            Long parentId = row.parentCode() == null ? null : byCode.get(row.parentCode()).getId();
            byCode.get(row.code()).update(row.type(), row.name(), parentId, row.imdDecile());
        }
        int updated = parsed.rows().size() - added;
        auditLog.record(partnershipId, "AREAS_IMPORTED", AUDIT_SUBJECT, null, null,
                added + " added, " + updated + " updated");
        return new AreaImportResult(added, updated, List.of(), parsed.warnings());
    }

    private static AreaImportResult failed(List<RowProblem> problems) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new AreaImportResult(0, 0, problems, List.of());
    }
}
