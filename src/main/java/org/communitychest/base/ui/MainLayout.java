package org.communitychest.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitychest.base.SignedInUser;
import org.springframework.security.core.GrantedAuthority;

@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authenticationContext, List<MenuContribution> contributions) {
        setPrimarySection(Section.DRAWER);
        addClassName("cc-layout");

        var title = new Anchor("", getTranslation("common.app-name"));
        title.addClassName("cc-brand");
        var header = new HorizontalLayout(new DrawerToggle(), title);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("cc-header");
        header.setFlexGrow(1, title);

        Set<String> roles = currentRoles(authenticationContext);
        var user = authenticationContext.getAuthenticatedUser(SignedInUser.class);
        header.add(new LanguageSwitch());
        if (user.isPresent()) {
            var logout = new Button(getTranslation("common.layout.sign-out"), e -> authenticationContext.logout());
            logout.addThemeVariants(ButtonVariant.TERTIARY);
            header.add(logout);
        } else {
            header.add(new Anchor("login", getTranslation("common.layout.sign-in")));
        }
        addToNavbar(new SkipLink(), header);

        var drawer = new VerticalLayout();
        drawer.setPadding(false);
        drawer.addClassName("cc-drawer");
        user.ifPresent(u -> {
            String context = u.partnershipName() != null ? u.partnershipName()
                    : getTranslation("common.layout.group-account");
            var card = new Div(new Span(u.displayName()), new Span(context));
            card.addClassName("cc-user-card");
            drawer.add(card);
        });
        sideNavs(contributions, roles, user.isPresent()).forEach(drawer::add);
        addToDrawer(drawer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            SkipLink.markAsMain(content);
        }
    }

    private static Set<String> currentRoles(AuthenticationContext authenticationContext) {
        return authenticationContext.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .collect(Collectors.toSet());
    }

    private List<SideNav> sideNavs(List<MenuContribution> contributions, Set<String> roles, boolean signedIn) {
        Map<String, SideNav> bySection = new LinkedHashMap<>();
        if (signedIn) {
            var home = new SideNav();
            home.addItem(new SideNavItem(getTranslation("common.layout.home"), "", VaadinIcon.HOME.create()));
            bySection.put("", home);
        }
        contributions.stream()
                .flatMap(c -> c.menuEntries().stream())
                .filter(e -> signedIn ? e.visibleTo(roles) : e.roles().contains("ANONYMOUS"))
                .sorted(Comparator.comparingInt(MenuEntry::order))
                .forEach(e -> bySection.computeIfAbsent(e.section(), this::newSection)
                        .addItem(new SideNavItem(getTranslation(e.label()), e.path(), e.icon().create())));
        return List.copyOf(bySection.values());
    }

    private SideNav newSection(String label) {
        var nav = new SideNav();
        if (!label.isEmpty()) {
            nav.setLabel(getTranslation(label));
        }
        return nav;
    }
}
