package com.certdesk;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every Spring context with Vaadin's security sets its own {@link SecurityContextHolderStrategy} as the global one,
 * while its method security keeps using its own instance. When a test class needs a context of its own (demo data
 * switched on, say), the cached shared context would otherwise no longer see who {@link Fixtures#signIn} signed in.
 * Before each test, this puts the strategy of the test's own context back.
 */
public class SecurityStrategyListener extends AbstractTestExecutionListener {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        apply(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        apply(testContext);
    }

    private static void apply(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
