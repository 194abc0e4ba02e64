package org.communitychest.applications;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communitychest.base.TextSearch;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

class ApplicationSearchImpl implements ApplicationSearch {

    private final EntityManager entityManager;

    ApplicationSearchImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Slice<ApplicationRow> search(long partnershipId, long roundId, ApplicationFilter filter,
            Pageable pageable) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(partnershipId, roundId, filter, parameters);
        TypedQuery<ApplicationRow> query = entityManager.createQuery("""
                select new org.communitychest.applications.ApplicationRow(a.id, a.reference, a.organisationName,
                    a.projectTitle, a.status, a.formType, a.amountRequestedPence, a.submittedAt, a.referralCapacity,
                    a.amountAwardedPence)
                from Application a
                """ + where + " order by a.submittedAt desc, a.id desc", ApplicationRow.class);
        parameters.forEach(query::setParameter);
        query.setFirstResult((int) pageable.getOffset());
        query.setMaxResults(pageable.getPageSize() + 1);
        List<ApplicationRow> rows = new ArrayList<>(query.getResultList());
        boolean more = rows.size() > pageable.getPageSize();
        if (more) {
            rows.removeLast();
        }
        return new SliceImpl<>(rows, pageable, more);
    }

    @Override
    public long count(long partnershipId, long roundId, ApplicationFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        var query = entityManager.createQuery("select count(a) from Application a " // not user text: JPQL
                + where(partnershipId, roundId, filter, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static String where(long partnershipId, long roundId, ApplicationFilter filter,
            Map<String, Object> parameters) {
        // Officers see what was submitted: never a draft, nor a draft its group withdrew without sending it
        var where = new StringBuilder(
                " where a.partnershipId = :partnershipId and a.roundId = :roundId" // not user text: JPQL
                + " and a.submittedAt is not null"); // not user text: JPQL
        parameters.put("partnershipId", partnershipId);
        parameters.put("roundId", roundId);
        if (filter.status() != null) {
            where.append(" and a.status = :status"); // not user text: JPQL
            parameters.put("status", filter.status());
        }
        if (filter.needCategoryId() != null) {
            where.append(" and :need member of a.needIds"); // not user text: JPQL
            parameters.put("need", filter.needCategoryId());
        }
        if (filter.areaId() != null) {
            where.append(" and :area member of a.areaIds"); // not user text: JPQL
            parameters.put("area", filter.areaId());
        }
        String text = TextSearch.containing(filter.text());
        if (text != null) {
            where.append(" and (lower(a.organisationName) like :text" + TextSearch.ESCAPE // not user text: JPQL
                    + " or lower(a.reference) like :text" + TextSearch.ESCAPE // not user text: JPQL
                    + " or lower(a.projectTitle) like :text" + TextSearch.ESCAPE + ")"); // not user text: JPQL
            parameters.put("text", text);
        }
        return where.toString();
    }
}
