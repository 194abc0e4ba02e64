package org.communitychest;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the running test's Spring context's security-context strategy back in {@link SecurityContextHolder} before
 * each test. Vaadin gives every application context its own strategy (with its own thread-local) and installs it
 * globally when the context starts; the test suite keeps several contexts cached (the shared one, the GreenMail
 * one, the statistics one…), so after a newer context has started, a test of an older one would sign people in
 * through the holder where that context's method security never looks ("An Authentication object was not found").
 * Registered for every Spring test in {@code META-INF/spring.factories}.
 */
public class SecurityContextStrategyListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        install(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        install(testContext);
        SecurityContextHolder.clearContext();
    }

    private static void install(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(strategy -> {
            if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
                SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
