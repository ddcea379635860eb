/**
 * Application-wide concerns: the shared page layout, the home page, the clock, error handling that turns every
 * failure into a clear message (RFC 9457 ProblemDetail for the API, an error page for people), never a stack
 * trace, and the delivery of cross-module events.
 *
 * <p>Owns the table {@code event_publication}, Spring Modulith's event publication registry (the outbox every
 * module's events go through), created by Flyway on both databases. {@link org.regenpath.system.EventRedelivery}
 * hands unfinished deliveries to their listeners again on start and on a schedule with exponential backoff, and
 * deletes completed ones after the retention period (docs/decisions/0033). Owns {@code system_event_failure}, the
 * last error of each failed delivery, which {@link org.regenpath.system.EventFailures} shows the clinic admin (the
 * page "Background steps", {@code /admin/events}) with a retry, audited. Publishes and listens to no events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", allowedDependencies = {"shared", "audit"})
package org.regenpath.system;
