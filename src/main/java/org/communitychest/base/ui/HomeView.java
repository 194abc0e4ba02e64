package org.communitychest.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.communitychest.base.SignedInUser;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in home page: each role sees the blocks its features contribute. */
@Route("")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(AuthenticationContext authenticationContext, List<HomeSection> sections) {
        addClassName("cc-page");
        String name = authenticationContext.getAuthenticatedUser(SignedInUser.class)
                .map(SignedInUser::displayName).orElse("");
        add(new H1(getTranslation("common.home.welcome", name)));
        Set<String> roles = authenticationContext.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a)
                .collect(Collectors.toSet());
        var visible = sections.stream()
                .filter(s -> s.visibleTo(roles))
                .sorted(Comparator.comparingInt(HomeSection::order))
                .toList();
        if (roles.isEmpty()) {
            add(new Paragraph(getTranslation("common.home.no-role")));
        }
        visible.forEach(s -> add(s.create()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("common.home.page-title");
    }
}
