package org.regenpath.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.CandidacyScreening;
import org.regenpath.intake.ConditionInput;
import org.regenpath.intake.Laterality;
import org.regenpath.intake.Outcome;
import org.regenpath.intake.PainProfiles;
import org.regenpath.intake.TreatmentCategory;
import org.regenpath.intake.TreatmentInput;
import org.regenpath.intake.TreatmentResponse;
import org.regenpath.planning.PlanConsents;
import org.regenpath.planning.TreatmentPlans;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.support.ClinicalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The patient list filters by where patients stand and by condition, and sorts by them, with the right total and
 * paging, on the page and over JSON; an unknown stage or condition is refused naming the parameter.
 */
class PatientListFilterIT extends WebIT {

    /** Registered only, beyond the hip patient: enough for a second page of those at "registered". */
    private static final int MORE_REGISTERED = 52;

    @Autowired
    PatientRegistry registry;
    @Autowired
    PainProfiles profiles;
    @Autowired
    CandidacyScreening screening;
    @Autowired
    TreatmentPlans plans;
    @Autowired
    PlanConsents consents;

    private static String tag;
    private static String hip;
    private static String eligible;
    private static String notEligible;
    private static String approved;

    /** Once for the class: the tests only read them. */
    @BeforeEach
    void patientsAtEachStage() {
        if (tag != null) {
            return;
        }
        Random random = new Random();
        StringBuilder letters = new StringBuilder("SF");
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        String prefix = letters.toString();
        ClinicId clinic = account(CLINICIAN).clinicId();
        Actor system = Actor.system(clinic);
        hip = prefix + "-1";
        PatientView registered = registry.register(system, new PatientDetails(hip, "Hilda", "Hipfirst",
                LocalDate.of(1960, 1, 1), SexAtBirth.F, null, null, null));
        profiles.addCondition(system, registered.id(), new ConditionInput("hip-oa", "M16.12", "HIP", Laterality.LEFT,
                LocalDate.now().minusYears(1), 5, 2, null, List.of(new TreatmentInput(TreatmentCategory.NSAID,
                        "Ibuprofen", 12, TreatmentResponse.LOSS_OF_EFFECT))));
        eligible = prefix + "-2";
        ClinicalFixtures.candidate(registry, profiles, screening, clinic, eligible, Outcome.ELIGIBLE);
        notEligible = prefix + "-3";
        ClinicalFixtures.candidate(registry, profiles, screening, clinic, notEligible, Outcome.NOT_ELIGIBLE);
        approved = prefix + "-4";
        ClinicalFixtures.approvedMarrowPlan(plans, consents, actor(CLINICIAN), ClinicalFixtures.candidate(registry,
                profiles, screening, clinic, approved, Outcome.ELIGIBLE));
        for (int i = 0; i < MORE_REGISTERED; i++) {
            registry.register(system, new PatientDetails(prefix + "-R" + (100 + i), "Given", "Onlyregistered",
                    LocalDate.of(1970, 1, 1).plusDays(i), SexAtBirth.M, null, null, null));
        }
        tag = prefix;
    }

