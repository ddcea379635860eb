package org.regenpath.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.regenpath.safety.ChecklistAnswers;
import org.regenpath.safety.ChecklistView;
import org.regenpath.safety.Checklists;
import org.regenpath.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * A treated demo patient's answer to a solicited checklist, given by phone and entered by the demo coordinator
 * through the safety module's service, as the phone entry page does: the item the story names "yes" with its
 * severity, every other item "no". The checklists are made by the safety module's listener after the procedure's
 * transaction commits, so this waits for them first (main code has no Awaitility: it looks every few milliseconds,
 * each look audited as the system's, up to {@link TreatmentPaths#WAIT}).
 */
@Component
class DemoChecklists {

    private static final long POLL_NANOS = 20_000_000L;

    private final Checklists checklists;

    DemoChecklists(Checklists checklists) {
        this.checklists = checklists;
    }

    void answer(PatientPath path, DemoStories.Solicited solicited, TreatmentPaths.Staff staff) {
        ChecklistView checklist = await(path, solicited.day(), Actor.system(staff.clinic()));
        List<ChecklistAnswers.Item> items = new ArrayList<>();
        for (ChecklistView.Item i : checklist.items()) {
            boolean yes = i.itemId().equals(solicited.item());
            items.add(new ChecklistAnswers.Item(i.itemId(), yes, yes ? solicited.severity() : null));
        }
        checklists.answer(staff.coordinator(), path.patientId(), checklist.id(), new ChecklistAnswers(items));
    }

    private ChecklistView await(PatientPath path, int day, Actor system) {
        long deadline = System.nanoTime() + TreatmentPaths.WAIT.toNanos();
        while (true) {
            for (ChecklistView c : checklists.list(system, path.patientId())) {
                if (c.dayAfterProcedure() == day) {
                    return c;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No day-" + day + " checklist for patient "
                        + path.patientId().value() + " after " + TreatmentPaths.WAIT.toSeconds() + " s");
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
