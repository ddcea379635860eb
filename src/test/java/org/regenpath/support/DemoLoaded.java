package org.regenpath.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.regenpath.demo.DemoLoading;

/**
 * The demo patients load in the background after the application has started (docs/decisions/0037); tests that
 * read them, or count what others write, wait for that first. Once loaded this returns at once.
 */
final class DemoLoaded {

    /** Generous: on a busy 2-core machine the stories took 10 s; a test failing here means they never finished. */
    private static final Duration AT_MOST = Duration.ofMinutes(3);

    private DemoLoaded() {
    }

    static void await(DemoLoading loading) throws InterruptedException {
        assertThat(loading.await(AT_MOST)).as("the demo patients finished loading within %s", AT_MOST).isTrue();
        assertThat(loading.failed()).as("the demo patients loaded without an error (the log says which)").isFalse();
    }
}
