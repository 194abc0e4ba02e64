package org.communitychest.base;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work that no person started (demo data, scheduled jobs) through the same secured services, as the
 * "system" of one partnership with the roles it needs.
 */
public final class SystemActor {

    /**
     * The role of work no person started: setting up partnerships and seeded accounts, closing rounds. No account
     * can hold it ({@code Role} has no such value), so only code running through this class has it.
     */
    public static final String ROLE = "SYSTEM";

    private SystemActor() {
    }

    public static <T> T callAs(Long partnershipId, Supplier<T> work, String... roles) {
        return callAsUser(0, "system", partnershipId, work, roles);
    }

    /** Runs as a given account, e.g. to seed demo data that belongs to a demo applicant. */
    public static <T> T callAsUser(long userId, String email, Long partnershipId, Supplier<T> work,
            String... roles) {
        var previous = SecurityContextHolder.getContext();
        var user = new SystemUser(userId, email, partnershipId, Set.copyOf(Arrays.asList(roles)));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.roleNames().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs as the system of no partnership, with only the {@link #ROLE system role}. */
    public static <T> T callAsSystem(Supplier<T> work) {
        return callAs(null, work, ROLE);
    }

    public static void runAs(Long partnershipId, Runnable work, String... roles) {
        callAs(partnershipId, () -> {
            work.run();
            return null;
        }, roles);
    }

    private record SystemUser(long id, String email, Long partnershipId, Set<String> roleNames)
            implements SignedInUser {

        @Override
        public String displayName() {
            return "System"; // not user text: the audit trail's name for work done by the portal itself
        }

        @Override
        public String partnershipName() {
            return null;
        }

        @Override
        public String toString() {
            return email;
        }
    }
}
