package org.communitychest.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.SpringServlet;
import org.communitychest.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;

/** The servlet container refuses a multipart upload larger than any upload accepts, before Vaadin reads it. */
class UploadLimitsTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void vaadinsServletHasTheLargestUploadAsItsMultipartLimit() {
        var vaadin = context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .filter(r -> r.getServlet() instanceof SpringServlet).findFirst().orElseThrow();

        var multipart = vaadin.getMultipartConfig();
        assertThat(multipart.getMaxFileSize()).isEqualTo(10L * 1024 * 1024);
        assertThat(multipart.getMaxRequestSize()).isEqualTo(10L * 1024 * 1024 + 64 * 1024);
    }
}
