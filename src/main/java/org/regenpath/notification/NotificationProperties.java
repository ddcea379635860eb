package org.regenpath.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings besides Spring Mail's own {@code spring.mail.*} (host, port, credentials, TLS).
 *
 * @param from the sender every message carries, e.g. {@code "Regenpath <no-reply@clinic.example>"}
 * @param baseUrl where people reach this installation; links in messages start with it
 */
@ConfigurationProperties("regenpath.notification")
record NotificationProperties(
        @DefaultValue("Regenpath <no-reply@regenpath.example>") String from,
        @DefaultValue("http://localhost:8080") String baseUrl) {}
