package org.regenpath.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.FollowupSchedules;
import org.regenpath.followup.ScheduleView;
import org.regenpath.followup.TaskState;
import org.regenpath.followup.TaskView;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.PlanStatus;
import org.regenpath.planning.PlanView;
import org.regenpath.planning.SignerRole;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.procedure.ProcedureRecord;
import org.regenpath.procedure.Procedures;
import org.regenpath.product.ChainOfCustody;
import org.regenpath.product.CustodyEvent;
import org.regenpath.product.CustodyStep;
import org.regenpath.product.ProductState;
import org.regenpath.product.ProductView;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo tells the treatment path's story: Daniel Reyes went the whole path on the day the demo loaded, in order
 * and in the demo staff's names, with his baseline answered before the procedure and his follow-ups dated from it;
 * Thomas Okafor's baseline is due, so the coordinator's dashboard lists him. Loading again adds nothing.
 */
class DemoTreatmentPathIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    TreatmentPlans plans;

    @Autowired
    PlanConsents consents;

    @Autowired
    ChainOfCustody custody;

    @Autowired
    Procedures procedures;

    @Autowired
    FollowupSchedules schedules;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    PatientAccounts accounts;

    @Autowired
    DemoData demoData;

    final LocalDate today = clinicToday();

    PatientId demo(String family) {
        return DemoFixtures.patient(registry, actor(CLINICIAN), family);
    }

    @Test
    void reyesHasAnApprovedPlanWithTheConsentHeSignedAndTheClinicianCountersigned() {
        PatientId reyes = demo("Reyes");
        List<PlanView> list = plans.list(actor(CLINICIAN), reyes);
        assertThat(list).hasSize(1);
        PlanView plan = list.get(0);
        assertThat(plan.inForce()).isEqualTo(1);
        assertThat(plan.versions().get(0).status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plan.versions().get(0).approval().approvedBy().displayName()).isEqualTo("Demo Clinician");
        var signatures = consents.view(actor(CLINICIAN), reyes, plan.id(), 1).consents().get(0).signatures();
        assertThat(signatures).anySatisfy(s -> {
            assertThat(s.role()).isEqualTo(SignerRole.PATIENT);
            assertThat(s.typedName()).isEqualTo("Daniel Reyes");
        });
        assertThat(signatures).anySatisfy(s -> assertThat(s.role()).isEqualTo(SignerRole.CLINICIAN));
    }

    @Test
    void reyesProductWasReleasedByASecondPersonInjectedAndItsProcedureRecorded() throws Exception {
        PatientId reyes = demo("Reyes");
        List<ProcedureRecord> records = procedures.list(actor(CLINICIAN), reyes);
        assertThat(records).hasSize(1);
        ProcedureRecord procedure = records.get(0);
        ProductView product = custody.get(actor(LAB), procedure.productId());
        assertThat(product.state()).isEqualTo(ProductState.ADMINISTERED);
        assertThat(product.events()).extracting(CustodyEvent::step).containsExactly(CustodyStep.COLLECTED,
                CustodyStep.PROCESSING_STARTED, CustodyStep.QC_RECORDED, CustodyStep.RELEASED,
                CustodyStep.ADMINISTERED);
        assertThat(product.events()).extracting(CustodyEvent::at).isSorted();
        CustodyEvent qc = event(product, CustodyStep.QC_RECORDED);
        CustodyEvent released = event(product, CustodyStep.RELEASED);
        CustodyEvent injected = event(product, CustodyStep.ADMINISTERED);
        assertThat(released.performedBy().userId()).isNotEqualTo(qc.performedBy().userId());
        assertThat(injected.confirmedBy().displayName()).isEqualTo("Demo Lab technician");
        assertThat(released.performedBy().displayName()).isEqualTo("Demo Clinician");
        assertThat(product.events()).as("custody records name people, not their logins")
                .allSatisfy(e -> assertThat(e.performedBy().displayName()).doesNotContain("@"));
        assertThat(procedure.performedAt()).isEqualTo(injected.at()).isBeforeOrEqualTo(Instant.now());
        assertThat(procedure.sites().get(0).site().describe()).isEqualTo("left Achilles tendon");
        String trace = mvc.perform(get("/api/trace/lots?kitLot=" + DemoStories.KIT_LOT).with(as(CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(trace, "$.products[*].productId")).containsExactly(product.productId());
    }

    @Test
    void reyesAnsweredHisBaselineBeforeTheProcedureAndHisFollowUpsAreDatedFromIt() throws Exception {
        PatientId reyes = demo("Reyes");
        ProcedureRecord procedure = procedures.list(actor(CLINICIAN), reyes).get(0);
        ScheduleView schedule = schedules.schedules(actor(COORDINATOR), reyes).get(0);
        LocalDate day = LocalDate.ofInstant(procedure.performedAt(), DEMO_ZONE);
        assertThat(schedule.procedureDate()).isEqualTo(day);
        List<TaskView> baseline = schedule.activeTasks().stream().filter(TaskView::baseline).toList();
        assertThat(baseline).extracting(TaskView::instrumentId).containsExactly("nrs-11", "peg-3", "phq-9");
        assertThat(baseline).allSatisfy(t -> {
            assertThat(t.state()).isEqualTo(TaskState.COMPLETED);
            assertThat(t.late()).isFalse();
            assertThat(t.submittedAt()).isBefore(procedure.performedAt());
        });
        List<TaskView> followUps = schedule.activeTasks().stream().filter(t -> !t.baseline()).toList();
        assertThat(followUps).extracting(TaskView::timePointId).containsOnly("1m", "3m", "6m", "12m", "24m");
        TaskView oneMonth = followUps.stream().filter(t -> t.timePointId().equals("1m")).findFirst().orElseThrow();
        assertThat(oneMonth.dueOn()).isEqualTo(day.plusMonths(1));
        assertThat(oneMonth.opensOn()).isEqualTo(day.plusMonths(1).minusDays(7)).isAfter(day);
        // Nothing is back-dated, so on the day the demo loads every follow-up is still to come; on a database
        // loaded earlier (the suite run again on PostgreSQL) they have come due as the days passed.
        assertThat(followUps).allSatisfy(t -> assertThat(t.state()).isEqualTo(stateOn(today, t)));

        String json = mvc.perform(get("/api/follow-up/dashboard").with(as(COORDINATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        boolean due = followUps.stream().anyMatch(t -> !today.isBefore(t.opensOn()));
        assertThat(JsonPath.<List<Object>>read(json, "$.due[?(@.patientId == " + reyes.value() + ")]"))
                .hasSize(due ? 1 : 0);
    }

    @Test
    void okaforsBaselineIsDueSoTheCoordinatorsDashboardListsHim() throws Exception {
        PatientId okafor = demo("Okafor");
        PlanView plan = plans.list(actor(CLINICIAN), okafor).get(0);
        LocalDate loaded = LocalDate.ofInstant(plan.versions().get(0).approval().approvedAt(), DEMO_ZONE);
        ScheduleView schedule = schedules.schedules(actor(COORDINATOR), okafor).get(0);
        assertThat(schedule.procedureDate()).isNull();
        assertThat(schedule.plannedProcedure()).isEqualTo(loaded.plusDays(14));
        assertThat(schedule.activeTasks()).extracting(TaskView::state).containsOnly(TaskState.OPEN);
        assertThat(schedule.activeTasks()).as("the ODI's licensed wording is not installed: never sent to him")
                .extracting(TaskView::instrumentId).containsExactly("nrs-11", "peg-3", "phq-9");
        assertThat(schedule.notSent()).singleElement().asString().contains("ODI", "odi.text.json",
                "regenpath.followup.licensed-text-dir");
        assertThat(mvc.perform(get("/patients/" + okafor.value() + "/follow-up").with(as(CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .as("the care team sees why the ODI is not sent and what to install").contains("odi.text.json");
        assertThat(mvc.perform(get("/follow-up/instrument-sets").with(as(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("odi.text.json", "ndi.text.json", "Asked instead: PEG-3.");
        assertThat(mvc.perform(get("/follow-up/instrument-sets/new").with(as(ADMIN))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).as("the clinic set form warns before it is chosen")
                .contains("odi.text.json", "ndi.text.json");
        assertThat(procedures.list(actor(CLINICIAN), okafor)).isEmpty();

        String json = mvc.perform(get("/api/follow-up/dashboard").with(as(COORDINATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String row = "$.due[?(@.patientId == " + okafor.value() + ")]";
        assertThat(JsonPath.<List<String>>read(json, row + ".timePointId")).containsExactly("baseline");
        assertThat(JsonPath.<List<String>>read(json, row + ".dueOn")).containsExactly(loaded.plusDays(14).toString());
        assertThat(JsonPath.<List<String>>read(json, row + ".state")).containsExactly("OPEN");
        assertThat(JsonPath.<List<List<String>>>read(json, row + ".instruments").get(0))
                .containsExactly("NRS-11", "PEG-3", "PHQ-9");
        assertThat(JsonPath.<List<Integer>>read(json, "$.completion[?(@.timePointId == 'baseline')].answered")
                .get(0)).isPositive();
    }

    @Test
    void theChartsFollowUpTabReadsAsTheStory() throws Exception {
        PatientId reyes = demo("Reyes");
        String html = mvc.perform(get("/patients/" + reyes.value() + "/follow-up").with(as(CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Follow-up of Achilles tendinopathy").contains("performed ")
                .contains("data-time-point=\"baseline\"").contains("Completed").contains("Not yet open")
                .doesNotContain("Missed").doesNotContain("late</span>");
    }

    @Test
    void theTreatedPatientCanBeInvitedToThePortalAndSeesWhatComesNext() throws Exception {
        PatientId reyes = demo("Reyes");
        TaskView oneMonth = schedules.schedules(actor(COORDINATOR), reyes).get(0).activeTasks().stream()
                .filter(t -> t.timePointId().equals("1m")).findFirst().orElseThrow();
        var patient = new PortalFixtures.PortalPatient(reyes, "Daniel", "daniel.reyes@patient.example");
        String link = PortalFixtures.invite(invitations, actor(COORDINATOR), patient);
        accounts.activate(link.substring(link.indexOf("token=") + "token=".length()), PortalFixtures.PASSWORD,
                PortalFixtures.PASSWORD, "127.0.0.1");
        String home = mvc.perform(get("/portal").with(asPatient(reyes))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(home).contains("Hello, Daniel").contains("You have answered 3 questionnaires.");
        if (today.isBefore(oneMonth.opensOn())) {
            assertThat(home).contains("Nothing is due right now.").contains("Your next questionnaires (1 month) open"
                    + " on " + oneMonth.opensOn().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        }
    }

    @Test
    void loadingAgainAddsNothing() throws Exception {
        PatientId reyes = demo("Reyes");
        Map<String, Long> before = counts(reyes);
        demoData.run(null);
        assertThat(counts(reyes)).isEqualTo(before);
        assertThat(before).containsEntry("plans", 1L).containsEntry("procedures", 1L).containsEntry("schedules", 1L);
    }

    private Map<String, Long> counts(PatientId patient) {
        Actor clinician = actor(CLINICIAN);
        return Map.of("plans", (long) plans.list(clinician, patient).size(),
                "procedures", (long) procedures.list(clinician, patient).size(),
                "schedules", (long) schedules.schedules(clinician, patient).size(),
                "patients", registry.count(clinician));
    }

    /** What a pending task's state is on {@code day}, from its window alone. */
    private static TaskState stateOn(LocalDate day, TaskView t) {
        return day.isBefore(t.opensOn()) ? TaskState.UPCOMING
                : t.closesOn() != null && day.isAfter(t.closesOn()) ? TaskState.OVERDUE : TaskState.OPEN;
    }

    private static CustodyEvent event(ProductView product, CustodyStep step) {
        return product.events().stream().filter(e -> e.step() == step).findFirst().orElseThrow();
    }
}
