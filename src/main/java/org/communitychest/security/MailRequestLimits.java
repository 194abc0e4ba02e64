package org.communitychest.security;

import java.time.Duration;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
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

    static final RateLimit MAIL_TO_ADDRESS = new RateLimit(
            "emails asked for per email address", // not user text: a limit's name, for logs
            3, Duration.ofHours(1));
    static final RateLimit REQUESTS_FROM_CLIENT = new RateLimit(
            "registration and reset requests per client address", // not user text: a limit's name, for logs
            10, Duration.ofHours(1));

    private final RateLimits limits;

    MailRequestLimits(RateLimits limits) {
        this.limits = limits;
    }

    /** Counts one request, or refuses it beside the email field saying how long to wait. */
    void take(String email, String clientAddress) {
        var fromClient = REQUESTS_FROM_CLIENT.of(clientAddress == null ? "unknown" : clientAddress);
        var wait = limits.tryTake(fromClient);
        if (wait.isPresent()) {
            throw new InvalidInputException("email", Message.of("account.limits.network", minutes(wait.get())));
        }
        wait = limits.tryTake(MAIL_TO_ADDRESS.of(email));
        if (wait.isPresent()) {
            limits.giveBack(fromClient);
            throw new InvalidInputException("email", Message.of("account.limits.address", minutes(wait.get())));
        }
    }

    /** "5 minutes", in the reader's language. */
    static Message minutes(Duration wait) {
        return Message.of("account.minutes", RateLimits.wholeMinutes(wait));
    }
}
