package org.communitychest.security;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "roles")
    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    /** A page of accounts; their roles come in one statement a page ({@code @BatchSize} on the roles). */
    Slice<UserAccount> findByPartnershipId(long partnershipId, Pageable pageable);

    long countByPartnershipIdAndPasswordHashIsNull(long partnershipId);

    @EntityGraph(attributePaths = "roles")
    Optional<UserAccount> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);

    @Query("select count(a) > 0 from UserAccount a join a.roles r where r = :role")
    boolean existsWithRole(Role role);
}
