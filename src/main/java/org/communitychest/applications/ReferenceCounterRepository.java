package org.communitychest.applications;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReferenceCounterRepository extends JpaRepository<ReferenceCounter, ReferenceCounter.Key> {

    /**
     * Adds one to the counter; the row stays locked until the transaction ends, so two submissions never get the
     * same number. (A plain UPDATE locks the same way on H2, MySQL and MariaDB; JPA's "for update of" does not
     * run on MariaDB.)
     */
    @Modifying(flushAutomatically = true)
    @Query("update ReferenceCounter c set c.lastValue = c.lastValue + 1 where c.key = :key")
    int increment(@Param("key") ReferenceCounter.Key key);

    /** Makes sure the year's counter exists; a second submission racing to create it changes nothing. */
    @Modifying
    @Query(value = "insert ignore into reference_counter (partnership_id, ref_year, last_value)"
            + " values (:partnershipId, :year, 0)", nativeQuery = true)
    void createIfMissing(@Param("partnershipId") long partnershipId, @Param("year") int year);

    @Query("select c.lastValue from ReferenceCounter c where c.key = :key")
    int current(@Param("key") ReferenceCounter.Key key);
}
