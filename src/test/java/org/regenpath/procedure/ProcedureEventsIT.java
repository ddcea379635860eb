package org.regenpath.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regenpath.followup.FollowupSchedules;
import org.regenpath.planning.ImageGuidance;
import org.regenpath.shared.InjectionSite;
import org.regenpath.shared.Laterality;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * Recording the procedure of an injected product publishes {@link ProcedureCompleted} with the record, patient,
 * clinic, plan, product and sites; after the commit the follow-up module's listener dates the patient's schedule
 * from the procedure and adds the post-treatment time points.
 *
 * <p>The whole application ({@code WebIT}) with {@link EnableScenarios}, not {@code @ApplicationModuleTest}: a
 * procedure needs a product administered at the bedside (product, planning, intake, patient) and the demo users in a
 * migrated database, and the listener asserted here lives in the follow-up module.
 */
@EnableScenarios
class ProcedureEventsIT extends AdministeredProducts {

    @Autowired
    Procedures procedures;

    @Autowired
    FollowupSchedules schedules;

    @Test
    void recordingAProcedurePublishesProcedureCompletedAndTheFollowUpsAppear(Scenario scenario) {
        Treated t = treated(true);
        await().atMost(Duration.ofSeconds(20)).until(() -> !schedules.schedules(actor(COORDINATOR), t.patient())
                .isEmpty());
        int before = schedules.schedules(actor(COORDINATOR), t.patient()).get(0).activeTasks().size();

        scenario.stimulate(() -> procedures.record(actor(CLINICIAN), t.patient(), new ProcedureInput(t.product(),
                        null, ImageGuidance.ULTRASOUND, List.of(new ProcedureInput.SiteInput("knee joint",
                                Laterality.LEFT, new BigDecimal("4.0"), null)), "None",
                        "Partial weight bearing for 48 hours")))
                .andWaitForEventOfType(ProcedureCompleted.class)
                .matching(e -> e.patientId().equals(t.patient()))
                .toArriveAndVerify(e -> {
                    assertThat(e.procedureId()).isPositive();
                    assertThat(e.clinicId()).isEqualTo(account(CLINICIAN).clinicId());
                    assertThat(e.planId()).isEqualTo(t.plan());
                    assertThat(e.productId()).isEqualTo(t.product());
                    assertThat(e.sites()).containsExactly(new InjectionSite("knee joint", Laterality.LEFT));
                });

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                schedules.schedules(actor(COORDINATOR), t.patient()).get(0)).satisfies(s -> {
                    assertThat(s.procedureDate()).as("the schedule is dated from the procedure").isNotNull();
                    assertThat(s.activeTasks()).as("the post-treatment time points").hasSizeGreaterThan(before);
                }));
    }
}
