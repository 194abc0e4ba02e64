package org.communitychest.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OneTimeTokenRepository extends JpaRepository<OneTimeToken, Long> {

    Optional<OneTimeToken> findByTokenHash(String tokenHash);

    List<OneTimeToken> findByUserIdAndPurposeAndUsedAtIsNull(long userId, TokenPurpose purpose);
}
