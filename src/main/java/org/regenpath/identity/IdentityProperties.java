package org.regenpath.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in policy. The defaults sit well inside OWASP ASVS 2.2.1 / NIST SP 800-63B 5.2.2, which allow at most
 * 100 consecutive failed attempts per account. Patient portal accounts follow the same policy as staff.
 *
 * @param lockoutThreshold consecutive failed sign-ins that lock an account
 * @param lockoutDuration how long a locked account stays locked
 * @param failedLoginsPerMinute failed sign-ins accepted from one address per minute before it is throttled
 * @param invitationValidity how long a patient portal invitation link works (OWASP ASVS 2.3.1 asks for
 *     short-lived activation secrets; a week lets a patient who reads mail weekly still use it)
 */
@ConfigurationProperties("regenpath.identity")
record IdentityProperties(
        @DefaultValue("5") int lockoutThreshold,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("10") int failedLoginsPerMinute,
        @DefaultValue("7d") Duration invitationValidity) {}
