package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regenpath.planning.RegulatoryPathway;
import org.regenpath.safety.ReportingClockRule.Kind;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The 21 CFR 1271.350(a) clock end to end: a patient treated with a 361 HCT/P (micro-fragmented fat, minimally
 * manipulated, homologous use, approved under the clinic's establishment registration) has a serious, unexpected,
 * possibly related infection recorded; the 15-day HCT/P adverse reaction clock opens in the clinic's time zone and
 * shows on the reporting deadlines page. A serious event that involves no communicable disease opens none.
 */
class HctpReportingClockIT extends TreatedPatients {

    @Autowired
    AdverseEvents events;

    @Autowired
    ReportingClocks clocks;

    static AdverseEventInput event(Treated t, String term, Set<SeriousnessCriterion> seriousness) {
        return new AdverseEventInput(t.procedure(), t.product(), term, null, "Knee hot, red and swollen, fever",
                clinicToday(), 3, seriousness, Relatedness.UNLIKELY, Relatedness.POSSIBLE, Relatedness.POSSIBLE, false,
                "Admitted for intravenous antibiotics", null, null, Detection.PHONE, false);
    }

    @Test
    void theProductsPlanIsA361HctpSoItsEventsAreReportedUnderThatRegime() {
        Treated t = treatedWith361Product();
        AdverseEvent e = events.record(actor(CLINICIAN), t.patient(), event(t, "injection-site-infection",
                Set.of(SeriousnessCriterion.HOSPITALISATION)));
        assertThat(events.reportingBasis(actor(CLINICIAN), e)).contains(RegulatoryPathway.HCTP_361.label())
                .contains(ReportingClockFacts.Regime.HCTP_361.label());
        assertThat(ReportingClocks.RULES.regimeOf(RegulatoryPathway.HCTP_361).regime())
                .isEqualTo(ReportingClockFacts.Regime.HCTP_361);
    }

    @Test
    void aSeriousUnexpectedPossiblyRelatedInfectionOpensTheFifteenDayClockInTheClinicsZone() throws Exception {
        Treated t = treatedWith361Product();
        AdverseEvent e = events.record(actor(CLINICIAN), t.patient(), event(t, "injection-site-infection",
                Set.of(SeriousnessCriterion.HOSPITALISATION)));

        List<ReportingClockRecord> opened = clocks.ofEvent(actor(CLINICIAN), t.patient(), e.id());
        assertThat(opened).extracting(r -> r.clock().rule().kind()).containsExactly(Kind.HCTP_ADVERSE_REACTION);
        ReportingClock c = opened.get(0).clock();
        ZoneId clinicZone = ZoneId.of("America/New_York");
        LocalDate dayZero = LocalDate.ofInstant(e.firstKnownAt(), clinicZone);
        assertThat(c.rule().citation()).contains("1271.350(a)");
        assertThat(c.rule().days()).isEqualTo(15);
        assertThat(c.zone()).isEqualTo(clinicZone);
        assertThat(c.dayZero()).isEqualTo(dayZero).isEqualTo(clinicToday());
        assertThat(c.deadline()).isEqualTo(dayZero.plusDays(15));
        assertThat(c.endsAt()).isEqualTo(dayZero.plusDays(16).atStartOfDay(clinicZone).toInstant());

        String page = mvc.perform(get("/safety/clocks").with(as(CLINICIAN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-event=\"" + e.id() + "\"").contains("21 CFR 1271.350(a)");
    }

    @Test
    void anExpectedInfectionOpensItToo() {
        Treated t = treatedWith361Product();
        AdverseEventInput unexpected = event(t, "systemic-infection", Set.of(SeriousnessCriterion.HOSPITALISATION));
        AdverseEventInput expected = new AdverseEventInput(unexpected.procedureId(), unexpected.productId(),
                unexpected.term(), null, unexpected.description(), unexpected.onsetDate(), unexpected.grade(),
                unexpected.seriousness(), unexpected.harvestRelatedness(), unexpected.injectionRelatedness(),
                unexpected.productRelatedness(), true, unexpected.actionTaken(), null, null, Detection.PHONE, false);
        AdverseEvent e = events.record(actor(CLINICIAN), t.patient(), expected);
        // 1271.350(a) asks for every qualifying communicable-disease reaction, expected or not (decision 0045).
        assertThat(clocks.ofEvent(actor(CLINICIAN), t.patient(), e.id())).extracting(r -> r.clock().rule().kind())
                .containsExactly(Kind.HCTP_ADVERSE_REACTION);
    }

    @Test
    void aSeriousEventInvolvingNoCommunicableDiseaseOpensNoClock() {
        Treated t = treatedWith361Product();
        AdverseEvent swelling = events.record(actor(CLINICIAN), t.patient(), event(t, "injection-site-swelling",
                Set.of(SeriousnessCriterion.HOSPITALISATION)));
        assertThat(clocks.ofEvent(actor(CLINICIAN), t.patient(), swelling.id())).isEmpty();
    }

    @Test
    void anInfectionThatIsNotSeriousOpensNoClock() {
        Treated t = treatedWith361Product();
        AdverseEvent mild = events.record(actor(CLINICIAN), t.patient(), event(t, "injection-site-infection",
                Set.of()));
        assertThat(clocks.ofEvent(actor(CLINICIAN), t.patient(), mild.id())).isEmpty();
    }
}
