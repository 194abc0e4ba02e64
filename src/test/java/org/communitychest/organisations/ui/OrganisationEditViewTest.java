package org.communitychest.organisations.ui;

import org.communitychest.base.i18n.English;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.communitychest.base.SystemActor;
import org.communitychest.base.ui.AccessDeniedView;
import org.communitychest.StoredMail;
import org.communitychest.base.ui.NotFoundView;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.organisations.LegalForm;
import org.communitychest.organisations.OrganisationForm;
import org.communitychest.organisations.Organisations;
import org.communitychest.security.DemoAccounts;
import org.communitychest.security.Role;
import org.communitychest.security.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class OrganisationEditViewTest {

    private static final Pattern JOIN_LINK = Pattern.compile("/join-organisation\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    ApplicationContext context;
    @Autowired
    SignIn signIn;
    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Organisations organisations;

    @BeforeEach
    void setUp() {
        signInAs("applicant@example.org");
        MockVaadin.setMockRequestFactory(session -> new FakeRequest(session) {
            @Override
            public Principal getUserPrincipal() {
                return SecurityContextHolder.getContext().getAuthentication();
            }

            @Override
            public boolean isUserInRole(String role) {
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                return authentication != null && authentication.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
            }
        });
        MockVaadin.setup(UI::new, new MockSpringServlet(routes(), context, UI::new));
    }

    /**
     * Karibu's own discovery misses package-private views (its class scan keeps public classes only), so the
     * {@code @Route} classes are found with Spring's scanner and added to what Karibu finds.
     */
    static Routes routes() {
        var routes = new Routes().autoDiscoverViews("org.communitychest");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        for (var candidate : scanner.findCandidateComponents("org.communitychest")) {
            routes.getRoutes().add(ClassUtils.resolveClassName(candidate.getBeanClassName(), null)
                    .asSubclass(Component.class));
        }
        return routes;
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    private void signInAs(String email) {
        var result = signIn.signIn(email, "chest-demo-2026", "192.0.2.1");
        assertThat(result.succeeded()).isTrue();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(result.authentication());
        SecurityContextHolder.setContext(context);
    }

    private static void openJoinLink(String token) {
        UI.getCurrent().navigate("join-organisation", QueryParameters.of("token", token));
    }

    private int organisationsNamed(String name) {
        return jdbc.queryForObject("select count(*) from organisation where name = ?", Integer.class, name);
    }

    @Test
    void anApplicantSetsUpTheirGroupFixingAPostcodeOnTheWay() {
        String name = "Cable Street Community Choir " + UUID.randomUUID().toString().substring(0, 8);
        UI.getCurrent().navigate(OrganisationsNavigation.newOrganisation());
        var view = _get(OrganisationEditView.class);
        assertThat(view.title.getText()).isEqualTo("Set up your group");
        assertThat(view.membersSection.isVisible()).isFalse();
        assertThat(view.charityNumber.isVisible()).isFalse();
        assertThat(view.companyNumber.isVisible()).isFalse();

        _setValue(view.name, name);
        _setValue(view.legalForm, LegalForm.CHARITY);
        assertThat(view.charityNumber.isVisible()).isTrue();
        assertThat(view.charityNumber.isRequiredIndicatorVisible()).isTrue();
        _setValue(view.legalForm, LegalForm.CONSTITUTED_GROUP);
        assertThat(view.charityNumber.isVisible()).isFalse();
        _setValue(view.addressLine1, "St George's Town Hall");
        _setValue(view.addressLine2, "236 Cable Street");
        _setValue(view.town, "London");
        _setValue(view.postcode, "E1 6");
        _setValue(view.incomeBand, IncomeBand.UNDER_10K);
        _setValue(view.webAddress, "cablestreetchoir.example.org");
        _click(view.save);

        assertThat(view.postcode.isInvalid()).isTrue();
        assertThat(view.postcode.getErrorMessage()).isEqualTo("Enter a UK postcode, like E1 6AN");
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.town.isInvalid()).isFalse();
        assertThat(view.alert.isVisible()).isTrue();
        assertThat(view.name.getValue()).isEqualTo(name);
        assertThat(view.legalForm.getValue()).isEqualTo(LegalForm.CONSTITUTED_GROUP);
        assertThat(view.addressLine1.getValue()).isEqualTo("St George's Town Hall");
        assertThat(view.addressLine2.getValue()).isEqualTo("236 Cable Street");
        assertThat(view.town.getValue()).isEqualTo("London");
        assertThat(view.postcode.getValue()).isEqualTo("E1 6");
        assertThat(view.incomeBand.getValue()).isEqualTo(IncomeBand.UNDER_10K);
        assertThat(view.webAddress.getValue()).isEqualTo("cablestreetchoir.example.org");
        assertThat(organisationsNamed(name)).isZero();

        _setValue(view.postcode, "e1 8ju");
        _click(view.save);

        assertThat(organisationsNamed(name)).isEqualTo(1);
        assertThat(NotificationsKt.getNotifications()).extracting(Notification::getElement)
                .anySatisfy(n -> assertThat(n.getProperty("text")).startsWith(name + " is set up"));
        var page = _get(OrganisationEditView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .matches("organisations/\\d+");
        assertThat(page.title.getText()).isEqualTo(name);
        assertThat(page.postcode.getValue()).isEqualTo("E1 8JU");
        assertThat(page.webAddress.getValue()).isEqualTo("https://cablestreetchoir.example.org");
        assertThat(page.postcode.isInvalid()).isFalse();
        assertThat(page.alert.isVisible()).isFalse();
        assertThat(page.membersSection.isVisible()).isTrue();
        assertThat(page.members.getElement().getTextRecursively()).contains("Amina Begum (applicant@example.org)");

        UI.getCurrent().navigate(OrganisationsNavigation.list());
        var list = _get(OrganisationsView.class);
        assertThat(_find(list.groups, Anchor.class)).extracting(Anchor::getText).contains(name);
    }

    @Test
    void aNewApplicantIsShownHowToSetUpTheirGroup() {
        String email = "new-" + UUID.randomUUID() + "@example.org";
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Nasima Ali", null, Set.of(Role.APPLICANT), "chest-demo-2026"));
        signInAs(email);

        UI.getCurrent().navigate(OrganisationsNavigation.list());
        UI.getCurrent().navigate("");
        var home = _get(Div.class, spec -> spec.withClasses("cc-organisations-home"));
        assertThat(home.getElement().getTextRecursively()).contains(English.of("groups.list.empty"));
        assertThat(_get(home, Anchor.class).getHref()).isEqualTo(OrganisationsNavigation.newOrganisation());
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Your groups");

        UI.getCurrent().navigate(OrganisationsNavigation.list());
        var list = _get(OrganisationsView.class);
        assertThat(list.groups.getElement().getTextRecursively()).isEqualTo(English.of("groups.list.empty"));
        _click(list.create);
        assertThat(_get(OrganisationEditView.class).title.getText()).isEqualTo("Set up your group");
    }

    @Test
    void aGroupSetUpOnTheWayToAnApplicationGoesOnToItAndNeverToAnotherSite() {
        for (String then : new String[] {"https://evil.example/apply", "//evil.example", "../admin"}) {
            open(OrganisationsNavigation.newOrganisation(then));
            saveNewGroup("Wapping Walkers " + UUID.randomUUID().toString().substring(0, 8));
            assertThat(UI.getCurrent().getActiveViewLocation().getPath()).as(then).matches("organisations/\\d+");
        }
        open(OrganisationsNavigation.newOrganisation("funding?answer-3=yes&answer-4=no"));
        saveNewGroup("Wapping Walkers " + UUID.randomUUID().toString().substring(0, 8));
        var location = UI.getCurrent().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("funding");
        assertThat(location.getQueryParameters().getParameters()).isEqualTo(java.util.Map.of(
                "answer-3", java.util.List.of("yes"), "answer-4", java.util.List.of("no")));
    }

    private static void open(String pathWithQuery) {
        var location = new Location(pathWithQuery);
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
    }

    private static void saveNewGroup(String name) {
        var view = _get(OrganisationEditView.class);
        _setValue(view.name, name);
        _setValue(view.legalForm, LegalForm.UNCONSTITUTED_GROUP);
        _setValue(view.addressLine1, "Wapping Lane");
        _setValue(view.town, "London");
        _setValue(view.postcode, "E1W 2RG");
        _setValue(view.incomeBand, IncomeBand.UNDER_10K);
        _click(view.save);
    }

    @Test
    void staffCannotOpenTheGroupPages() {
        signInAs("officer@example.org");
        UI.getCurrent().navigate(OrganisationsNavigation.newOrganisation());
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        UI.getCurrent().navigate(OrganisationsNavigation.list());
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(_find(OrganisationEditView.class)).isEmpty();
        assertThat(_find(OrganisationsView.class)).isEmpty();
    }

    @Test
    void aMemberInvitesAColleagueWhoJoinsFromTheEmailLink() {
        String name = "Shadwell Basin Rowers " + UUID.randomUUID().toString().substring(0, 8);
        UI.getCurrent().navigate(OrganisationsNavigation.newOrganisation());
        var view = _get(OrganisationEditView.class);
        _setValue(view.name, name);
        _setValue(view.legalForm, LegalForm.CIC);
        _setValue(view.companyNumber, "123456");
        _setValue(view.addressLine1, "Shadwell Basin Outdoor Activity Centre");
        _setValue(view.town, "London");
        _setValue(view.postcode, "E1W 3BX");
        _setValue(view.incomeBand, IncomeBand.FROM_50K_TO_100K);
        _click(view.save);
        var page = _get(OrganisationEditView.class);
        assertThat(page.companyNumber.getValue()).isEqualTo("00123456");

        _setValue(page.inviteEmail, "applicant@example.org");
        _click(page.invite);
        assertThat(page.inviteEmail.isInvalid()).isTrue();
        assertThat(page.inviteEmail.getErrorMessage()).contains("already a member");

        String colleague = "rower-" + UUID.randomUUID() + "@example.org";
        SystemActor.callAsSystem(() ->
                demoAccounts.create(colleague, "Kamal Hussain", null, Set.of(Role.APPLICANT), "chest-demo-2026"));
        _setValue(page.inviteEmail, colleague);
        _click(page.invite);
        assertThat(page.inviteEmail.isInvalid()).isFalse();
        assertThat(page.inviteEmail.getValue()).isEmpty();
        assertThat(page.invited.getElement().getTextRecursively()).contains(colleague);
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text")).as("no SMTP host: nothing was emailed")
                .contains("An invitation to " + colleague + " is queued; it will be sent when mail is set up on this"
                        + " portal.");
        assertThat(page.inviteEmail.getHelperText()).isEqualTo("They get a link to join by email, sent once mail is"
                + " set up on this portal. It works for 14 days.");

        String body = jdbc.queryForObject("select " + StoredMail.TEXT_AS_SENT + " from mail_message where"
                + " recipient = ?", String.class, colleague);
        var link = JOIN_LINK.matcher(body);
        assertThat(link.find()).isTrue();

        String groupPage = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        signInAs(colleague);
        UI.getCurrent().navigate(groupPage);
        assertThat(_find(OrganisationEditView.class)).as("not a member yet").isEmpty();
        _get(NotFoundView.class);

        openJoinLink("wrong");
        assertThat(_get(JoinOrganisationView.class).title.getText()).isEqualTo("This invitation does not work");

        openJoinLink(link.group(1));
        var join = _get(JoinOrganisationView.class);
        assertThat(join.title.getText()).isEqualTo("Join " + name);
        _click(join.join);

        var joined = _get(OrganisationEditView.class);
        assertThat(joined.title.getText()).isEqualTo(name);
        assertThat(joined.members.getElement().getTextRecursively()).contains("Kamal Hussain (" + colleague + ")");

        openJoinLink(link.group(1));
        assertThat(_get(JoinOrganisationView.class).title.getText()).isEqualTo("This invitation does not work");
    }

    @Test
    void theGroupsPageOpenedTwiceSavesEachChangeOnceWithOneAuditEntryEach() {
        String email = "twice-" + UUID.randomUUID() + "@example.org";
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Tariq Twice", null, Set.of(Role.APPLICANT), "chest-demo-2026"));
        signInAs(email);
        long id = organisations.create(new OrganisationForm("Twice Saved Allotment " + UUID.randomUUID(),
                LegalForm.CONSTITUTED_GROUP, null, null, "Mile End Park", null, "London", "E3 4HL",
                IncomeBand.UNDER_10K, null)).id();
        UI.getCurrent().navigate(OrganisationsNavigation.editProfile(id));
        UI.getCurrent().navigate(OrganisationsNavigation.editProfile(id));
        var view = _get(OrganisationEditView.class);

        _setValue(view.addressLine2, "Grove Road");
        _click(view.save);
        _setValue(view.webAddress, "allotment.example.org");
        _click(view.save);

        assertThat(view.alert.isVisible()).as("no false conflict").isFalse();
        assertThat(jdbc.queryForList("select after_value from audit_entry where action = 'ORGANISATION_UPDATED'"
                + " and subject_id = ? order by id", String.class, String.valueOf(id)))
                .as("one entry per save").hasSize(2)
                .satisfies(entries -> assertThat(entries.get(0)).contains("Grove Road").doesNotContain("allotment"),
                        entries -> assertThat(entries.get(1)).contains("allotment.example.org"));
        assertThat(jdbc.queryForObject("select version from organisation where id = ?", Long.class, id))
                .as("changed twice").isEqualTo(2);
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .containsExactly("Your changes are saved", "Your changes are saved");
    }
}
