package org.communitychest.place;

import java.util.List;
import java.util.Optional;
import org.communitychest.base.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The partnerships (tenants). Their names and codes are public: applicants choose between them. */
@Service
public class Partnerships {

    private final PartnershipRepository partnerships;
    private final NeedCategories needCategories;

    Partnerships(PartnershipRepository partnerships, NeedCategories needCategories) {
        this.partnerships = partnerships;
        this.needCategories = needCategories;
    }

    @Transactional(readOnly = true)
    public PartnershipInfo get(long id) {
        return partnerships.findById(id).map(Partnership::toInfo)
                .orElseThrow(() -> new RecordNotFoundException("Partnership"));
    }

    /** What the partnership prints at the top of its letters and publishes its grants under. */
    @Transactional(readOnly = true)
    public Letterhead letterhead(long id) {
        return partnerships.findById(id).map(Partnership::toLetterhead)
                .orElseThrow(() -> new RecordNotFoundException("Partnership"));
    }

    /** Sets the partnership's letterhead and 360Giving identity. Used by installation and demo data. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public Letterhead describe(long id, String letterAddress, String contactEmail, String givingPrefix,
            String funderOrgId) {
        var partnership = partnerships.findById(id).orElseThrow(() -> new RecordNotFoundException("Partnership"));
        partnership.describe(letterAddress, contactEmail, givingPrefix, funderOrgId);
        return partnership.toLetterhead();
    }

    @Transactional(readOnly = true)
    public Optional<PartnershipInfo> findByCode(String code) {
        return partnerships.findByCode(code).map(Partnership::toInfo);
    }

    @Transactional(readOnly = true)
    public List<PartnershipInfo> all() {
        return partnerships.findAll().stream().map(Partnership::toInfo).toList();
    }

    /** Sets up a new partnership with the default need categories. Used by installation and demo data. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public PartnershipInfo create(String code, String name) {
        var partnership = partnerships.save(new Partnership(code, name)).toInfo();
        needCategories.addDefaults(partnership.id());
        return partnership;
    }
}
