package org.communitychest.place;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The needs social prescribers record (loneliness, debt…): the defaults plus a partnership's own. */
@Service
public class NeedCategories {

    private final NeedCategoryRepository categories;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;

    NeedCategories(NeedCategoryRepository categories, CurrentUser currentUser, AuditLog auditLog) {
        this.categories = categories;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    /** Every category of a partnership, retired ones included; public reference data. */
    @Transactional(readOnly = true)
    public List<NeedCategoryInfo> ofPartnership(long partnershipId) {
        return categories.findByPartnershipIdOrderBySortOrderAscLabelAsc(partnershipId).stream()
                .map(NeedCategory::toInfo).toList();
    }

    /** The categories an applicant or officer may choose now. */
    @Transactional(readOnly = true)
    public List<NeedCategoryInfo> activeOf(long partnershipId) {
        return ofPartnership(partnershipId).stream().filter(c -> !c.retired()).toList();
    }

    /** Whether every one of the ids is a category the partnership's applicants may choose now: one count. */
    @Transactional(readOnly = true)
    public boolean allActiveOf(long partnershipId, java.util.Set<Long> ids) {
        return ids.isEmpty() || categories.countByPartnershipIdAndRetiredFalseAndIdIn(partnershipId, ids) == ids.size();
    }

    @Transactional(readOnly = true)
    public List<NeedCategoryInfo> byIds(long partnershipId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return categories.findByPartnershipIdAndIdIn(partnershipId, ids).stream().map(NeedCategory::toInfo).toList();
    }

    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN', 'PANELLIST')")
    @Transactional(readOnly = true)
    public List<NeedCategoryInfo> ofMyPartnership() {
        return ofPartnership(currentUser.partnershipId());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public NeedCategoryInfo add(String code, String label, String snomedCode) {
        long partnershipId = currentUser.partnershipId();
        String cleanCode = code == null ? "" : code.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        String cleanLabel = label == null ? "" : label.trim();
        String cleanSnomed = snomedCode == null || snomedCode.isBlank() ? null : snomedCode.trim();
        Map<String, String> errors = new LinkedHashMap<>();
        if (cleanCode.isEmpty()) {
            errors.put("code", "Enter a code, such as FOOD_BANKS");
        } else if (!cleanCode.matches("[A-Z][A-Z0-9_]{1,39}")) {
            errors.put("code", "Use capital letters, digits and underscores (2 to 40), starting with a letter");
        } else if (categories.existsByPartnershipIdAndCode(partnershipId, cleanCode)) {
            errors.put("code", "There is already a category with the code " + cleanCode);
        }
        if (cleanLabel.isEmpty()) {
            errors.put("label", "Enter the name people will see");
        } else if (cleanLabel.length() > 120) {
            errors.put("label", "The name must be 120 characters or fewer");
        }
        if (cleanSnomed != null && !cleanSnomed.matches("\\d{6,18}")) {
            errors.put("snomedCode", "A SNOMED CT code is 6 to 18 digits, such as 871731000000106");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var saved = categories.save(new NeedCategory(partnershipId, cleanCode, cleanLabel, cleanSnomed,
                categories.countByPartnershipId(partnershipId) + 1));
        auditLog.record(partnershipId, "NEED_CATEGORY_ADDED", "NeedCategory", saved.toInfo().id(), null,
                cleanCode + " " + cleanLabel);
        return saved.toInfo();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setRetired(long id, boolean retired) {
        long partnershipId = currentUser.partnershipId();
        var category = categories.findByIdAndPartnershipId(id, partnershipId)
                .orElseThrow(() -> new RecordNotFoundException("Need category"));
        boolean before = category.toInfo().retired();
        if (retired) {
            category.retire();
        } else {
            category.reinstate();
        }
        auditLog.record(partnershipId, retired ? "NEED_CATEGORY_RETIRED" : "NEED_CATEGORY_REINSTATED",
                "NeedCategory", id, before ? "retired" : "active", retired ? "retired" : "active");
    }

    void addDefaults(long partnershipId) {
        int order = 1;
        for (var d : DefaultNeedCategories.ALL) {
            categories.save(new NeedCategory(partnershipId, d.code(), d.label(), null, order++));
        }
    }
}
