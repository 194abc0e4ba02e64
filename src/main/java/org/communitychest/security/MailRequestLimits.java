package org.communitychest.security;

import java.time.Duration;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.RateLimit;
import org.communitychest.base.RateLimits;
import org.springframework.stereotype.Component;

/**
 * How often anyone, signed in or not, may make the portal email an address (registration, password reset), and
 * how often one client address may ask. Counted whether or not the address has an account, so the answer tells
 * no one who has one.
 */
@Component
class MailRequestLimits {

    static final RateLimit MAIL_TO_ADDRESS = new RateLimit("emails asked for per email address", 3,
            Duration.ofHours(1));
    static final RateLimit REQUESTS_FROM_CLIENT = new RateLimit("registration and reset requests per client"
            + " address", 10, Duration.ofHours(1));

    private final RateLimits limits;

    MailRequestLimits(RateLimits limits) {
        this.limits = limits;
    }

    /** Counts one request, or refuses it beside the email field saying how long to wait. */
    void take(String email, String clientAddress) {
        var fromClient = REQUESTS_FROM_CLIENT.of(clientAddress == null ? "unknown" : clientAddress);
        var wait = limits.tryTake(fromClient);
        if (wait.isPresent()) {
            throw new InvalidInputException("email", "There have been a lot of requests from your network in the"
                    + " last hour. Please wait " + RateLimits.minutes(wait.get()) + " and try again.");
        }
        wait = limits.tryTake(MAIL_TO_ADDRESS.of(email));
        if (wait.isPresent()) {
            limits.giveBack(fromClient);
            throw new InvalidInputException("email", "We have had several requests for this email address in the"
                    + " last hour. Look for the newest email from us, or ask again in "
                    + RateLimits.minutes(wait.get()) + ".");
        }
    }
}
