package org.regenpath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class LoginThrottleTests {

    private final LoginThrottle throttle = new LoginThrottle(new IdentityProperties(5, Duration.ofMinutes(15), 3, Duration.ofDays(7)));

    private int postLoginFrom(String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void letsAnAddressThroughUntilItsFailedAttemptsAreUsedUp() throws Exception {
        throttle.failedFrom("10.0.0.1");
        throttle.failedFrom("10.0.0.1");
        assertThat(postLoginFrom("10.0.0.1")).isEqualTo(200);
        throttle.failedFrom("10.0.0.1");
        assertThat(postLoginFrom("10.0.0.1")).isEqualTo(429);
        assertThat(postLoginFrom("10.0.0.2")).isEqualTo(200);
    }

    @Test
    void onlySignInAttemptsAreThrottled() throws Exception {
        for (int i = 0; i < 3; i++) {
            throttle.failedFrom("10.0.0.3");
        }
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/patients");
        page.setRemoteAddr("10.0.0.3");
        assertThat(throttle.shouldNotFilter(page)).isTrue();
        MockHttpServletRequest basic = new MockHttpServletRequest("GET", "/api/patients");
        basic.addHeader("Authorization", "Basic eDp5");
        assertThat(throttle.shouldNotFilter(basic)).isFalse();
        assertThat(throttle.shouldNotFilter(new MockHttpServletRequest("GET", "/login"))).isTrue();
    }
}
