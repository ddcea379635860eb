package org.regenpath.system;

import java.time.Clock;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Turns on the scheduled retry of unfinished event deliveries ({@link EventRedelivery}) and keeps the error of each
 * failed asynchronous delivery ({@link ListenerErrors}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(EventProperties.class)
class EventConfiguration implements AsyncConfigurer {

    private final ObjectProvider<JdbcClient> jdbc;
    private final ObjectProvider<Clock> clock;
    private final ObjectProvider<PlatformTransactionManager> transactions;

    EventConfiguration(ObjectProvider<JdbcClient> jdbc, ObjectProvider<Clock> clock, ObjectProvider<PlatformTransactionManager> transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return (error, method, params) -> new ListenerErrors(jdbc.getObject(), clock.getObject(),
                transactions.getObject()).handleUncaughtException(error, method, params);
    }
}
