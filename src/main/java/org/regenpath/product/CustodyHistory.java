package org.regenpath.product;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.regenpath.shared.StaffMember;

/** Questions asked of a chain of custody, and the check that a stored chain is one the aggregate could make. */
final class CustodyHistory {

    private CustodyHistory() {
    }

    /** Everyone who started or resumed processing or recorded QC: none of them may release the product. */
    static Set<StaffMember> processors(List<CustodyEvent> events) {
        Set<StaffMember> people = new LinkedHashSet<>();
        for (CustodyEvent e : events) {
            if (e.step().startsProcessing() || e.step() == CustodyStep.QC_RECORDED) {
                people.add(e.performedBy());
            }
        }
        return people;
    }

    /**
     * The QC results recorded since processing last started or resumed, later values replacing earlier ones.
     * Results from before a quarantine do not count: the product must be qualified again.
     */
    static Measurements qcSinceProcessingStarted(List<CustodyEvent> events) {
        Measurements qc = Measurements.none();
        for (CustodyEvent e : events) {
            if (e.step().startsProcessing()) {
                qc = Measurements.none();
            } else if (e.step() == CustodyStep.QC_RECORDED) {
                qc = qc.updatedBy(e.measurements());
            }
        }
        return qc;
    }

    /**
     * Replays a stored chain: it starts with the collection, its events are numbered 1, 2, 3..., in time order,
     * and each step is allowed from the state before it.
     *
     * @throws IllegalArgumentException when it is not a valid chain
     */
    static void check(List<CustodyEvent> events) {
        if (events == null || events.isEmpty() || events.get(0).step() != CustodyStep.COLLECTED) {
            throw new IllegalArgumentException("A chain of custody starts with the collection");
        }
        for (int i = 0; i < events.size(); i++) {
            CustodyEvent e = events.get(i);
            if (e.sequence() != i + 1) {
                throw new IllegalArgumentException("Custody event " + (i + 1) + " has sequence " + e.sequence());
            }
            if (e.stateAfter() != e.step().resultingState()) {
                throw new IllegalArgumentException("Custody event " + e.sequence() + " has the wrong state");
            }
            if (i > 0) {
                CustodyEvent previous = events.get(i - 1);
                if (!previous.stateAfter().allows(e.step())) {
                    throw new IllegalArgumentException("Custody event " + e.sequence() + ": " + e.step()
                            + " is not allowed after " + previous.stateAfter());
                }
                if (e.at().isBefore(previous.at())) {
                    throw new IllegalArgumentException("Custody event " + e.sequence() + " is earlier than the one"
                            + " before it");
                }
            }
        }
    }
}
