package org.communitychest.base.ui;

import com.vaadin.flow.spring.SpringServlet;
import jakarta.servlet.MultipartConfigElement;
import org.communitychest.base.AllowedFiles;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's Spring Boot set-up gives its servlet a multipart configuration with no limits, whatever
 * {@code spring.servlet.multipart.*} says, so a client that posts a file as multipart (our pages send the raw
 * body, which {@link LimitedUpload} bounds) would have it spooled whole to disk before any check. Give the
 * servlet the largest size any upload accepts: the container then refuses a larger request from its declared
 * length, and stops reading one that runs past it.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitsConfiguration {

    static final long MAX_FILE = AllowedFiles.MAX_BYTES;
    static final long MAX_REQUEST = MAX_FILE + 64 * 1024;
    private static final int IN_MEMORY_UP_TO = 1024 * 1024;

    @Bean
    static BeanPostProcessor vaadinServletUploadLimits() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ServletRegistrationBean<?> registration
                        && registration.getServlet() instanceof SpringServlet) {
                    registration.setMultipartConfig(
                            new MultipartConfigElement("", MAX_FILE, MAX_REQUEST, IN_MEMORY_UP_TO));
                }
                return bean;
            }
        };
    }
}
