package org.regenpath.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.Outcome;
import org.regenpath.patient.PatientView;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.shared.Laterality;
import org.regenpath.support.ClinicalFixtures;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The day list: a plan planned for today is listed under today with its patient, site, product and state, one
 * planned later this week under the rest of the week; "treated" once the procedure is recorded; another clinic's
 * plans never show; only clinicians and coordinators may read it. A plan whose day has passed without a recorded
 * procedure (consent not withdrawn) is listed as overdue, above today.
 */
class ProcedureDayListIT extends AdministeredProducts {

    @Autowired
    Procedures procedures;

    @Autowired
    ProcedureDayLists dayLists;

    static LocalDate today() {
        return LocalDate.now(org.regenpath.support.WebIT.DEMO_ZONE);
    }

    String page(String user) throws Exception {
        return mvc.perform(get("/procedures/day").with(as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    static String row(String page, long plan) {
        int at = page.indexOf("id=\"day-plan-" + plan + "\"");
        return at < 0 ? "" : page.substring(at, page.indexOf("</tr>", at));
    }

    @Test
    void todaysProcedureIsListedWithItsProductAndShowsTreatedOnceRecorded() throws Exception {
        Treated t = treated(true, today());
        PatientView p = registry.get(actor(CLINICIAN), t.patient());
        String page = page(COORDINATOR);
        String todays = page.substring(page.indexOf("id=\"today-heading\""), page.indexOf("id=\"week-heading\""));
        assertThat(row(todays, t.plan())).contains(p.familyName() + ", " + p.givenName())
                .contains("MRN " + p.mrn()).contains("href=\"/patients/" + p.id().value() + "\"")
                .contains("knee joint").contains("Bone marrow concentrate").contains("Administered")
                .contains(t.product()).contains(">Planned<").doesNotContain("Treated");

        procedures.record(actor(CLINICIAN), t.patient(), new ProcedureInput(t.product(), null,
                ImageGuidance.ULTRASOUND, List.of(new ProcedureInput.SiteInput("knee joint", Laterality.LEFT,
                        new BigDecimal("4.0"), null)), "None", "Rest for 48 hours"));

        assertThat(row(page(CLINICIAN), t.plan())).contains("Treated").doesNotContain(">Planned<");
        assertThat(dayLists.week(actor(CLINICIAN)).todays()).anySatisfy(e -> {
            assertThat(e.planId()).isEqualTo(t.plan());
            assertThat(e.treatedAt()).isNotNull();
        });
    }

    @Test
    void aPlanLaterThisWeekIsUnderTheRestOfTheWeekAndOneNextWeekIsNotListed() throws Exception {
        LocalDate sunday = today().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        ClinicalFixtures.Candidate later = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long nextWeek = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), later,
                sunday.plusDays(1));
        DayList week = dayLists.week(actor(CLINICIAN));
        assertThat(week.today()).isEqualTo(today());
        assertThat(week.weekEnds()).isEqualTo(sunday);
        assertThat(week.todays()).noneSatisfy(e -> assertThat(e.planId()).isEqualTo(nextWeek));
        assertThat(week.restOfWeek()).noneSatisfy(e -> assertThat(e.planId()).isEqualTo(nextWeek));
        if (sunday.isAfter(today())) {
            ClinicalFixtures.Candidate soon = ClinicalFixtures.candidate(registry, profiles, screening,
                    account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
            long thisWeek = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), soon, sunday);
            String page = page(CLINICIAN);
            String rest = page.substring(page.indexOf("id=\"week-heading\""));
            assertThat(row(rest, thisWeek)).contains("Not collected").contains(">Planned<");
            assertThat(dayLists.week(actor(CLINICIAN)).todays())
                    .noneSatisfy(e -> assertThat(e.planId()).isEqualTo(thisWeek));
        }
    }

    @Test
    void aPastPlanNotTreatedIsOverdueAtTheTopUntilRecordedOrWithdrawn() throws Exception {
        ClinicalFixtures.Candidate late = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long missed = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), late,
                today().minusDays(3));
        ClinicalFixtures.Candidate changed = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long withdrawn = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), changed,
                today().minusDays(2));
        consents.withdraw(actor(COORDINATOR), changed.patient(), withdrawn, 1, "Changed their mind");
        Treated done = treated(true, today().minusDays(1));
        procedures.record(actor(CLINICIAN), done.patient(), new ProcedureInput(done.product(), null,
                ImageGuidance.ULTRASOUND, List.of(new ProcedureInput.SiteInput("knee joint", Laterality.LEFT,
                        new BigDecimal("4.0"), null)), "None", "Rest for 48 hours"));
        Treated pending = treated(true, today().minusDays(1));

        DayList week = dayLists.week(actor(CLINICIAN));
        assertThat(week.overdue()).extracting(DayListEntry::planId).contains(missed, pending.plan())
                .doesNotContain(withdrawn, done.plan());
        assertThat(week.overdue()).allSatisfy(e -> assertThat(e.plannedOn()).isBefore(today()));
        assertThat(week.todays()).extracting(DayListEntry::planId).doesNotContain(missed);

        String page = page(COORDINATOR);
        int overdueAt = page.indexOf("id=\"overdue-heading\"");
        int todayAt = page.indexOf("id=\"today-heading\"");
        assertThat(overdueAt).isPositive().isLessThan(todayAt);
        String overdue = page.substring(overdueAt, todayAt);
        assertThat(row(overdue, missed)).contains(">Overdue<").contains("Not collected").doesNotContain(">Planned<");
        assertThat(row(overdue, pending.plan())).contains("Administered").contains(pending.product());
        assertThat(row(overdue, withdrawn)).isEmpty();
        assertThat(row(overdue, done.plan())).isEmpty();
    }

    @Test
    void aWithdrawnConsentIsShownOnTheDayList() throws Exception {
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(registry, profiles, screening,
                account(CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), c, today());
        consents.withdraw(actor(COORDINATOR), c.patient(), plan, 1, "Changed their mind");
        assertThat(row(page(CLINICIAN), plan)).contains("Consent withdrawn").doesNotContain(">Planned<");
    }

    @Test
    void anotherClinicsProceduresNeverShow() throws Exception {
        ClinicalFixtures.Candidate other = ClinicalFixtures.candidate(registry, profiles, screening,
                account(OTHER_CLINICIAN).clinicId(), uniqueMrn(), Outcome.ELIGIBLE);
        // The second clinic keeps Los Angeles time: its today, which near midnight is not the first clinic's.
        long plan = ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(OTHER_CLINICIAN), other,
                LocalDate.now(java.time.ZoneId.of("America/Los_Angeles")));
        assertThat(row(page(CLINICIAN), plan)).isEmpty();
        assertThat(row(page(OTHER_CLINICIAN), plan)).isNotEmpty();
    }

    @Test
    void theLabAndTheAdminAreRefused() throws Exception {
        mvc.perform(get("/procedures/day").with(as(LAB))).andExpect(status().isForbidden());
        mvc.perform(get("/procedures/day").with(as(ADMIN))).andExpect(status().isForbidden());
    }
}
