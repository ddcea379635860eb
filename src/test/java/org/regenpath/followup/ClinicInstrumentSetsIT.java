package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.PatientId;
import org.regenpath.support.ClinicalFixtures;
import org.springframework.http.MediaType;

/**
 * A clinic's own instrument sets, end to end in a clinic of their own (so that no other test's demo patients get
 * them): a knee OA plan approved after the admin made a set gets it; a revision applies to later plans only, while
 * a schedule keeps its version until its protocol is changed; retiring brings the shipped default back; the demo
 * clinic never sees another clinic's set; bad sets are refused naming the field, and versions cannot be changed.
 */
class ClinicInstrumentSetsIT extends TestClinicIT {

    static final String BODY = """
            {"label": "Knee OA, full KOOS", "templateId": "default",
             "instruments": {"nrs-11": ["baseline", "1m", "3m", "6m", "12m", "24m"], "koos": ["baseline", "3m", "12m"],
                             "phq-9": ["baseline", "12m"]%s},
             "conditions": ["knee-oa"], "source": "Clinic protocol: full KOOS for its five subscales"%s}""";

    /** Creates a set through the API and returns its version. */
    ClinicSetVersion created(String extraInstruments) throws Exception {
        String json = mvc.perform(post("/api/follow-up/instrument-sets").with(as(clinic.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(BODY.formatted(extraInstruments, "")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long setId = Long.parseLong(json.replaceAll("(?s).*\"setId\":(\\d+).*", "$1"));
        return sets.newest(actor(clinic.admin()), setId);
    }

    /** A knee OA patient of the test clinic with an approved plan, once the schedule exists. */
    ScheduleView plannedInTestClinic() {
        ClinicalFixtures.Candidate c = ClinicalFixtures.candidate(beans.getBean(PatientRegistry.class),
                beans.getBean(PainProfiles.class), beans.getBean(CandidacyScreening.class), clinic.id(), uniqueMrn(),
                Outcome.ELIGIBLE);
        ClinicalFixtures.approvedMarrowPlan(beans.getBean(TreatmentPlans.class), beans.getBean(PlanConsents.class),
                actor(clinic.clinician()), c, LocalDate.now().plusDays(3));
        PatientId p = c.patient();
        await().atMost(Duration.ofSeconds(20)).until(() -> !schedules.schedules(actor(clinic.coordinator()), p)
                .isEmpty());
        return schedules.schedules(actor(clinic.coordinator()), p).get(0);
    }

    static List<String> baselineInstruments(ScheduleView s) {
        return s.activeTasks().stream().filter(TaskView::baseline).map(TaskView::instrumentId).toList();
    }

    @Test
    void plansGetTheClinicsSetAndSchedulesKeepTheirVersionUntilTheProtocolChanges() throws Exception {
        ClinicSetVersion v1 = created("");
        assertThat(sets.overview(actor(clinic.clinician())).inForce()).filteredOn(c -> c.conditionId().equals("knee-oa"))
                .singleElement().satisfies(c -> {
                    assertThat(c.setId()).isEqualTo(v1.instrumentSetId());
                    assertThat(c.matchedBy()).isEqualTo(SetChoice.MatchedBy.CLINIC);
                });

        ScheduleView first = plannedInTestClinic();
        assertThat(first.instrumentSetId()).isEqualTo(v1.instrumentSetId());
        assertThat(first.instrumentSetLabel()).isEqualTo("Knee OA, full KOOS (clinic set, version 1)");
        assertThat(baselineInstruments(first)).containsExactlyInAnyOrder("nrs-11", "koos", "phq-9");
        assertThat(first.note()).contains("this clinic's own set for");

        String revision = BODY.formatted(", \"peg-3\": [\"baseline\", \"3m\"]", ", \"version\": 1");
        mvc.perform(put("/api/follow-up/instrument-sets/" + v1.setId()).with(as(clinic.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(revision))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
        ScheduleView second = plannedInTestClinic();
        assertThat(baselineInstruments(second)).containsExactlyInAnyOrder("nrs-11", "koos", "phq-9", "peg-3");
        ScheduleView firstAgain = schedules.schedules(actor(clinic.coordinator()), first.patientId()).get(0);
        assertThat(firstAgain.instrumentSetId()).isEqualTo(v1.instrumentSetId());
        assertThat(baselineInstruments(firstAgain)).doesNotContain("peg-3");

        ProtocolChange change = schedules.changeProtocol(actor(clinic.coordinator()), first.patientId(), first.id(),
                "default", second.instrumentSetId(), firstAgain.version());
        assertThat(change.added()).isEqualTo(1);
        assertThat(baselineInstruments(change.schedule())).contains("peg-3");

        mvc.perform(post("/api/follow-up/instrument-sets/" + v1.setId() + "/retirement").with(as(clinic.admin()))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"version\": 2}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.retired").value(true));
        ScheduleView third = plannedInTestClinic();
        assertThat(third.instrumentSetId()).isEqualTo("knee-oa");
        assertThat(baselineInstruments(third)).contains("koos-jr").doesNotContain("koos");
        assertThat(schedules.schedules(actor(clinic.coordinator()), second.patientId()).get(0).instrumentSetId())
                .as("a retired set's schedules keep it").isEqualTo(second.instrumentSetId());
    }

    @Test
    void anotherClinicNeverSeesOrGetsTheSet() throws Exception {
        ClinicSetVersion v = created("");
        assertThat(sets.overview(actor(ADMIN)).inForce()).filteredOn(c -> c.conditionId().equals("knee-oa"))
                .singleElement().satisfies(c -> assertThat(c.setId()).isEqualTo("knee-oa"));
        String demo = mvc.perform(get("/api/follow-up/instrument-sets").with(as(COORDINATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(demo).doesNotContain(v.instrumentSetId());
        ScheduleView demoSchedule = schedule(planned());
        assertThatThrownBy(() -> schedules.changeProtocol(actor(COORDINATOR), demoSchedule.patientId(),
                demoSchedule.id(), "default", v.instrumentSetId(), demoSchedule.version()))
                .isInstanceOf(org.regenpath.shared.InvalidInput.class).hasMessageContaining("instrumentSetId");
        retire(v);
    }

    @Test
    void badSetsAreRefusedNamingTheFieldAndWriteNothing() throws Exception {
        long before = versions();
        String noSource = BODY.formatted("", "").replace("\"Clinic protocol: full KOOS for its five subscales\"",
                "\" \"");
        refusedWith(noSource, "source");
        refusedWith(BODY.formatted(", \"womac\": [\"baseline\"]", ""), "instruments");
        refusedWith(BODY.formatted("", "").replace("\"default\"", "\"ichom-low-back\""), "instruments");
        refusedWith(BODY.formatted("", ", \"primaryInstrumentId\": \"koos\""), "primaryInstrumentId");
        refusedWith(BODY.formatted("", "").replace("\"knee-oa\"", "\"elbow-pain\""), "conditions");
        assertThat(versions()).isEqualTo(before);

        ClinicSetVersion v = created("");
        refusedWith(BODY.formatted("", ""), "conditions");
        mvc.perform(put("/api/follow-up/instrument-sets/" + v.setId()).with(as(clinic.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(BODY.formatted("", ", \"version\": 0")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors.version").exists());
        assertThat(versions()).isEqualTo(before + 1);
        retire(v);
    }

    @Test
    void savedVersionsCannotBeChangedOrDeleted() throws Exception {
        ClinicSetVersion v = created("");
        assertThatThrownBy(() -> owner().sql("update followup_clinic_set_version set label = 'x' where id = :id")
                .param("id", v.versionId()).update()).hasMessageContaining("followup_clinic_set_version");
        assertThatThrownBy(() -> owner().sql("delete from followup_clinic_set_version where id = :id")
                .param("id", v.versionId()).update()).hasMessageContaining("followup_clinic_set_version");
        retire(v);
    }

    void refusedWith(String body, String field) throws Exception {
        mvc.perform(post("/api/follow-up/instrument-sets").with(as(clinic.admin())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors." + field).exists());
    }

    void retire(ClinicSetVersion v) {
        sets.retire(actor(clinic.admin()), v.setId(), sets.newest(actor(clinic.admin()), v.setId()).version());
    }

    long versions() {
        return jdbc.sql("select count(*) from followup_clinic_set_version").query(Long.class).single();
    }

}
