/**
 * Application-wide web concerns: the shared page layout, the home page, the clock, and error handling that
 * turns every failure into a clear message (RFC 9457 ProblemDetail for the API, an error page for people),
 * never a stack trace. Owns no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", allowedDependencies = {"shared"})
package org.regenpath.system;
