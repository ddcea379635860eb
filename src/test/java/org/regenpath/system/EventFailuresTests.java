package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventFailuresTests {

    @Test
    void anEventTypeReadsAsWords() {
        assertThat(EventFailures.eventInWords("org.regenpath.procedure.ProcedureCompleted"))
                .isEqualTo("Procedure completed");
        assertThat(EventFailures.eventInWords("org.regenpath.notification.MailQueued")).isEqualTo("Mail queued");
    }

    @Test
    void aListenerReadsAsThePartOfRegenpathItBelongsTo() {
        assertThat(EventFailures.receiver(
                "org.regenpath.followup.ScheduleListener.on(org.regenpath.procedure.ProcedureCompleted)"))
                .isEqualTo("Follow-up");
        assertThat(EventFailures.receiver("com.example.Other.on(java.lang.String)")).isEqualTo("Regenpath");
    }

    @Test
    void anErrorIsItsMessageOnlyAndShort() {
        assertThat(ListenerErrors.message(new IllegalStateException("connection refused")))
                .isEqualTo("connection refused");
        assertThat(ListenerErrors.message(new IllegalStateException("x".repeat(5000)))).hasSize(1000);
        assertThat(ListenerErrors.message(new NullPointerException())).contains("without a message");
    }
}
