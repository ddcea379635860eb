package org.regenpath.patient;

import java.util.List;

/**
 * A port the modules that own a patient's treatment facts implement, so the chart's overview can say where the
 * patient stands without the patient module depending on them (decision 0027): intake, planning, procedure and
 * follow-up each provide a bean. {@link ChartOverview} calls every one after it has authorised the actor for the
 * patient and audits the read; an implementation runs in that transaction and neither authorises nor audits.
 */
public interface ChartFacts {

    /** The facts this module owns about the patient, already authorised by the caller. */
    List<ChartFact> about(PatientView patient, java.time.ZoneId zone);
}
