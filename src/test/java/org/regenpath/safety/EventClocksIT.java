package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenpath.safety.ReportingClockRule.Kind;
import org.regenpath.shared.PatientId;
import org.springframework.beans.factory.annotation.Autowired;

/** Recording and revising an adverse event starts the reporting clocks its record and product's pathway call for. */
class EventClocksIT extends TreatedPatients {

    @Autowired
    AdverseEvents events;

    @Autowired
    ReportingClocks clocks;

    static AdverseEventInput event(Treated t, Set<SeriousnessCriterion> seriousness, boolean expected,
            Relatedness product) {
        return new AdverseEventInput(t.procedure(), t.product(), "injection-site-swelling", null,
                "Knee swollen and hot", clinicToday(), 2, seriousness, Relatedness.UNLIKELY, Relatedness.UNLIKELY,
                product, expected, "", null, null, Detection.PHONE, false);
    }

    List<Kind> kinds(PatientId patient, long eventId) {
        return clocks.ofEvent(actor(CLINICIAN), patient, eventId).stream().map(r -> r.clock().rule().kind())
                .toList();
    }

    @Test
    void aSeriousUnexpectedPossiblyRelatedEventUnderAnIndStartsTheFifteenDayClock() {
        Treated t = treatedUnderInd();
        AdverseEvent e = events.record(actor(CLINICIAN), t.patient(),
                event(t, Set.of(SeriousnessCriterion.HOSPITALISATION), false, Relatedness.POSSIBLE));
        assertThat(kinds(t.patient(), e.id())).containsExactly(Kind.IND_SAFETY_REPORT);
        ReportingClockRecord clock = clocks.ofEvent(actor(CLINICIAN), t.patient(), e.id()).get(0);
        assertThat(clock.clock().dayZero()).isEqualTo(clinicToday());
        assertThat(clock.clock().deadline()).isEqualTo(clinicToday().plusDays(15));
    }

    @Test
    void aLifeThreateningOneStartsTheSevenDayClockAsWell() {
        Treated t = treatedUnderInd();
        AdverseEvent e = events.record(actor(CLINICIAN), t.patient(),
                event(t, Set.of(SeriousnessCriterion.LIFE_THREATENING), false, Relatedness.PROBABLE));
        assertThat(kinds(t.patient(), e.id()))
                .containsExactly(Kind.IND_FATAL_OR_LIFE_THREATENING, Kind.IND_SAFETY_REPORT);
    }

    @Test
    void aNonSeriousOrExpectedOrUnrelatedEventUnderAnIndStartsNone() {
        Treated t = treatedUnderInd();
        AdverseEvent mild = events.record(actor(CLINICIAN), t.patient(),
                event(t, Set.of(), false, Relatedness.DEFINITE));
        AdverseEvent expected = events.record(actor(CLINICIAN), t.patient(),
                event(t, Set.of(SeriousnessCriterion.HOSPITALISATION), true, Relatedness.DEFINITE));
        AdverseEvent unlikely = events.record(actor(CLINICIAN), t.patient(),
                event(t, Set.of(SeriousnessCriterion.HOSPITALISATION), false, Relatedness.UNLIKELY));
        assertThat(kinds(t.patient(), mild.id())).isEmpty();
        assertThat(kinds(t.patient(), expected.id())).isEmpty();
        assertThat(kinds(t.patient(), unlikely.id())).isEmpty();
    }

    @Test
    void revisingAddsOnlyNewClocksAndAnEventThatNoLongerQualifiesKeepsItsOpenClocks() {
        Treated t = treatedUnderInd();
        AdverseEvent e = events.record(actor(CLINICIAN), t.patient(),
                event(t, Set.of(SeriousnessCriterion.HOSPITALISATION), false, Relatedness.POSSIBLE));
        long firstId = clocks.ofEvent(actor(CLINICIAN), t.patient(), e.id()).get(0).id();
        AdverseEvent worse = events.revise(actor(CLINICIAN), e.id(), 1, event(t,
                Set.of(SeriousnessCriterion.HOSPITALISATION, SeriousnessCriterion.LIFE_THREATENING), false,
                Relatedness.POSSIBLE));
        assertThat(kinds(t.patient(), e.id()))
                .containsExactly(Kind.IND_FATAL_OR_LIFE_THREATENING, Kind.IND_SAFETY_REPORT);
        assertThat(clocks.ofEvent(actor(CLINICIAN), t.patient(), e.id())).extracting(ReportingClockRecord::id)
                .contains(firstId);
        events.revise(actor(CLINICIAN), e.id(), worse.current().number(),
                event(t, Set.of(), false, Relatedness.POSSIBLE));
        assertThat(kinds(t.patient(), e.id()))
                .containsExactly(Kind.IND_FATAL_OR_LIFE_THREATENING, Kind.IND_SAFETY_REPORT);
    }

    @Test
    void aSeriousEventAfterAProductOutsidePart1271StartsNoMandatoryClock() {
        Treated t = treated();
        AdverseEvent e = events.record(actor(CLINICIAN), t.patient(),
                event(t, Set.of(SeriousnessCriterion.LIFE_THREATENING), false, Relatedness.DEFINITE));
        assertThat(kinds(t.patient(), e.id())).isEmpty();
    }
}