    private MockHttpServletResponse api(String query) throws Exception {
        return mvc.perform(get("/api/patients?q=" + tag + "&" + query).with(as(CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse();
    }

    private List<String> mrns(String query) throws Exception {
        return JsonPath.read(api(query).getContentAsString(), "$[*].mrn");
    }

    @Test
    void filtersByEachStageWithTheTotalOfThatStage() throws Exception {
        assertThat(mrns("stage=eligible")).containsExactly(eligible);
        assertThat(mrns("stage=not-eligible")).containsExactly(notEligible);
        assertThat(mrns("stage=plan-approved")).containsExactly(approved);
        assertThat(mrns("stage=treated")).isEmpty();
        assertThat(mrns("stage=follow-up-due")).isEmpty();
        MockHttpServletResponse registered = api("stage=registered&size=20");
        assertThat(registered.getHeader("X-Total-Count")).isEqualTo(String.valueOf(MORE_REGISTERED + 1));
        assertThat((List<String>) JsonPath.read(registered.getContentAsString(), "$[*].mrn")).hasSize(20)
                .contains(hip).doesNotContain(eligible, notEligible, approved);
        assertThat(registered.getHeader("Link")).contains("rel=\"next\"").contains("stage=registered");
    }

    @Test
    void filtersByConditionOfTheCatalogAndCombinesWithStage() throws Exception {
        MockHttpServletResponse knees = api("condition=knee-oa&size=2&sort=mrn");
        assertThat(knees.getHeader("X-Total-Count")).isEqualTo("3");
        assertThat((List<String>) JsonPath.read(knees.getContentAsString(), "$[*].mrn"))
                .containsExactly(eligible, notEligible);
        assertThat(knees.getHeader("Link")).contains("condition=knee-oa").contains("page=1");
        assertThat(mrns("condition=knee-oa&size=2&sort=mrn&page=1")).containsExactly(approved);
        assertThat(mrns("condition=hip-oa")).containsExactly(hip);
        assertThat(mrns("condition=knee-oa&stage=eligible")).containsExactly(eligible);
        assertThat(mrns("condition=shoulder-oa")).isEmpty();
    }

    @Test
    void sortsByStageConditionAndNextDueBothWays() throws Exception {
        List<String> byStage = mrns("sort=stage&size=200");
        assertThat(byStage).hasSize(MORE_REGISTERED + 4);
        assertThat(byStage.subList(MORE_REGISTERED + 1, MORE_REGISTERED + 4))
                .containsExactly(eligible, notEligible, approved);
        assertThat(mrns("sort=stage&dir=desc&size=3")).containsExactly(approved, notEligible, eligible);
        // By condition in words: "Hip …" before "Knee …"; patients without a condition last, either way.
        assertThat(mrns("sort=condition&size=4").get(0)).isEqualTo(hip);
        assertThat(mrns("sort=condition&dir=desc&size=4").subList(0, 3))
                .containsExactlyInAnyOrder(eligible, notEligible, approved);
        assertThat(mrns("sort=condition&dir=desc&size=4").get(3)).isEqualTo(hip);
        assertThat(mrns("sort=due&size=200")).hasSize(MORE_REGISTERED + 4);
    }

    @Test
    void refusesAnUnknownStageOrConditionNamingTheParameter() throws Exception {
        mvc.perform(get("/api/patients").param("stage", "cured").with(as(CLINICIAN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.stage").isNotEmpty());
        mvc.perform(get("/api/patients").param("condition", "Knee pain").with(as(CLINICIAN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.condition").isNotEmpty());
        mvc.perform(get("/api/patients").param("sort", "mood").with(as(CLINICIAN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.sort").isNotEmpty());
        String html = mvc.perform(get("/patients").param("stage", "cured").with(as(CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Choose a stage from the list").contains("0 patients");
    }

    @Test
    void thePageOffersStagesAndCatalogConditionsAndKeepsTheFilterInItsPagingLinks() throws Exception {
        String first = mvc.perform(get("/patients").param("q", tag).param("stage", "registered")
                        .with(as(CLINICIAN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("1–50 of " + (MORE_REGISTERED + 1) + " patients")
                .contains("<option value=\"knee-oa\">Knee osteoarthritis</option>")
                .contains("<option value=\"plan-approved\">Plan approved</option>")
                .contains("<option value=\"registered\" selected=\"selected\">Registered</option>");
        String next = first.replaceAll("(?s).*id=\"patients-next\" href=\"([^\"]*)\".*", "$1").replace("&amp;", "&");
        assertThat(next).contains("stage=registered").contains("q=" + tag).contains("page=1");
        String second = mvc.perform(get(next).with(as(CLINICIAN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(second).contains("51–" + (MORE_REGISTERED + 1) + " of " + (MORE_REGISTERED + 1) + " patients");
        String sortLink = first.replaceAll("(?s).*<a class=\"sort\" href=\"([^\"]*sort=condition[^\"]*)\".*", "$1");
        assertThat(sortLink).contains("stage=registered").doesNotContain("page=");
    }
}
