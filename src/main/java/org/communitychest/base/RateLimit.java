package org.communitychest.base;

import java.time.Duration;

/**
 * How often something may happen for one key (an email address, a client address, a person): at most
 * {@code capacity} times, the allowance coming back gradually over {@code period}.
 */
public record RateLimit(String name, int capacity, Duration period) {

    /** This limit for one key, e.g. {@code SIGN_IN_FAILURES.of(address)}. */
    public Key of(Object key) {
        return new Key(this, String.valueOf(key));
    }

    public record Key(RateLimit limit, String key) {
    }
}
