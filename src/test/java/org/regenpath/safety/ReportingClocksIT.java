package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.safety.ReportingClockFacts.Regime;
import org.regenpath.safety.ReportingClockRule.Kind;
import org.regenpath.shared.AccessDenied;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.PatientId;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/** Stored reporting clocks: opened once, dated in the clinic's zone, submitted once, audited, refused by role and clinic. */
class ReportingClocksIT extends WebIT {

    @Autowired
    ReportingClocks clocks;

    @Autowired
    PatientRegistry registry;

    PatientId patient;
    long event;

    /** 22:30 in New York on 29 November 2026: already 30 November in UTC. */
    static final Instant EVENING = Instant.parse("2026-11-30T03:30:00Z");

    @BeforeEach
    void aPatientOfTheDemoClinic() {
        patient = registry.register(actor(CLINICIAN), new PatientDetails(uniqueMrn(), "Clara", "Clockwise",
                LocalDate.of(1961, 4, 4), SexAtBirth.F, null, null, null)).id();
        event = ThreadLocalRandom.current().nextLong(1_000_000L, 9_000_000_000L);
    }

    static ReportingClockFacts fatal(ZoneId claimedZone) {
        return new ReportingClockFacts(true, Set.of(SeriousnessCriterion.LIFE_THREATENING), false,
                Relatedness.PROBABLE, Regime.IND, false, false, EVENING, claimedZone);
    }

    @Test
    void openingTwiceStoresEachClockOnceInTheClinicsZoneWhateverZoneTheFactsClaim() {
        List<ReportingClockRecord> first = clocks.open(actor(CLINICIAN), patient, event, fatal(ZoneId.of("UTC")));
        List<ReportingClockRecord> again = clocks.open(actor(CLINICIAN), patient, event, fatal(ZoneId.of("UTC")));
        assertThat(first).extracting(r -> r.clock().rule().kind())
                .containsExactly(Kind.IND_FATAL_OR_LIFE_THREATENING, Kind.IND_SAFETY_REPORT);
        assertThat(again).extracting(ReportingClockRecord::id)
                .containsExactlyElementsOf(first.stream().map(ReportingClockRecord::id).toList());
        assertThat(jdbc.sql("select count(*) from safety_reporting_clock where event_id = :e").param("e", event)
                .query(Long.class).single()).isEqualTo(2);
        ReportingClock seven = first.get(0).clock();
        assertThat(seven.zone()).isEqualTo(DEMO_ZONE);
        assertThat(seven.dayZero()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(seven.deadline()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(seven.endsAt()).isEqualTo(Instant.parse("2026-12-07T05:00:00Z"));
        assertThat(first.get(1).clock().deadline()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(first).allSatisfy(r -> assertThat(r.submitted()).isFalse());
    }

    @Test
    void aReportIsMarkedSubmittedOnceAndTheFirstMarkStands() {
        clocks.open(actor(CLINICIAN), patient, event, fatal(DEMO_ZONE));
        ReportingClockRecord marked = clocks.markSubmitted(actor(CLINICIAN), patient, event,
                Kind.IND_FATAL_OR_LIFE_THREATENING);
        ReportingClockRecord again = clocks.markSubmitted(actor(CLINICIAN), patient, event,
                Kind.IND_FATAL_OR_LIFE_THREATENING);
        assertThat(marked.submitted()).isTrue();
        assertThat(again.submittedAt()).isEqualTo(marked.submittedAt());
        assertThat(clocks.ofEvent(actor(COORDINATOR), patient, event))
                .filteredOn(r -> r.clock().rule().kind() == Kind.IND_SAFETY_REPORT)
                .singleElement().satisfies(r -> assertThat(r.submitted()).isFalse());
        assertThatThrownBy(() -> clocks.markSubmitted(actor(CLINICIAN), patient, event, Kind.HCTP_ADVERSE_REACTION))
                .isInstanceOf(NotFound.class).hasMessageContaining("1271.350");
    }

    @Test
    void everyOpeningAndSubmissionIsAudited() {
        long before = lastAuditId();
        clocks.open(actor(CLINICIAN), patient, event, fatal(DEMO_ZONE));
        clocks.markSubmitted(actor(CLINICIAN), patient, event, Kind.IND_SAFETY_REPORT);
        List<Map<String, Object>> rows = auditAfter(before).stream()
                .filter(r -> ReportingClocks.RESOURCE.equals(r.get("resource_type"))).toList();
        assertThat(rows).extracting(r -> r.get("action")).containsExactly("CREATE", "UPDATE");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("outcome")).isEqualTo("SUCCESS");
            assertThat(((Number) r.get("patient_id")).longValue()).isEqualTo(patient.value());
        });
        assertThat(String.valueOf(rows.get(0).get("detail"))).contains("opened=2");
    }

