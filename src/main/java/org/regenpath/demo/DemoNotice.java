package org.regenpath.demo;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page {@code demoLoading}: true while the demo patients are still being loaded in the background, and
 * {@code demoFailed}: true once that loading failed, so the page layout and the sign-in page can say so instead of
 * leaving someone wondering where they are.
 */
@ControllerAdvice
class DemoNotice {

    private final DemoLoading loading;

    DemoNotice(DemoLoading loading) {
        this.loading = loading;
    }

    @ModelAttribute("demoLoading")
    boolean demoLoading() {
        return loading.loading();
    }

    @ModelAttribute("demoFailed")
    boolean demoFailed() {
        return loading.failed();
    }
}
