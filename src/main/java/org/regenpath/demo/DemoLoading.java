package org.regenpath.demo;

import java.time.Duration;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Whether the demo patients and their stories are still being loaded. {@link DemoData} makes the demo clinics and
 * users while the application starts, so anyone can sign in as soon as it answers, and loads the patients in the
 * background afterwards (docs/decisions/0037): pages say so until it is done. Without demo data there is nothing to
 * wait for.
 */
@Component
public class DemoLoading implements DisposableBean {

    /** How long a shutdown waits for the loading to finish, so that it does not cut a demo story in half. */
    static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private int running;
    private boolean failed;
    private int historyDone;
    private int historyTotal;

    /** True from the start of the background loading until it has finished (or failed). */
    public synchronized boolean loading() {
        return running > 0;
    }

    /**
     * Waits until no demo patients are being loaded, at most {@code timeout}.
     *
     * @return false if they were still being loaded when the time was up
     */
    public synchronized boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** True once a loading of the demo patients has failed: pages say so, and the log says why. */
    public synchronized boolean failed() {
        return failed;
    }

    /**
     * While the generated demo history is being made ({@link DemoHistory}, after the demo patients): how many
     * generated patients are done, of how many; {@code null} when none is being made.
     */
    public synchronized int[] historyProgress() {
        return historyDone < historyTotal ? new int[] {historyDone, historyTotal} : null;
    }

    synchronized void historyPlanned(int total) {
        historyTotal += total;
    }

    synchronized void historyAdvanced() {
        historyDone++;
    }

    /** The history ended (finished or failed): nothing more is being made. */
    synchronized void historyEnded() {
        historyDone = historyTotal;
    }

    synchronized void markFailed() {
        failed = true;
    }

    synchronized void started() {
        running++;
    }

    synchronized void finished() {
        running--;
        notifyAll();
    }

    @Override
    public void destroy() throws InterruptedException {
        await(SHUTDOWN_WAIT);
    }
}
