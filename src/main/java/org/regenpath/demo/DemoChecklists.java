package org.regenpath.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.Optional;
import java.util.Set;
import org.regenpath.safety.AdverseEventInput;
import org.regenpath.safety.ChecklistAnswers;
import org.regenpath.safety.ChecklistView;
import org.regenpath.safety.Checklists;
import org.regenpath.safety.Detection;
import org.regenpath.safety.Relatedness;
import org.regenpath.safety.Triage;
import org.regenpath.safety.TriageItem;
import org.regenpath.safety.TriageSource;
import org.regenpath.safety.TriageState;
import org.regenpath.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * A treated demo patient's answer to a solicited checklist, given by phone and entered by the demo coordinator
 * through the safety module's service, as the phone entry page does: the item the story names "yes" with its
 * severity, every other item "no". The checklists are made by the safety module's listener after the procedure's
 * transaction commits, so this waits for them first (main code has no Awaitility: it looks every few milliseconds,
 * each look audited as the system's, up to {@link TreatmentPaths#WAIT}).
 *
 * <p>The demo clinician then confirms the "yes" as an adverse event from the triage list, through the same service
 * the triage page uses, so the triage list shows it handled and the chart's Safety tab shows the event: grade 1
 * (the patient called it mild and it needed nothing), not serious, expected (the consent names swelling of the
 * treated site), probably related to the injection, learned of on the solicited checklist. The triage item is
 * likewise made by a listener after the answer commits, so this waits for it the same way.
 */
@Component
class DemoChecklists {

    private static final long POLL_NANOS = 20_000_000L;

    private final Checklists checklists;
    private final Triage triage;

    DemoChecklists(Checklists checklists, Triage triage) {
        this.checklists = checklists;
        this.triage = triage;
    }

    void answer(PatientPath path, DemoStories.Solicited solicited, TreatmentPaths.Staff staff) {
        ChecklistView checklist = await(path, solicited.day(), Actor.system(staff.clinic()));
        List<ChecklistAnswers.Item> items = new ArrayList<>();
        for (ChecklistView.Item i : checklist.items()) {
            boolean yes = i.itemId().equals(solicited.item());
            items.add(new ChecklistAnswers.Item(i.itemId(), yes, yes ? solicited.severity() : null));
        }
        checklists.answer(staff.coordinator(), path.patientId(), checklist.id(), new ChecklistAnswers(items));
        TriageItem item = awaitTriage(path, staff.clinician());
        triage.confirm(staff.clinician(), item.id(), new AdverseEventInput(path.procedure().id(),
                path.product().productId(), item.termKey(), null, "Told the coordinator by phone on the evening of"
                        + " the injection that the injected heel was mildly swollen; no other reaction.",
                path.today(), 1, Set.of(), null, Relatedness.PROBABLE, null, true,
                "Advised ice and rest; to call again if it grows, reddens or becomes hot.", null, null,
                Detection.SOLICITED_CHECKLIST, false));
    }

    private TriageItem awaitTriage(PatientPath path, Actor clinician) {
        long deadline = System.nanoTime() + TreatmentPaths.WAIT.toNanos();
        while (true) {
            Optional<TriageItem> item = triage.list(clinician).stream().map(e -> e.item())
                    .filter(i -> i.patientId().equals(path.patientId())
                            && i.key().source() == TriageSource.SOLICITED_REACTION
                            && i.state() == TriageState.OPEN)
                    .findFirst();
            if (item.isPresent()) {
                return item.get();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("No triage item for patient " + path.patientId().value()
                        + " after " + TreatmentPaths.WAIT.toSeconds() + " s");
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
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
            // Each look is an audited read of the triage list by the clinician: look less often than above.
            LockSupport.parkNanos(POLL_NANOS * 5);
        }
    }
}
