package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.communitychest.base.SystemActor;
import org.communitychest.rounds.Rounds;
import org.communitychest.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Setting up partnerships and seeded accounts, closing rounds and closing their scoring are the system's work
 * (set-up, demo data, the closing jobs): refused to every person, an administrator included, and to a caller with no authentication.
 */
class SystemOperationsAccessTest extends IntegrationTest {

    @Autowired
    Rounds rounds;

    record Operation(String name, Supplier<Object> call) {

        @Override
        public String toString() {
            return name;
        }
    }

    List<Operation> operations() {
        String code = "X" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        return List.of(
                new Operation("Partnerships.create", () -> partnerships.create(code, "Sneaky " + code)),
                new Operation("DemoAccounts.create", () -> demoAccounts.create(uniqueEmail("sneaky"), "Eve Sneaky",
                        thtId(), Set.of(Role.ADMIN), GOOD_PASSWORD)),
                new Operation("Rounds.closeDueRounds", rounds::closeDueRounds),
                new Operation("Rounds.closeDueScoring", rounds::closeDueScoring));
    }

    static Stream<Arguments> people() {
        return Stream.of("anonymous", "applicant@example.org", "officer@example.org", "admin@example.org")
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "refused to {0}")
    @MethodSource("people")
    void refusedToEveryPerson(String who) {
        for (var operation : operations()) {
            String before = snapshot();
            actAs(who);
            assertThatThrownBy(() -> operation.call().get()).as(operation.name())
                    .isInstanceOf(AccessDeniedException.class);
            SecurityContextHolder.clearContext();
            assertThat(snapshot()).as(operation.name() + ": nothing changed").isEqualTo(before);
        }
    }

    @Test
    void refusedWithNoAuthenticationAtAll() {
        for (var operation : operations()) {
            SecurityContextHolder.clearContext();
            assertThatThrownBy(() -> operation.call().get()).as(operation.name())
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        }
    }

    @Test
    void theSystemMayDoThem() {
        for (var operation : operations()) {
            assertThat(SystemActor.callAsSystem(operation.call())).as(operation.name()).isNotNull();
        }
    }

    private String snapshot() {
        return jdbc.queryForObject("""
                select concat((select count(*) from partnership), '/', (select count(*) from app_user), '/',
                    (select count(*) from funding_round where status = 'CLOSED'))
                """, String.class);
    }
}
