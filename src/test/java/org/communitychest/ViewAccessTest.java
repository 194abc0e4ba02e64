package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every administration view of the foundation: shown to administrators, refused to everybody else. */
class ViewAccessTest extends KaribuTest {

    static final String[][] ADMIN_VIEWS = {
        {"admin/users", "UsersView"},
        {"admin/areas", "AreasView"},
        {"admin/need-categories", "NeedCategoriesView"},
        {"admin/mail", "MailLogView"},
        {"admin/audit", "AuditView"}};

    static Stream<Arguments> adminViews() {
        return Stream.of(ADMIN_VIEWS).map(v -> Arguments.of(v[0], v[1]));
    }

    static Stream<Arguments> adminViewsAndOtherRoles() {
        return Stream.of("officer@example.org", "panellist@example.org", "applicant@example.org")
                .flatMap(email -> Stream.of(ADMIN_VIEWS).map(v -> Arguments.of(email, v[0], v[1])));
    }

    @ParameterizedTest(name = "{0} is shown to an administrator")
    @MethodSource("adminViews")
    void administratorMayOpen(String path, String viewName) {
        loginAs("admin@example.org");
        navigate(path);
        assertThat(shownViews()).extracting(Class::getSimpleName).containsExactly("MainLayout", viewName);
    }

    @ParameterizedTest(name = "{1} is refused to {0}")
    @MethodSource("adminViewsAndOtherRoles")
    void otherRolesAreRefused(String email, String path, String viewName) {
        loginAs(email);
        navigate(path);
        assertThat(shownViews()).extracting(Class::getSimpleName).containsExactly("MainLayout", "AccessDeniedView");
    }

    @ParameterizedTest(name = "{0}: anonymous visitor is sent to sign in")
    @MethodSource("adminViews")
    void anonymousVisitorIsSentToSignIn(String path, String viewName) {
        navigate(path);
        assertThat(pendingRedirect()).contains("/login");
        assertThat(shownViews()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is open to anonymous visitors")
    @MethodSource("publicViews")
    void publicPagesAreOpenToAnonymousVisitors(String path, String viewName) {
        navigate(path);
        assertThat(shownViews()).extracting(Class::getSimpleName).containsExactly(viewName);
    }

    static Stream<Arguments> publicViews() {
        return Stream.of(
                Arguments.of("login", "LoginView"),
                Arguments.of("register", "RegisterView"),
                Arguments.of("forgot-password", "ForgotPasswordView"),
                Arguments.of("reset-password", "ResetPasswordView"),
                Arguments.of("verify-email", "VerifyEmailView"),
                Arguments.of("accept-invitation", "AcceptInvitationView"));
    }
}
