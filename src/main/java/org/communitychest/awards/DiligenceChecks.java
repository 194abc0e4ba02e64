package org.communitychest.awards;

import java.time.Clock;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The officer's check of a grant's due diligence documents: each verified, or turned down with a reason. */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class DiligenceChecks {

    private final GrantOffers offers;
    private final GrantAssembler assembler;
    private final DueDiligenceRepository documents;
    private final DueDiligenceContentRepository contents;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    DiligenceChecks(GrantOffers offers, GrantAssembler assembler, DueDiligenceRepository documents,
            DueDiligenceContentRepository contents, AuditLog auditLog, CurrentUser currentUser, Clock clock) {
        this.offers = offers;
        this.assembler = assembler;
        this.documents = documents;
        this.contents = contents;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public GrantDetails verify(long grantId, long documentId) {
        var grant = offers.find(grantId);
        var document = unchecked(grant, documentId);
        document.verify(currentUser.actorName(), clock.instant());
        auditLog.record(grant.getPartnershipId(), "DUE_DILIGENCE_VERIFIED", grant.auditSubject(), null,
                document.getKind().name() + " " + document.getFileName()); // not user text: audit detail
        return assembler.details(grant);
    }

    @Transactional
    public GrantDetails reject(long grantId, long documentId, String reason) {
        var grant = offers.find(grantId);
        String why = GrantOffers.clean(reason);
        if (why == null) {
            throw new InvalidInputException("reason-" + documentId, Message.of("staff.awards.diligence.reason-needed"));
        }
        if (why.length() > GrantOffers.LONGEST_TEXT) {
            throw new InvalidInputException("reason-" + documentId, Message.of("awards.text-too-long",
                    GrantOffers.LONGEST_TEXT));
        }
        var document = unchecked(grant, documentId);
        document.reject(currentUser.actorName(), why, clock.instant());
        auditLog.record(grant.getPartnershipId(), "DUE_DILIGENCE_TURNED_DOWN", grant.auditSubject(), null,
                document.getKind().name() + " " + document.getFileName() + ": " + why); // not user text: audit
        return assembler.details(grant);
    }

    @Transactional(readOnly = true)
    public GrantFile document(long grantId, long documentId) {
        var grant = offers.find(grantId);
        return DiligenceFiles.read(documents, contents, grant.getOrganisationId(), documentId);
    }

    private DueDiligenceDocument unchecked(Grant grant, long documentId) {
        var document = documents.findById(documentId).filter(d -> d.getOrganisationId() == grant.getOrganisationId())
                .orElseThrow(() -> new RecordNotFoundException("Document")); // not user text: what was not found
        if (!document.toInfo().unchecked()) {
            throw new InvalidInputException("document", Message.of("staff.awards.diligence.checked-already"));
        }
        return document;
    }
}
