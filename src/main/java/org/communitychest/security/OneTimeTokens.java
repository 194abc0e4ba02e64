package org.communitychest.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and redeems the one-time links of verification, password reset and invitation emails. */
@Component
class OneTimeTokens {

    private final OneTimeTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    OneTimeTokens(OneTimeTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token for the user; earlier unused tokens of the same purpose stop working. */
    String issue(long userId, TokenPurpose purpose) {
        var now = clock.instant();
        tokens.findByUserIdAndPurposeAndUsedAtIsNull(userId, purpose).forEach(t -> t.use(now));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new OneTimeToken(userId, purpose, hash(token), now));
        return token;
    }

    /** Whether a still-unused token of this purpose was sent to the user less than {@code within} ago. */
    boolean recentlyIssued(long userId, TokenPurpose purpose, java.time.Duration within) {
        var now = clock.instant();
        return tokens.findByUserIdAndPurposeAndUsedAtIsNull(userId, purpose).stream()
                .anyMatch(t -> t.issuedAt().isAfter(now.minus(within)));
    }

    /** The user a token belongs to, if it is of the purpose, unused and unexpired; it does not use it up. */
    Optional<Long> check(String token, TokenPurpose purpose) {
        return find(token, purpose).map(OneTimeToken::getUserId);
    }

    /** Uses the token up and answers its user, if it was still good. */
    Optional<Long> redeem(String token, TokenPurpose purpose) {
        var found = find(token, purpose);
        found.ifPresent(t -> t.use(clock.instant()));
        return found.map(OneTimeToken::getUserId);
    }

    private Optional<OneTimeToken> find(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.getPurpose() == purpose && t.usableAt(clock.instant()));
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
