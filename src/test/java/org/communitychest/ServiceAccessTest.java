package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.communitychest.audit.AuditLog;
import org.communitychest.audit.AuditSearch;
import org.communitychest.notifications.MailLog;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.security.Invitation;
import org.communitychest.security.Role;
import org.communitychest.security.UserAdministration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Services are the security boundary: every administration operation of the foundation is refused to each role
 * that must not use it, whatever the views show, and refusing changes nothing.
 */
class ServiceAccessTest extends IntegrationTest {

    static final String CSV = "area_type,area_code,name,parent_code\nWARD,E05999999,Nowhere,\n";

    @Autowired
    UserAdministration users;
    @Autowired
    Areas areas;
    @Autowired
    NeedCategories needCategories;
    @Autowired
    MailLog mailLog;
    @Autowired
    AuditLog auditLog;

    private Services services;

    record Services(UserAdministration users, Areas areas, NeedCategories needCategories, MailLog mailLog,
            AuditLog auditLog) {
    }

    record Operation(String name, Function<Services, Object> call) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Operations only an administrator may use. */
    static final List<Operation> ADMIN_ONLY = List.of(
            new Operation("UserAdministration.users", s -> s.users().users(
                    org.springframework.data.domain.PageRequest.of(0, 50))),
            new Operation("UserAdministration.countInvited", s -> s.users().countInvited()),
            new Operation("UserAdministration.countUsers", s -> s.users().countUsers()),
            new Operation("UserAdministration.invite", s -> s.users().invite(
                    new Invitation("Eve Sneaky", "eve-sneaky@example.org", Set.of(Role.ADMIN)))),
            new Operation("UserAdministration.changeRoles", s -> s.users().changeRoles(1, Set.of(Role.ADMIN))),
            new Operation("UserAdministration.disable", s -> s.users().disable(1)),
            new Operation("UserAdministration.enable", s -> s.users().enable(1)),
            new Operation("UserAdministration.confirmApplicantEmail", s -> s.users().confirmApplicantEmail(
                    "applicant@example.org")),
            new Operation("Areas.importCsv", s -> s.areas().importCsv(
                    new ByteArrayInputStream(CSV.getBytes(StandardCharsets.UTF_8)))),
            new Operation("NeedCategories.add", s -> s.needCategories().add("SNEAKY", "Sneaky", null)),
            new Operation("NeedCategories.setRetired", s -> {
                s.needCategories().setRetired(1, true);
                return null;
            }),
            new Operation("MailLog.search", s -> s.mailLog().search(null, PageRequest.of(0, 10))),
            new Operation("MailLog.body", s -> s.mailLog().body(1)),
            new Operation("MailLog.retry", s -> {
                s.mailLog().retry(1);
                return null;
            }),
            new Operation("AuditLog.search", s -> s.auditLog().search(AuditSearch.everything(),
                    PageRequest.of(0, 10))),
            new Operation("AuditLog.actions", s -> s.auditLog().actions()));

    /** Operations for partnership staff and panellists, not for applicants. */
    static final List<Operation> STAFF_ONLY = List.of(
            new Operation("Areas.ofMyPartnership", s -> s.areas().ofMyPartnership()),
            new Operation("Areas.pageOfMyPartnership", s -> s.areas().pageOfMyPartnership(PageRequest.of(0, 50))),
            new Operation("Areas.countOfMyPartnership", s -> s.areas().countOfMyPartnership()),
            new Operation("NeedCategories.ofMyPartnership", s -> s.needCategories().ofMyPartnership()));

    static Stream<Arguments> adminOnlyForOthers() {
        return Stream.of("anonymous", "applicant@example.org", "panellist@example.org", "officer@example.org")
                .flatMap(who -> ADMIN_ONLY.stream().map(op -> Arguments.of(who, op)));
    }

    static Stream<Arguments> staffOnlyForOthers() {
        return Stream.of("anonymous", "applicant@example.org")
                .flatMap(who -> STAFF_ONLY.stream().map(op -> Arguments.of(who, op)));
    }

    @BeforeEach
    void services() {
        services = new Services(users, areas, needCategories, mailLog, auditLog);
    }

    private String snapshot() {
        return jdbc.queryForObject("""
                select concat((select count(*) from app_user), '/', (select count(*) from user_role), '/',
                    (select count(*) from area), '/', (select count(*) from need_category where retired), '/',
                    (select count(*) from need_category), '/', (select count(*) from mail_message where status = 'QUEUED'))
                """, String.class);
    }

    @ParameterizedTest(name = "{1} is refused to {0}")
    @MethodSource("adminOnlyForOthers")
    void adminOperationsAreRefusedToOthers(String who, Operation operation) {
        String before = snapshot();
        actAs(who);
        assertThatThrownBy(() -> operation.call().apply(services)).isInstanceOf(AccessDeniedException.class);
        assertThat(snapshot()).as("nothing changed").isEqualTo(before);
    }

    @ParameterizedTest(name = "{1} is refused to {0}")
    @MethodSource("staffOnlyForOthers")
    void partnershipDataIsRefusedToApplicantsAndAnonymous(String who, Operation operation) {
        actAs(who);
        assertThatThrownBy(() -> operation.call().apply(services)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withNoAuthenticationAtAllEverythingIsRefused() {
        SecurityContextHolder.clearContext();
        for (var operation : ADMIN_ONLY) {
            assertThatThrownBy(() -> operation.call().apply(services)).as(operation.name())
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        }
    }

    @Test
    void administratorMayUseThemAll() {
        actAs("admin@example.org");
        var everyone = new java.util.ArrayList<String>();
        for (int page = 0; everyone.size() == page * 50; page++) {
            users.users(PageRequest.of(page, 50)).forEach(u -> everyone.add(u.email()));
        }
        assertThat(everyone).contains("admin@example.org", "officer@example.org");
        assertThat(users.countUsers()).isGreaterThanOrEqualTo(3);
        assertThat(mailLog.search(null, PageRequest.of(0, 10))).isNotNull();
        assertThat(auditLog.search(AuditSearch.everything(), PageRequest.of(0, 10))).isNotEmpty();
        assertThat(auditLog.actions()).contains("LOGIN");
        assertThat(areas.ofMyPartnership()).hasSize(21);
        assertThat(areas.pageOfMyPartnership(PageRequest.of(0, 50))).hasSize(21);
        assertThat(areas.countOfMyPartnership()).isEqualTo(21);
        assertThat(needCategories.ofMyPartnership()).hasSize(16);
    }

    @Test
    void staffAndPanellistsMayReadTheirPartnershipsReferenceData() {
        for (String who : List.of("officer@example.org", "panellist@example.org")) {
            actAs(who);
            assertThat(areas.ofMyPartnership()).as(who).hasSize(21);
            assertThat(needCategories.ofMyPartnership()).as(who).hasSize(16);
        }
    }
}
