package org.communitychest.organisations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    @Query("""
            select o from Organisation o
            where o.id in (select m.organisationId from Membership m where m.userId = :userId)
            order by lower(o.name), o.id
            """)
    List<Organisation> findOfMember(@Param("userId") long userId);

    /** (organisation id, income band) pairs of the listed groups: one query. */
    @Query("select o.id, o.incomeBand from Organisation o where o.id in :ids")
    List<Object[]> incomeBandsOf(@Param("ids") java.util.Collection<Long> ids);
}
