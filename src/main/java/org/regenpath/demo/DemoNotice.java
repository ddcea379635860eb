package org.regenpath.demo;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page {@code demoLoading}: true while the demo patients are still being loaded in the background, and
 * {@code demoFailed}: true once that loading failed, and {@code demoHistory}: how far the generated demo history
 * is while it is being made, so the page layout and the sign-in page can say so instead of
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

    /** "120 of 600" while the generated demo history is being made, else null. */
    @ModelAttribute("demoHistory")
    String demoHistory() {
        int[] progress = loading.historyProgress();
        return progress == null ? null : progress[0] + " of " + progress[1];
    }

    @ModelAttribute("demoFailed")
    boolean demoFailed() {
        return loading.failed();
    }
}
