package org.communitychest.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every page a person can land on, error pages included, names itself in the browser's tab, in the page's language:
 * from the bundles ({@link HasDynamicTitle}), never an English {@link PageTitle}.
 */
class PageTitlesTest {

    @Test
    void everyRouteAndErrorViewHasATitle() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        List<String> pages = new ArrayList<>();
        List<String> untitled = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.communitychest")) {
            Class<?> page = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            if (Modifier.isAbstract(page.getModifiers())) {
                continue;
            }
            pages.add(page.getSimpleName());
            var title = page.getAnnotation(PageTitle.class);
            boolean titled = HasDynamicTitle.class.isAssignableFrom(page) && title == null;
            if (!titled) {
                untitled.add(page.getSimpleName());
            }
        }
        assertThat(pages).contains("HomeView", "LoginView", "NotFoundView", "NoSuchPageView", "AccessDeniedView");
        assertThat(untitled).as("pages without a title").isEmpty();
    }
}
