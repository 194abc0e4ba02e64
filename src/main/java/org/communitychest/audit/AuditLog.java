package org.communitychest.audit;

import java.time.Clock;
import java.util.List;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.London;
import org.communitychest.base.TextSearch;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and searches the append-only audit trail. */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records a change made by whoever is signed in, inside the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long partnershipId, String action, String subjectType, Object subjectId, String before,
            String after) {
        recordAs(currentUser.actorName(), partnershipId, action, subjectType, subjectId, before, after);
    }

    /** Records a change made by whoever is signed in to a subject named in words. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Long partnershipId, String action, AuditSubject subject, String before, String after) {
        save(currentUser.actorName(), partnershipId, action, subject, before, after);
    }

    /** Records an event whose actor is not the signed-in user (a failed login, a scheduled job). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, Long partnershipId, String action, String subjectType, Object subjectId,
            String before, String after) {
        save(actor, partnershipId, action, new AuditSubject(subjectType, subjectId, null), before, after);
    }

    private void save(String actor, Long partnershipId, String action, AuditSubject subject, String before,
            String after) {
        String label = subject.label() == null ? null
                : subject.label().length() > 300 ? subject.label().substring(0, 299) + "…" : subject.label();
        entries.save(new AuditEntry(clock.instant(), actor, partnershipId, action, subject.type(),
                subject.id() == null ? null : String.valueOf(subject.id()), label, before, after));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditRecord> search(AuditSearch search, Pageable pageable) {
        String text = TextSearch.containing(search.text());
        String action = search.action() == null || search.action().isBlank() ? null : search.action();
        var from = search.from() == null ? null : search.from().atStartOfDay(London.ZONE).toInstant();
        var to = search.to() == null ? null : search.to().plusDays(1).atStartOfDay(London.ZONE).toInstant();
        return entries.search(currentUser.partnershipId(), action, from, to, text, pageable)
                .map(AuditEntry::toRecord).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> actions() {
        return entries.actions();
    }
}
