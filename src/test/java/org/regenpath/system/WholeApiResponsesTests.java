package org.regenpath.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** An API response's flushes wait for the end of the request, so the container can send it whole. */
class WholeApiResponsesTests {

    final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/patients/1/follow-up");
    final MockHttpServletResponse container = new MockHttpServletResponse();
    final WholeApiResponses.FlushAtEnd response = new WholeApiResponses.FlushAtEnd(request, container);

    @Test
    void aFlushBeforeTheEndLeavesTheResponseUncommitted() throws IOException {
        ServletOutputStream body = response.getOutputStream();
        body.write("{\"id\": 1}".getBytes(StandardCharsets.UTF_8));
        body.flush();
        response.flushBuffer();

        assertThat(container.isCommitted()).isFalse();
        assertThat(container.getContentAsString()).isEqualTo("{\"id\": 1}");
    }

    @Test
    void anAsynchronousRequestIsFlushedAtOnce() throws IOException {
        request.setAsyncStarted(true);
        response.getOutputStream().write('x');
        response.flushBuffer();

        assertThat(container.isCommitted()).isTrue();
    }

    @Test
    void onlyApiRequestsAreWrapped() {
        WholeApiResponses filter = new WholeApiResponses();

        assertThat(filter.shouldNotFilter(request)).isFalse();
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/patients/1"))).isTrue();
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/apiary"))).isTrue();
    }
}
