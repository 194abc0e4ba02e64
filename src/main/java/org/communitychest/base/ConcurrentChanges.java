package org.communitychest.base;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The one place where the database's optimistic-lock failure (two people saving the same record at the same
 * moment: the second {@code UPDATE ... WHERE version = ?} finds no row) becomes {@link ConcurrentChangeException},
 * for every method of every {@code @Service}. It wraps the transaction, outermost, because the failure often comes
 * at commit, after the method has returned.
 */
@Configuration(proxyBeanMethods = false)
class ConcurrentChanges {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor concurrentChangeTranslation() {
        MethodInterceptor translate = invocation -> {
            try {
                return invocation.proceed();
            } catch (OptimisticLockingFailureException e) {
                throw new ConcurrentChangeException(e);
            }
        };
        var advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Service.class, true), translate);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }
}
