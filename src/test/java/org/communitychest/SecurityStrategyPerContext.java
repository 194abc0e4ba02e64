package org.communitychest;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Each Spring context with Vaadin installs its own security-context strategy as the JVM-wide one, and Spring
 * Security's method interceptors keep the instance of their own context. When the suite runs several contexts,
 * the global strategy may belong to another one; before each test, put back the one of the test's context so that
 * code reading {@link SecurityContextHolder} and the interceptors see the same signed-in user.
 */
public class SecurityStrategyPerContext extends AbstractTestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        var context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(strategy -> {
            SecurityContextHolder.setContextHolderStrategy(strategy);
            strategy.clearContext();
        });
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
