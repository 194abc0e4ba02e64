package org.communitychest.place;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AreaRepository extends JpaRepository<Area, Long> {

    List<Area> findByPartnershipIdOrderByTypeAscNameAsc(long partnershipId);

    List<Area> findByPartnershipIdAndIdIn(long partnershipId, java.util.Collection<Long> ids);

    long countByPartnershipId(long partnershipId);

    /** A page of the partnership's areas with each one's parent code, in one statement. */
    @Query("""
            select new org.communitychest.place.AreaInfo(a.id, a.type, a.code, a.name, p.code, a.imdDecile)
            from Area a left join Area p on p.id = a.parentId
            where a.partnershipId = :partnershipId""")
    Slice<AreaInfo> findInfoByPartnershipId(@Param("partnershipId") long partnershipId, Pageable pageable);

    /** How many areas of each type the partnership has, largest first: what an automatic map would draw. */
    @Query("""
            select count(a) from Area a where a.partnershipId = :partnershipId
            group by a.type order by count(a) desc""")
    List<Long> countsByType(@Param("partnershipId") long partnershipId);

    long countByPartnershipIdAndIdIn(long partnershipId, java.util.Collection<Long> ids);
}
