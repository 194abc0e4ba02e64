package org.communitychest.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** Failed sign-ins for one email address: five within 15 minutes lock it for 15 minutes. */
@Entity
@Table(name = "login_throttle")
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @Column(length = 254)
    private String email;

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failure", nullable = false)
    private Instant firstFailure;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    LoginThrottle(String email, Instant now) {
        this.email = email;
        this.firstFailure = now;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    Instant lockedUntil() {
        return lockedUntil;
    }

    void failure(Instant now) {
        if (now.isAfter(firstFailure.plus(WINDOW)) || (lockedUntil != null && !now.isBefore(lockedUntil))) {
            failures = 0;
            firstFailure = now;
            lockedUntil = null;
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK);
        }
    }
}
