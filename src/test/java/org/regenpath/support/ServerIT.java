package org.regenpath.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for tests that need the real embedded server on a random port: HTTP-level checks and browser journeys.
 * One shared context for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServerIT {

    public static final String DEMO_PASSWORD = WebIT.DEMO_PASSWORD;

    @LocalServerPort
    protected int port;

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