    @Test
    void theClinicListsItsUnsubmittedClocksEarliestFirstAndNeverAnotherClinics() {
        PatientId elsewhere = registry.register(actor(OTHER_CLINICIAN), new PatientDetails(uniqueMrn(), "Otto",
                "Elsewhere", LocalDate.of(1970, 1, 1), SexAtBirth.M, null, null, null)).id();
        clocks.open(actor(CLINICIAN), patient, event, fatal(DEMO_ZONE));
        clocks.open(actor(OTHER_CLINICIAN), elsewhere, event + 1, fatal(DEMO_ZONE));
        clocks.markSubmitted(actor(CLINICIAN), patient, event, Kind.IND_FATAL_OR_LIFE_THREATENING);
        List<ReportingClockRecord> open = clocks.unsubmittedInClinic(actor(COORDINATOR));
        assertThat(open).filteredOn(r -> r.eventId() == event).extracting(r -> r.clock().rule().kind())
                .containsExactly(Kind.IND_SAFETY_REPORT);
        assertThat(open).noneMatch(r -> r.patientId().equals(elsewhere));
        assertThat(open).extracting(r -> r.clock().endsAt()).isSorted();
        // The 15-day clock of 29 November is overdue from midnight at the end of 14 December in New York.
        assertThat(open).filteredOn(r -> r.eventId() == event).singleElement()
                .satisfies(r -> assertThat(r.clock().standing(Instant.parse("2026-12-15T05:00:00Z")))
                        .isEqualTo(ReportingClock.Standing.OVERDUE));
        long before = lastAuditId();
        assertThatThrownBy(() -> clocks.unsubmittedInClinic(actor(LAB))).isInstanceOf(AccessDenied.class);
        assertThat(auditAfter(before)).filteredOn(r -> "DENIED".equals(r.get("outcome"))).hasSize(1);
    }

    @Test
    void theDeadlinesPageShowsTheClinicsUnsentReportsInWords() throws Exception {
        clocks.open(actor(CLINICIAN), patient, event, fatal(DEMO_ZONE));
        String page = mvc.perform(get("/safety/clocks").with(as(COORDINATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Clockwise, Clara").contains("21 CFR 312.32(c)(2)").contains("6 Dec 2026")
                .contains("14 Dec 2026").contains("Overdue").doesNotContain("IND_SAFETY_REPORT")
                .doesNotContain("OVERDUE");
    }

    @Test
    void aCoordinatorMayNotOpenOrSubmitAndAnotherClinicSeesNoPatientBothAudited() {
        long before = lastAuditId();
        assertThatThrownBy(() -> clocks.open(actor(COORDINATOR), patient, event, fatal(DEMO_ZONE)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> clocks.open(actor(OTHER_CLINICIAN), patient, event, fatal(DEMO_ZONE)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> clocks.ofEvent(actor(OTHER_CLINICIAN), patient, event)).isInstanceOf(NotFound.class);
        assertThat(auditAfter(before)).filteredOn(r -> "DENIED".equals(r.get("outcome"))).hasSize(3);
        assertThat(jdbc.sql("select count(*) from safety_reporting_clock where event_id = :e").param("e", event)
                .query(Long.class).single()).isZero();
    }
}
