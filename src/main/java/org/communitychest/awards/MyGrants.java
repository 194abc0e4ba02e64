package org.communitychest.awards;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.AllowedFiles;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.organisations.OrganisationSummary;
import org.communitychest.organisations.Organisations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The group's side of its grants, for its members only: the offers and grants, accepting or declining an offer,
 * the due diligence documents, and asking for a variation. Anyone else is told the grant does not exist.
 */
@Service
@PreAuthorize("hasRole('APPLICANT')")
public class MyGrants {

    static final int LONGEST_NAME = 200;

    private final GrantRepository grants;
    private final GrantAssembler assembler;
    private final GrantLetterRepository letters;
    private final DueDiligenceRepository diligence;
    private final DueDiligenceContentRepository contents;
    private final SignedAgreement signedAgreement;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MyGrants(GrantRepository grants, GrantAssembler assembler, GrantLetterRepository letters,
            DueDiligenceRepository diligence, DueDiligenceContentRepository contents, SignedAgreement signedAgreement,
            Organisations organisations, AuditLog auditLog, CurrentUser currentUser, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.grants = grants;
        this.assembler = assembler;
        this.letters = letters;
        this.diligence = diligence;
        this.contents = contents;
        this.signedAgreement = signedAgreement;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The grants of the member's groups that have been offered, latest change first. */
    @Transactional(readOnly = true)
    public List<GrantRow> mine() {
        var groups = organisations.mine().stream().map(OrganisationSummary::id).toList();
        if (groups.isEmpty()) {
            return List.of();
        }
        return grants.findByOrganisationIdInOrderByUpdatedAtDesc(groups).stream()
                .filter(g -> g.getStatus() != GrantStatus.PREPARING).map(GrantRow::of).toList();
    }

    @Transactional(readOnly = true)
    public GrantDetails get(long grantId) {
        return assembler.details(find(grantId));
    }

    /**
     * Accepts the offer in the group's name: the name typed, the role and the agreement are required; the time,
     * the account and the address it came from are recorded, and the signed agreement is kept as a PDF.
     */
    @Transactional
    public GrantDetails accept(long grantId, Acceptance acceptance, String address) {
        var grant = find(grantId);
        requireOffered(grant);
        Map<String, Message> problems = new LinkedHashMap<>();
        String name = GrantOffers.clean(acceptance.fullName());
        String role = GrantOffers.clean(acceptance.role());
        if (name == null) {
            problems.put("fullName", Message.of("awards.accept.name-needed"));
        } else if (name.length() > LONGEST_NAME) {
            problems.put("fullName", Message.of("awards.text-too-long", LONGEST_NAME));
        }
        if (role == null) {
            problems.put("role", Message.of("awards.accept.role-needed"));
        } else if (role.length() > LONGEST_NAME) {
            problems.put("role", Message.of("awards.text-too-long", LONGEST_NAME));
        }
        if (!acceptance.agreed()) {
            problems.put("agreed", Message.of("awards.accept.agree-needed"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.of(problems);
        }
        var user = currentUser.require();
        var now = clock.instant();
        grant.accept(user.id(), name, role, address, now);
        signedAgreement.keep(grant, new Signature(name, role, user.email(), address, now));
        auditLog.record(grant.getPartnershipId(), "GRANT_ACCEPTED", grant.auditSubject(), "OFFERED",
                name + ", " + role + " from " + address); // not user text: audit detail
        events.publishEvent(new GrantAccepted(grant.getId(), grant.getPartnershipId(), grant.getRoundId(),
                grant.getOrganisationId(), grant.amount(), grant.getStartDate(), grant.getEndDate(),
                grant.terms().budget()));
        grants.flush();
        return assembler.details(grant);
    }

    /** Declines the offer, with the group's reason. */
    @Transactional
    public void decline(long grantId, String reason) {
        var grant = find(grantId);
        requireOffered(grant);
        String why = GrantOffers.clean(reason);
        if (why == null) {
            throw new InvalidInputException("reason", Message.of("awards.decline.reason-needed"));
        }
        if (why.length() > GrantOffers.LONGEST_TEXT) {
            throw new InvalidInputException("reason", Message.of("awards.text-too-long", GrantOffers.LONGEST_TEXT));
        }
        grant.decline(currentUser.require().id(), why, clock.instant());
        auditLog.record(grant.getPartnershipId(), "GRANT_DECLINED", grant.auditSubject(), "OFFERED", why);
    }

    private static void requireOffered(Grant grant) {
        if (grant.getStatus() != GrantStatus.OFFERED) {
            throw new InvalidInputException("grant", Message.of("awards.accept.not-offered",
                    grant.getStatus().label()));
        }
    }

    /**
     * Uploads a due diligence document for the grant's group: it then waits for an officer to verify it. Only for
     * an accepted grant, and only a kind the grant asks for.
     */
    @Transactional
    public GrantDetails upload(long grantId, DueDiligenceKind kind, String fileName, byte[] content) {
        var grant = find(grantId);
        if (!grant.getStatus().isLive()) {
            throw new InvalidInputException("document", Message.of("awards.diligence.not-now"));
        }
        if (!GrantAssembler.kindsFor(grant).contains(kind)) {
            throw new InvalidInputException("document", Message.of("awards.diligence.not-asked"));
        }
        var file = AllowedFiles.check(fileName, content, "document");
        var document = diligence.save(new DueDiligenceDocument(grant.getOrganisationId(), kind, file.fileName(),
                file.contentType(), file.content().length, file.sha256(), currentUser.require().id(),
                clock.instant()));
        contents.save(new DueDiligenceContent(document.getId(), file.content()));
        auditLog.record(grant.getPartnershipId(), "DUE_DILIGENCE_UPLOADED", grant.auditSubject(), null,
                kind.name() + " " + file.fileName()); // not user text: audit detail
        return assembler.details(grant);
    }

    @Transactional(readOnly = true)
    public GrantFile letter(long grantId, long letterId) {
        find(grantId);
        return GrantLetters.read(letters, grantId, letterId);
    }

    /** The letter in the reader's language if there is one, or in English. */
    @Transactional(readOnly = true)
    public java.util.Optional<LetterInfo> letterFor(GrantDetails grant, boolean signed, Language language) {
        return GrantLetters.pick(grant.letters(), signed, language);
    }

    @Transactional(readOnly = true)
    public GrantFile document(long grantId, long documentId) {
        var grant = find(grantId);
        return DiligenceFiles.read(diligence, contents, grant.getOrganisationId(), documentId);
    }

    Grant find(long grantId) {
        return grants.findById(grantId)
                .filter(g -> g.getStatus() != GrantStatus.PREPARING && organisations.isMember(g.getOrganisationId()))
                .orElseThrow(() -> new RecordNotFoundException("Grant")); // not user text: what was not found
    }
}
