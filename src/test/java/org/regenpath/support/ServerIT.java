package org.regenpath.support;

import org.junit.jupiter.api.BeforeEach;
import org.regenpath.demo.DemoLoading;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base for tests that need the real embedded server on a random port: HTTP-level checks and browser journeys.
 * One shared context for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServerIT {

    /** E-mail goes to the shared GreenMail server ({@link TestMail}); one setting for every context. */
    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMail.register(registry);
    }

    public static final String DEMO_PASSWORD = WebIT.DEMO_PASSWORD;

    @LocalServerPort
    protected int port;

    @Autowired
    private DemoLoading demoLoading;

    /** Every test starts with the demo patients loaded (they load in the background after start). */
    @BeforeEach
    void demoPatientsLoaded() throws InterruptedException {
        DemoLoaded.await(demoLoading);
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }
}
