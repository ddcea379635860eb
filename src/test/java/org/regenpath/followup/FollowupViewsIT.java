package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.instrument.Threshold;
import org.regenpath.shared.PatientId;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clinician view and the coordinator dashboard on real data: treated patients answer baseline and follow-ups
 * (windows moved by SQL to stand weeks after the procedure), and the trajectory, the responder statuses, the due
 * list and the completion counts say what happened.
 */
class FollowupViewsIT extends TreatedPatientIT {

    static final String OTHER_COORDINATOR = "coordinator@second-clinic.example";

    @Autowired
    FollowupTrajectories trajectories;

    @Autowired
    FollowupDashboard dashboard;

    final LocalDate today = clinicToday();

    static InstrumentTrajectory instrument(List<ScheduleTrajectory> all, String instrumentId) {
        return all.get(0).instruments().stream().filter(i -> i.instrumentId().equals(instrumentId)).findFirst()
                .orElseThrow();
    }

    static TrajectoryPoint at(InstrumentTrajectory t, String timePoint) {
        return t.points().stream().filter(p -> p.timePointId().equals(timePoint)).findFirst().orElseThrow();
    }

    @Test
    void painFromEightToFourIsASubstantialResponseAndTheViewSaysOnHowManyPoints() throws Exception {
        PatientId p = planned();
        path().answerPain(p, "baseline", 8);
        treat(p);
        path().window(p, "1m", today.minusDays(10), today.plusDays(5));
        path().answerPain(p, "1m", 4);
        path().window(p, "3m", today.minusDays(40), today.minusDays(2));
        path().answerPain(p, "3m", 5);

        InstrumentTrajectory nrs = instrument(trajectories.trajectories(actor(CLINICIAN), p), "nrs-11");
        assertThat(nrs.baselineScore()).isEqualTo(8.0);
        assertThat(nrs.mcidThreshold()).isEqualTo(6.0);
        assertThat(nrs.responses()).isEqualTo(3);
        assertThat(nrs.summary()).isEqualTo("Answered at 3 of 3 time points so far (n = 3); 3 still to come.");
        TrajectoryPoint oneMonth = at(nrs, "1m");
        assertThat(oneMonth.score()).isEqualTo(4.0);
        assertThat(oneMonth.late()).isFalse();
        assertThat(oneMonth.responder().percentImprovement()).isEqualByComparingTo("50");
        assertThat(oneMonth.responder().thirtyPercent()).isEqualTo(Threshold.REACHED);
        assertThat(oneMonth.responder().fiftyPercent()).isEqualTo(Threshold.REACHED);
        assertThat(oneMonth.responder().mcid()).isEqualTo(Threshold.REACHED);
        TrajectoryPoint threeMonths = at(nrs, "3m");
        assertThat(threeMonths.late()).isTrue();
        assertThat(threeMonths.responder().thirtyPercent()).isEqualTo(Threshold.REACHED);
        assertThat(threeMonths.responder().fiftyPercent()).isEqualTo(Threshold.NOT_REACHED);
        assertThat(threeMonths.responder().mcid()).isEqualTo(Threshold.REACHED);
        assertThat(at(nrs, "6m").state()).isEqualTo(TaskState.UPCOMING);
        InstrumentTrajectory koos = instrument(trajectories.trajectories(actor(CLINICIAN), p), "koos-jr");
        assertThat(koos.baselineScore()).isNull();
        assertThat(at(koos, "baseline").state()).isEqualTo(TaskState.MISSED);
        assertThat(koos.summary()).startsWith("Answered at 0 of 3 time points so far (n = 0)");

        mvc.perform(get("/api/patients/" + p.value() + "/follow-up/trajectory").with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].instruments[0].instrumentId").value("nrs-11"))
                .andExpect(jsonPath("$[0].instruments[0].baselineScore").value(8.0))
                .andExpect(jsonPath("$[0].instruments[0].mcidThreshold").value(6.0))
                .andExpect(jsonPath("$[0].instruments[0].points[1].responder.fiftyPercent").value("REACHED"))
                .andExpect(jsonPath("$[0].instruments[0].points[2].late").value(true));

        String html = mvc.perform(get("/patients/" + p.value() + "/follow-up").with(as(CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"trajectory-" + schedule(p).id() + "-nrs-11-total\"")
                .contains("Improved 4 (50 %): ≥30 % reached, ≥50 % reached; MCID 2 reached")
                .contains("Answered at 3 of 3 time points so far (n = 3); 3 still to come.")
                .contains("class=\"trajectory-chart\"").contains("/js/followup-charts.js")
                .as("the care team, clinicians too, may change the protocol").contains("Change protocol</summary>");
        assertThat(mvc.perform(get("/patients/" + p.value() + "/follow-up").with(as(COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Change protocol</summary>");
    }

    @Test
    void theDashboardListsOverdueFirstAndCountsWhoAnsweredEachTimePoint() throws Exception {
        FollowupDashboardView before = dashboard.dashboard(actor(COORDINATOR));
        PatientId overdue = path().planned("Overdue-" + UUID.randomUUID().toString().replaceAll("[^a-f]", ""));
        path().answerPain(overdue, "baseline", 7);
        treat(overdue);
        path().window(overdue, "1m", today.minusDays(30), today.minusDays(3));
        PatientId answered = treat(planned());
        path().window(answered, "1m", today.minusDays(5), today.plusDays(10));
        path().answerPain(answered, "1m", 3);
        PatientId waiting = planned();

        long audit = lastAuditId();
        FollowupDashboardView after = dashboard.dashboard(actor(COORDINATOR));
        assertThat(auditAfter(audit)).anySatisfy(r -> {
            assertThat(r.get("action")).isEqualTo("SEARCH");
            assertThat(r.get("outcome")).isEqualTo("SUCCESS");
        });
        assertThat(delta(before, after, "baseline")).containsExactly(3, 1, 1);
        assertThat(delta(before, after, "1m")).containsExactly(2, 1, 0);
        assertThat(delta(before, after, "3m")).containsExactly(0, 0, 0);

        DueItem late = row(after, overdue, "1m");
        assertThat(late.state()).isEqualTo(TaskState.OVERDUE);
        assertThat(late.daysOverdue()).isEqualTo(3);
        assertThat(late.instruments()).containsExactly("NRS-11", "KOOS, JR.", "PEG-3", "PGIC");
        DueItem partly = row(after, answered, "1m");
        assertThat(partly.state()).isEqualTo(TaskState.OPEN);
        assertThat(partly.instruments()).containsExactly("KOOS, JR.", "PEG-3", "PGIC");
        DueItem baseline = row(after, waiting, "baseline");
        assertThat(baseline.closesOn()).isNull();
        assertThat(after.due()).extracting(DueItem::daysOverdue).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(after.due().indexOf(late)).isLessThan(after.due().indexOf(partly));
        assertThat(after.answeredMeans()).contains("primary instrument");

        String html = mvc.perform(get("/follow-up").with(as(CLINICIAN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(html).contains("href=\"/patients/" + overdue.value() + "/follow-up\"").contains("Overdue 3 days")
                .contains("id=\"completion\"").contains("Wilson");
        mvc.perform(get("/api/follow-up/dashboard").with(as(COORDINATOR))).andExpect(status().isOk())
                .andExpect(jsonPath("$.due[?(@.patientId == " + overdue.value() + ")].daysOverdue").value(3))
                .andExpect(jsonPath("$.completion[0].timePointId").value("baseline"))
                .andExpect(jsonPath("$.completion[0].rate.lower").isNumber());
        String otherClinic = mvc.perform(get("/api/follow-up/dashboard").with(as(OTHER_COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(otherClinic).doesNotContain("\"patientId\":" + overdue.value() + ",");
    }

    @Test
    void aCoordinatorChangesTheProtocolAndIsToldNothingAnsweredWasLost() throws Exception {
        PatientId p = planned();
        path().answerPain(p, "baseline", 6);
        ScheduleView s = schedule(p);
        String url = "/patients/" + p.value() + "/follow-up/schedules/" + s.id() + "/protocol";
        mvc.perform(post(url).with(as(COORDINATOR)).with(csrf()).param("templateId", "ichom-low-back")
                        .param("instrumentSetId", "hip-oa").param("version", String.valueOf(s.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("changed", "Protocol changed: 1 added, 2 no longer asked, 0 redated; "
                        + "nothing answered was lost (1 answered questionnaire kept)."));
        assertThat(task(p, "baseline", "nrs-11").state()).isEqualTo(TaskState.COMPLETED);
        assertThat(task(p, "baseline", "hoos-jr").state()).isEqualTo(TaskState.OPEN);

        String stale = mvc.perform(post(url).with(as(COORDINATOR)).with(csrf()).param("templateId", "default")
                        .param("instrumentSetId", "knee-oa").param("version", String.valueOf(s.version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("id=\"conflict-" + s.id() + "\"").contains("Someone else changed this schedule");
        String unknown = mvc.perform(post(url).with(as(COORDINATOR)).with(csrf()).param("templateId", "weekly")
                        .param("instrumentSetId", "knee-oa")
                        .param("version", String.valueOf(schedule(p).version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("Choose one of");
        assertThat(schedule(p).templateId()).isEqualTo("ichom-low-back");
    }

    /** Enrolled, answered and still open added at a time point between two looks at the dashboard. */
    static List<Integer> delta(FollowupDashboardView before, FollowupDashboardView after, String timePoint) {
        TimePointCompletion b = completion(before, timePoint);
        TimePointCompletion a = completion(after, timePoint);
        return List.of(a.enrolled() - b.enrolled(), a.answered() - b.answered(), a.stillOpen() - b.stillOpen());
    }

    static TimePointCompletion completion(FollowupDashboardView view, String timePoint) {
        return view.completion().stream().filter(c -> c.timePointId().equals(timePoint)).findFirst().orElseThrow();
    }

    static DueItem row(FollowupDashboardView view, PatientId patient, String timePoint) {
        return view.due().stream().filter(d -> d.patientId().equals(patient) && d.timePointId().equals(timePoint))
                .findFirst().orElseThrow();
    }
}
