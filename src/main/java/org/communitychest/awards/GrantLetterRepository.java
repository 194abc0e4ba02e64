package org.communitychest.awards;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GrantLetterRepository extends JpaRepository<GrantLetter, Long> {

    /** The letters' details without their bytes. */
    @Query("""
            select new org.communitychest.awards.LetterInfo(l.id, l.kind, l.language, l.fileName, l.madeAt)
            from GrantLetter l where l.grantId = :grantId order by l.id""")
    List<LetterInfo> infoOf(@Param("grantId") long grantId);

    java.util.Optional<GrantLetter> findByIdAndGrantId(long id, long grantId);
}
