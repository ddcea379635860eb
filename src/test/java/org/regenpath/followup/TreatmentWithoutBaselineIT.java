package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.product.Wristbands;
import org.regenpath.shared.PatientId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A patient collected and injected 7 days before the planned date with the baseline questionnaires still open
 * (decision 0029): the bedside warns and asks why before it checks, the reason is recorded, audited and shown on the
 * chart, the schedule follows the real procedure date, and the baselines are marked not collected with the reason,
 * never silently missed; the registry count sees it.
 */
class TreatmentWithoutBaselineIT extends TreatedPatientIT {

    @Autowired
    BaselineGaps gaps;

    static final LocalDate TODAY = LocalDate.now(org.regenpath.support.WebIT.DEMO_ZONE);

    MockHttpServletRequestBuilder inject(String product, PatientId p) {
        return post("/bedside/" + product).with(as(CLINICIAN)).with(csrf()).param("version", "3")
                .param("wristband", Wristbands.code(actor(CLINICIAN).clinicId(), p)).param("productLabel", product)
                .param("siteRegion", "knee joint").param("siteLaterality", "LEFT").param("verifierEmail", LAB)
                .param("verifierPassword", DEMO_PASSWORD).param("location", "Procedure room 2")
                .param("volumeMl", "4");
    }

    long administered(String product) {
        return jdbc.sql("select count(*) from product_bedside_attempt where product_identifier = :p and passed")
                .param("p", product).query(Long.class).single();
    }

    List<TaskView> baselines(PatientId p) {
        return schedule(p).tasks().stream().filter(TaskView::baseline).toList();
    }

    @Test
    void aProcedureSevenDaysEarlyWithOpenBaselinesAsksWhyAndKeepsTheReason() throws Exception {
        PatientId p = path().planned(null, null, TODAY.plusDays(7));
        assertThat(baselines(p)).isNotEmpty().allSatisfy(t -> assertThat(t.state()).isEqualTo(TaskState.OPEN));
        String product = path().released(p);
        long withoutBefore = gaps.treatedWithoutBaseline(actor(CLINICIAN).clinicId()).byReason()
                .getOrDefault(BaselineReason.PROCEDURE_MOVED_EARLIER, 0L);

        String screen = mvc.perform(get("/bedside/" + product).with(as(CLINICIAN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(screen).contains("id=\"baseline-warning\"").contains("Baseline questionnaires not completed")
                .contains("NRS").contains("name=\"baselineReason\"");

        String refused = mvc.perform(inject(product, p)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"baselineReason-error\"").doesNotContain("All checks passed");
        assertThat(administered(product)).isZero();

        long audit = lastAuditId();
        String passed = mvc.perform(inject(product, p).param("baselineReason", "PROCEDURE_MOVED_EARLIER")
                .param("baselineNote", "Surgeon's list moved")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(passed).contains("All checks passed");
        assertThat(administered(product)).isEqualTo(1);
        assertThat(auditAfter(audit)).anySatisfy(r -> {
            assertThat(r.get("resource_type")).isEqualTo(BaselineGaps.RESOURCE);
            assertThat(r.get("outcome")).isEqualTo("SUCCESS");
        });

        path().recordProcedure(p, product);
        ScheduleView treated = schedule(p);
        assertThat(treated.procedureDate()).isEqualTo(TODAY);
        assertThat(baselines(p)).allSatisfy(t -> {
            assertThat(t.state()).isEqualTo(TaskState.MISSED);
            assertThat(t.closesOn()).isEqualTo(TODAY);
            assertThat(t.dueOn()).isEqualTo(TODAY);
        });
        assertThat(jdbc.sql("select distinct cancelled_reason from followup_task where patient_id = :p and baseline")
                .param("p", p.value()).query(String.class).list())
                .containsExactly("Not collected: " + BaselineReason.PROCEDURE_MOVED_EARLIER.label()
                        + ": Surgeon's list moved");
        assertThat(task(p, "3m", "nrs-11").dueOn()).isEqualTo(TODAY.plusMonths(3));
        assertThat(gaps.treatedWithoutBaseline(actor(CLINICIAN).clinicId()).byReason()
                .get(BaselineReason.PROCEDURE_MOVED_EARLIER)).isEqualTo(withoutBefore + 1);

        String chart = mvc.perform(get("/patients/" + p.value() + "/follow-up").with(as(COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chart).contains("Baseline not collected").contains("Reason: "
                + BaselineReason.PROCEDURE_MOVED_EARLIER.label() + ": Surgeon&#39;s list moved");
    }

    @Test
    void aProcedureRecordedWithoutAReasonIsCountedAndTheChartAsksForOne() throws Exception {
        PatientId p = path().planned(null, null, TODAY.plusDays(7));
        long unexplainedBefore = gaps.treatedWithoutBaseline(actor(CLINICIAN).clinicId()).unexplained();
        path().treat(p);
        assertThat(baselines(p)).allSatisfy(t -> assertThat(t.state()).isEqualTo(TaskState.MISSED));
        assertThat(gaps.treatedWithoutBaseline(actor(CLINICIAN).clinicId()).unexplained())
                .isEqualTo(unexplainedBefore + 1);
        long schedule = schedule(p).id();
        String chart = mvc.perform(get("/patients/" + p.value() + "/follow-up").with(as(CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chart).contains("No reason recorded yet").contains("baseline-gap-form-" + schedule);

        String otherWithoutNote = mvc.perform(post("/patients/" + p.value() + "/follow-up/schedules/" + schedule
                + "/baseline-gap").with(as(CLINICIAN)).with(csrf()).param("baselineReason", "OTHER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(otherWithoutNote).contains("Say why in a few words.");
        mvc.perform(post("/patients/" + p.value() + "/follow-up/schedules/" + schedule + "/baseline-gap")
                .with(as(CLINICIAN)).with(csrf()).param("baselineReason", "PATIENT_DECLINED"))
                .andExpect(status().is3xxRedirection());
        assertThat(gaps.treatedWithoutBaseline(actor(CLINICIAN).clinicId()).unexplained())
                .isEqualTo(unexplainedBefore);
        assertThat(jdbc.sql("select distinct cancelled_reason from followup_task where patient_id = :p and baseline")
                .param("p", p.value()).query(String.class).list())
                .containsExactly("Not collected: " + BaselineReason.PATIENT_DECLINED.label());
    }
}
