package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry retries: a listener that fails twice is delivered its event by the retry job, exactly once, and
 * the registry records the attempts; completed deliveries older than the retention are purged.
 */
@SpringBootTest(properties = {"regenpath.system.events.interval=300ms", "regenpath.system.events.max-backoff=600ms"})
@Import(EventRedeliveryIT.FlakyListener.class)
class EventRedeliveryIT {

    /** An event only this test publishes. */
    record ProbeSent(String key) {}

    /** Fails the first two deliveries of each event, then succeeds. */
    @TestConfiguration
    static class FlakyListener {

        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();

        @ApplicationModuleListener
        void on(ProbeSent event) {
            int call = calls.computeIfAbsent(event.key(), k -> new AtomicInteger()).incrementAndGet();
            if (call <= 2) {
                throw new IllegalStateException("probe failure " + call);
            }
            delivered.computeIfAbsent(event.key(), k -> new AtomicInteger()).incrementAndGet();
        }

        int calls(String key) {
            return calls.getOrDefault(key, new AtomicInteger()).get();
        }

        int delivered(String key) {
            return delivered.getOrDefault(key, new AtomicInteger()).get();
        }
    }

    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private FlakyListener listener;
    @Autowired
    private EventRedelivery redelivery;

    @Test
    void aListenerThatFailsTwiceIsDeliveredExactlyOnce() {
        String key = UUID.randomUUID().toString();
        transactions.executeWithoutResult(s -> events.publishEvent(new ProbeSent(key)));

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.delivered(key) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> completedAttempts(key) != null);
        // Further runs of the job find nothing to do: still one delivery after several intervals.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> listener.delivered(key) == 1);
        assertThat(listener.calls(key)).isEqualTo(3);
        // The registry counts every try, the first delivery included.
        assertThat(completedAttempts(key)).isEqualTo(3);
    }

    @Test
    void completedDeliveriesOlderThanTheRetentionAreDeleted() {
        UUID old = insertCompleted(Instant.now().minus(Duration.ofDays(31)));
        UUID recent = insertCompleted(Instant.now().minus(Duration.ofDays(29)));

        redelivery.resubmitDue();

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
    }

    private Integer completedAttempts(String key) {
        return jdbc.sql("""
                select completion_attempts from event_publication
                where serialized_event like :k and completion_date is not null""")
                .param("k", "%" + key + "%")
                .query(Integer.class).optional().orElse(null);
    }

    private UUID insertCompleted(Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                    completion_date, status, completion_attempts)
                values (:id, 'probe.listener', :type, '{}', :at, :at, 'COMPLETED', 0)""")
                .param("id", id).param("type", ProbeSent.class.getName())
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = :id").param("id", id)
                .query(Integer.class).single() > 0;
    }
}
