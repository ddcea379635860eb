package org.regenpath.system;

import java.lang.reflect.Method;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Keeps the last error of every listener whose asynchronous event delivery failed ({@code @ApplicationModuleListener}s
 * run asynchronously, so their exceptions end here), for the clinic admin's list: the registry itself records only
 * that a delivery failed. Only the exception's message is kept, never a stack trace.
 */
final class ListenerErrors implements AsyncUncaughtExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ListenerErrors.class);
    private static final int MAX_ERROR = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    ListenerErrors(JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void handleUncaughtException(Throwable error, Method method, Object... params) {
        log.warn("Event delivery to {} failed: {}", ClassUtils.getQualifiedMethodName(method), error.toString());
        try {
            ownTransaction.executeWithoutResult(s -> record(listenerId(method), message(error)));
        } catch (RuntimeException e) {
            log.warn("The error of a failed event delivery could not be recorded: {}", e.toString());
        }
    }

    private void record(String listener, String error) {
        jdbc.sql("delete from system_event_failure where listener_id = :l").param("l", listener).update();
        jdbc.sql("insert into system_event_failure (listener_id, error, failed_at) values (:l, :e, :at)")
                .param("l", listener).param("e", error)
                .param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
    }

    /** The listener id Spring gives an event listener method, as the registry stores it. */
    static String listenerId(Method method) {
        return ClassUtils.getQualifiedMethodName(method) + Arrays.stream(method.getParameterTypes())
                .map(Class::getTypeName).collect(Collectors.joining(",", "(", ")"));
    }

    static String message(Throwable error) {
        String message = error.getMessage() == null || error.getMessage().isBlank()
                ? "The receiving part of Regenpath failed without a message (" + error.getClass().getSimpleName() + ")."
                : error.getMessage();
        return message.length() <= MAX_ERROR ? message : message.substring(0, MAX_ERROR - 1) + "…";
    }
}
