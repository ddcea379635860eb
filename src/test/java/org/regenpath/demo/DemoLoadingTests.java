package org.regenpath.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class DemoLoadingTests {

    @Test
    void nothingToWaitForWithoutDemoData() throws InterruptedException {
        DemoLoading loading = new DemoLoading();

        assertThat(loading.loading()).isFalse();
        assertThat(loading.await(Duration.ZERO)).isTrue();
    }

    @Test
    void loadingFromStartToFinish() throws InterruptedException {
        DemoLoading loading = new DemoLoading();
        loading.started();

        assertThat(loading.loading()).isTrue();
        assertThat(loading.await(Duration.ofMillis(50))).as("still loading when the time is up").isFalse();

        loading.finished();
        assertThat(loading.loading()).isFalse();
        assertThat(loading.await(Duration.ZERO)).isTrue();
    }

    @Test
    void awaitReturnsWhenTheLoaderFinishes() throws Exception {
        DemoLoading loading = new DemoLoading();
        loading.started();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return loading.await(Duration.ofMinutes(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        assertThat(waiting).isNotDone();

        loading.finished();

        assertThat(waiting.get()).isTrue();
    }

    @Test
    void aFailedLoadingIsKeptAfterItHasFinished() throws InterruptedException {
        DemoLoading loading = new DemoLoading();
        loading.started();
        assertThat(loading.failed()).isFalse();
        loading.markFailed();
        loading.finished();

        assertThat(loading.await(Duration.ZERO)).isTrue();
        assertThat(loading.failed()).as("pages and tests can tell the loading failed").isTrue();
    }

    @Test
    void pagesSayHowFarTheGeneratedHistoryIsWhileItIsBeingMade() {
        DemoLoading loading = new DemoLoading();
        DemoNotice notice = new DemoNotice(loading);
        assertThat(notice.demoHistory()).isNull();

        loading.historyPlanned(600);
        for (int i = 0; i < 120; i++) {
            loading.historyAdvanced();
        }
        assertThat(notice.demoHistory()).isEqualTo("120 of 600");
        assertThat(loading.loading()).as("the history does not hold the demo patients' loading flag").isFalse();

        loading.historyEnded();
        assertThat(notice.demoHistory()).isNull();
    }
}
