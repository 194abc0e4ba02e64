package org.communitychest.place;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.Translations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The needs social prescribers record (loneliness, debt…): the defaults plus a partnership's own. */
@Service
public class NeedCategories {

    private static final String AUDIT_SUBJECT = "NeedCategory"; // not user text: the audit trail's subject type

    private final NeedCategoryRepository categories;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final Translations translations;

    NeedCategories(NeedCategoryRepository categories, CurrentUser currentUser, AuditLog auditLog,
            Translations translations) {
        this.categories = categories;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
        this.translations = translations;
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
        Map<String, Message> errors = new LinkedHashMap<>();
        if (cleanCode.isEmpty()) {
            errors.put("code", Message.of("staff.place.need-categories.code-missing"));
        } else if (!cleanCode.matches("[A-Z][A-Z0-9_]{1,39}")) {
            errors.put("code", Message.of("staff.place.need-categories.code-shape"));
        } else if (categories.existsByPartnershipIdAndCode(partnershipId, cleanCode)) {
            errors.put("code", Message.of("staff.place.need-categories.code-taken", cleanCode));
        }
        if (cleanLabel.isEmpty()) {
            errors.put("label", Message.of("staff.place.need-categories.name-missing"));
        } else if (cleanLabel.length() > 120) {
            errors.put("label", Message.of("staff.place.need-categories.name-too-long"));
        }
        if (cleanSnomed != null && !cleanSnomed.matches("\\d{6,18}")) {
            errors.put("snomedCode", Message.of("staff.place.need-categories.snomed-shape"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        var saved = categories.save(new NeedCategory(partnershipId, cleanCode, cleanLabel, cleanSnomed,
                categories.countByPartnershipId(partnershipId) + 1));
        auditLog.record(partnershipId, "NEED_CATEGORY_ADDED", AUDIT_SUBJECT, saved.toInfo().id(), null,
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
                AUDIT_SUBJECT, id, before ? "retired" : "active", retired ? "retired" : "active");
    }

    /** The default categories, stored with their English names (a reader sees them in their language). */
    void addDefaults(long partnershipId) {
        int order = 1;
        for (String code : DefaultNeedCategories.CODES) {
            String englishName = translations.text(Language.ENGLISH, DefaultNeedCategories.nameKey(code));
            categories.save(new NeedCategory(partnershipId, code, englishName, null, order++));
        }
    }
}
