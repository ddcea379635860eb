package org.regenpath.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in policy. The defaults sit well inside OWASP ASVS 2.2.1 / NIST SP 800-63B 5.2.2, which allow at most
 * 100 consecutive failed attempts per account.
 *
 * @param lockoutThreshold consecutive failed sign-ins that lock an account
 * @param lockoutDuration how long a locked account stays locked
 * @param failedLoginsPerMinute failed sign-ins accepted from one address per minute before it is throttled
 */
@ConfigurationProperties("regenpath.identity")
record IdentityProperties(
        @DefaultValue("5") int lockoutThreshold,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("10") int failedLoginsPerMinute) {}
