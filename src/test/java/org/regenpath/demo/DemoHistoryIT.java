package org.regenpath.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.FollowupSchedules;
import org.regenpath.followup.ScheduleView;
import org.regenpath.followup.TaskView;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PatientView;
import org.regenpath.procedure.Procedures;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The generated demo history, twenty patients of the first demo clinic: each registered with a name and record
 * number that say they are generated, treated on a day in the past two years (the procedure at that day, entered
 * today), with questionnaires answered at several follow-up time points on their own days and entered later by
 * the coordinator, some patients lost to follow-up, and the registry counting them with denominators that are not
 * zero. The seed makes it repeatable: the dataset is {@link HistoryPlan}'s, tested in {@code HistoryPlanTests}.
 */
class DemoHistoryIT extends WebIT {

    static final int COUNT = 20;
    static final long SEED = 7L;

    @Autowired
    DemoHistory history;

    @Autowired
    PatientRegistry registry;

    @Autowired
    Procedures procedures;

    @Autowired
    FollowupSchedules schedules;

    @Test
    void twentyGeneratedPatientsAreTreatedFollowedUpAndCountedByTheRegistry() throws Exception {
        // A record number prefix of this run's own, so a database kept between runs takes the patients again.
        String prefix = "GEN-IT-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT) + "-";
        DemoHistory.Result result = history.generate(0, "demo-clinic.example", DEMO_PASSWORD, COUNT, SEED, prefix,
                () -> { });
        assertThat(result.failed()).as("every generated patient went the whole path (the log says why not)")
                .isZero();
        assertThat(result.patients()).hasSize(COUNT);

        Actor clinician = actor(CLINICIAN);
        LocalDate today = clinicToday();
        List<HistoryPlan.Patient> planned = HistoryPlan.of(SEED, 0, COUNT, today);
        int enteredLater = 0;
        int lost = 0;
        List<String> answeredTimePoints = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            PatientId id = result.patients().get(i);
            HistoryPlan.Patient p = planned.get(i);
            PatientView patient = registry.get(clinician, id);
            assertThat(patient.familyName()).startsWith("Generated-").isEqualTo(p.family());
            assertThat(patient.mrn()).isEqualTo(prefix + String.format("%04d", i + 1));

            var procedure = procedures.list(clinician, id).get(0);
            assertThat(LocalDate.ofInstant(procedure.performedAt(), DEMO_ZONE)).isEqualTo(p.procedureDay())
                    .isBefore(today);

            ScheduleView schedule = schedules.schedules(clinician, id).get(0);
            assertThat(schedule.procedureDate()).isEqualTo(p.procedureDay());
            for (TaskView task : schedule.activeTasks()) {
                if (task.answeredOn() == null) {
                    continue;
                }
                if (task.enteredLater(DEMO_ZONE)) {
                    enteredLater++;
                }
                assertThat(task.enteredBy()).as("entered by the coordinator").isNotBlank();
                if (!task.baseline()) {
                    assertThat(task.answeredOn()).isAfter(p.procedureDay());
                    answeredTimePoints.add(task.timePointId());
                } else {
                    assertThat(task.answeredOn()).isBefore(p.procedureDay());
                }
            }
            if (p.lostAfter() < HistoryPlan.FOLLOW_UPS.size()) {
                lost++;
            }
        }
        assertThat(enteredLater).as("answers entered later than the day answered").isPositive();
        assertThat(answeredTimePoints).as("answers at several follow-up time points").contains("1m", "3m", "6m",
                "12m");
        assertThat(lost).as("some patients lost to follow-up").isPositive();

        registryCounts();
    }

    /** The registry counts them from the events: treated patients due at each time point, and answers. */
    void registryCounts() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            String json = mvc.perform(get("/api/registry/responders").with(as(RESEARCHER)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat((Integer) JsonPath.read(json, "$.treated")).isGreaterThanOrEqualTo(COUNT);
            List<Integer> due = JsonPath.read(json, "$.timePoints[?(@.timePoint == '3m')].due");
            assertThat(due.get(0)).isPositive();
            List<Integer> completers = JsonPath.read(json,
                    "$.timePoints[?(@.timePoint == '3m')].measures[?(@.measure == 'pain-30-percent')].completers.of");
            assertThat(completers.get(0)).isPositive();
        });
    }
}
