package org.regenpath.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OutgoingMailTests {

    @Test
    void textAndHtmlSayTheSameAndTheHtmlIsEscaped() {
        OutgoingMail mail = OutgoingMail.to("a@b.example", "REMINDER").subject("Due").greeting("Dear <Ann>,")
                .paragraph("A & B").action("Open", "https://x.example/p?a=1&b=2").build();
        assertThat(mail.text()).isEqualTo("Dear <Ann>,\n\nA & B\n\nOpen:\nhttps://x.example/p?a=1&b=2\n");
        assertThat(mail.html()).contains("<p>Dear &lt;Ann&gt;,</p>").contains("<p>A &amp; B</p>")
                .contains("href=\"https://x.example/p?a=1&amp;b=2\"").doesNotContain("<Ann>");
        assertThat(mail.link()).isEqualTo("https://x.example/p?a=1&b=2");
    }

    @Test
    void refusesAMessageWithoutRecipientSubjectOrAProperKind() {
        assertThatThrownBy(() -> OutgoingMail.to(" ", "REMINDER").subject("s").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutgoingMail.to("a@b.example", "reminder").subject("s").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutgoingMail.to("a@b.example", "REMINDER").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutgoingMail.to("a@b.example", "REMINDER").action("x", "javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
