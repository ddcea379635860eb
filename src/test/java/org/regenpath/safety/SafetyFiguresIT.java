package org.regenpath.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.safety.SafetyRateRow.Collection;
import org.regenpath.safety.SafetyRateRow.Grouping;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.support.LookupChecks;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The clinic safety figures on a small clinic of their own, against values computed by hand: four procedures (three
 * of marrow concentrate, one of micro-fragmented fat; two with a checklist answered), four events (one asked for,
 * two reported, one linked to no procedure). The 95 % Wilson bounds were computed apart from the application, with
 * the textbook formula in Python (z = 1.959963984540054), to four decimals per 100.
 */
class SafetyFiguresIT extends WebIT {

    static final String MARROW = "Autologous bone marrow (iliac crest aspirate), Bone marrow concentrate";

    @Autowired
    SafetyFigures figures;

    ClinicId clinic;
    Actor clinician;
    LocalDate today;
    long p1;
    long p2;
    long p3;
    long p4;

    @BeforeEach
    void aClinicOfFourProcedures() {
        clinic = LookupChecks.freshClinic();
        Actor demo = actor(CLINICIAN);
        clinician = new Actor(demo.userId(), demo.username(), demo.role(), clinic, null, "127.0.0.1");
        today = LocalDate.now(ZoneOffset.UTC); // a clinic with no zone on record counts in UTC
        p1 = procedure("BONE_MARROW_CONCENTRATE", "AUTOLOGOUS_BONE_MARROW", today.minusDays(10));
        p2 = procedure("BONE_MARROW_CONCENTRATE", "AUTOLOGOUS_BONE_MARROW", today.minusDays(5));
        p3 = procedure("BONE_MARROW_CONCENTRATE", "AUTOLOGOUS_BONE_MARROW", today.minusDays(3));
        p4 = procedure("MICROFRAGMENTED_ADIPOSE", "AUTOLOGOUS_ADIPOSE", today.minusDays(2));
        answeredChecklist(p1, today.minusDays(10));
        answeredChecklist(p2, today.minusDays(5));
        event(p1, 1, false, "SOLICITED_CHECKLIST");
        event(p1, 2, true, "PHONE");
        event(p3, 1, false, "PATIENT_PORTAL");
        event(null, 3, true, "CLINICIAN_OBSERVED");
    }

    SafetyRateRow row(SafetyRateTable t, Grouping grouping, String group, Collection collection) {
        return t.rows(grouping).stream().filter(r -> r.group().equals(group) && r.collection() == collection)
                .findFirst().orElseThrow(() -> new AssertionError("no row " + group + " " + collection));
    }

    static void figure(SafetyRateRow r, int withEvent, int procedures, int events, double perHundred, double lower,
            double upper) {
        assertThat(r.withEvent()).as(r.group() + " " + r.collection() + " numerator").isEqualTo(withEvent);
        assertThat(r.procedures()).as(r.group() + " " + r.collection() + " n").isEqualTo(procedures);
        assertThat(r.events()).as(r.group() + " " + r.collection() + " events").isEqualTo(events);
        assertThat(r.perHundred()).isCloseTo(perHundred, within(1e-3));
        assertThat(r.lowerPerHundred()).isCloseTo(lower, within(1e-3));
        assertThat(r.upperPerHundred()).isCloseTo(upper, within(1e-3));
    }

    @Test
    void theFiguresMatchTheValuesComputedByHand() {
        SafetyFigures.Counted counted = figures.count(clinician);
        SafetyRateTable t = counted.table();
        assertThat(counted.countedOn()).isEqualTo(today);
        assertThat(t.procedures()).isEqualTo(4);
        assertThat(t.eventsLeftOut()).isEqualTo(1);

        // Marrow: asked for after 1 of the 2 answered; reported after 2 of 3 (p1 by phone, p3 in the portal).
        figure(row(t, Grouping.CELL_SOURCE_AND_PRODUCT, MARROW, Collection.SOLICITED), 1, 2, 1, 50, 9.4531, 90.5469);
        figure(row(t, Grouping.CELL_SOURCE_AND_PRODUCT, MARROW, Collection.PASSIVE), 2, 3, 2, 66.6667, 20.766,
                93.8508);
        figure(row(t, Grouping.CELL_SOURCE_AND_PRODUCT, MARROW, Collection.EITHER), 2, 3, 3, 66.6667, 20.766,
                93.8508);
        String fat = "Autologous adipose tissue, Micro-fragmented adipose tissue (mechanical)";
        SafetyRateRow fatAsked = row(t, Grouping.CELL_SOURCE_AND_PRODUCT, fat, Collection.SOLICITED);
        assertThat(fatAsked.procedures()).as("no checklist answered: nothing to count").isZero();
        assertThat(fatAsked.perHundred()).isNull();
        figure(row(t, Grouping.CELL_SOURCE_AND_PRODUCT, fat, Collection.PASSIVE), 0, 1, 0, 0, 0, 79.3451);

        figure(row(t, Grouping.GRADE, "Grade 1", Collection.SOLICITED), 1, 2, 1, 50, 9.4531, 90.5469);
        figure(row(t, Grouping.GRADE, "Grade 1", Collection.PASSIVE), 1, 4, 1, 25, 4.5587, 69.9358);
        figure(row(t, Grouping.GRADE, "Grade 1", Collection.EITHER), 2, 4, 2, 50, 15.0039, 84.9961);
        figure(row(t, Grouping.GRADE, "Grade 2", Collection.SOLICITED), 0, 2, 0, 0, 0, 65.762);
        figure(row(t, Grouping.GRADE, "Grade 2", Collection.PASSIVE), 1, 4, 1, 25, 4.5587, 69.9358);
        figure(row(t, Grouping.GRADE, "Grade 3", Collection.EITHER), 0, 4, 0, 0, 0, 48.9891);

        figure(row(t, Grouping.SERIOUSNESS, "Serious", Collection.PASSIVE), 1, 4, 1, 25, 4.5587, 69.9358);
        figure(row(t, Grouping.SERIOUSNESS, "Serious", Collection.SOLICITED), 0, 2, 0, 0, 0, 65.762);
        figure(row(t, Grouping.SERIOUSNESS, "Not serious", Collection.EITHER), 2, 4, 2, 50, 15.0039, 84.9961);

        assertThat(t.unanswered().count()).isEqualTo(2);
        assertThat(t.unanswered().lastOn()).isEqualTo(today.minusDays(2));
        assertThat(t.unanswered().daysSince()).isEqualTo(2L);
    }

    @Test
    void theReadIsAuditedAndAnotherClinicsFiguresAreNotCounted() {
        long before = lastAuditId();
        SafetyRateTable demo = figures.count(actor(CLINICIAN)).table();
        assertThat(auditAfter(before)).anySatisfy(a -> {
            assertThat(a.get("outcome")).isEqualTo("SUCCESS");
            assertThat(a.get("resource_type")).isEqualTo(SafetyFigures.RESOURCE);
        });
        long demoProcedures = jdbc.sql("select count(*) from procedure_record where clinic_id = :c")
                .param("c", actor(CLINICIAN).clinicId().value()).query(Long.class).single();
        assertThat(demo.procedures()).isEqualTo((int) demoProcedures);
        assertThat(figures.count(clinician).table().procedures()).isEqualTo(4);
    }

    @Test
    void theJsonAnswerCarriesEachFiguresNumbersAndIsInTheApiDocument() throws Exception {
        SafetyRateTable demo = figures.count(actor(CLINICIAN)).table();
        SafetyRateRow gradeOne = row(demo, Grouping.GRADE, "Grade 1", Collection.EITHER);
        mvc.perform(get("/api/safety/rates").with(as(CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedures").value(demo.procedures()))
                .andExpect(jsonPath("$.interval").value(org.hamcrest.Matchers.containsString(
                        "10.1080/01621459.1927.10502953")))
                .andExpect(jsonPath("$.withoutSolicitedAnswer.count").value(demo.unanswered().count()))
                .andExpect(jsonPath("$.rows.length()").value(demo.rows().size()))
                .andExpect(jsonPath("$.rows[?(@.grouping == 'grade' && @.group == 'Grade 1'"
                        + " && @.collection == 'either')].withEvent").value(gradeOne.withEvent()))
                .andExpect(jsonPath("$.rows[?(@.grouping == 'grade' && @.group == 'Grade 1'"
                        + " && @.collection == 'either')].procedures").value(gradeOne.procedures()));
        long other = jdbc.sql("select count(*) from procedure_record where clinic_id = :c")
                .param("c", actor(OTHER_CLINICIAN).clinicId().value()).query(Long.class).single();
        mvc.perform(get("/api/safety/rates").with(as(OTHER_CLINICIAN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.procedures").value((int) other));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/safety/rates'].get").exists());
    }

    long procedure(String type, String source, LocalDate day) {
        String product = "RPSAFE" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        Instant at = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        jdbc.sql("""
                insert into product_product (identifier, scheme, patient_id, clinic_id, plan_id, plan_version,
                    product_type, cell_source, state, expires_at, collected_at, updated_at, version)
                values (:id, 'REGENPATH', :p, :c, :plan, 1, :type, :source, 'COLLECTED', :expires, :t, :t, 0)""")
                .param("id", product).param("p", Long.MAX_VALUE - 21).param("c", clinic.value())
                .param("plan", Long.MAX_VALUE - 21).param("type", type).param("source", source)
                .param("t", at.atOffset(ZoneOffset.UTC))
                .param("expires", at.plus(8, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("""
                insert into product_custody_event (product_id, sequence, step, state_after, performed_by_user_id,
                    performed_by, occurred_at, location, seconds_outside_body, recorded_at)
                values ((select id from product_product where identifier = :id), 1, 'COLLECTED', 'COLLECTED', 1,
                    'Figures Test', :t, 'Procedure room', 0, :t)""")
                .param("id", product).param("t", at.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("""
                insert into procedure_record (patient_id, clinic_id, product_identifier, plan_id, performed_at,
                    operator_user_id, operator, image_guidance, complications, instructions, recorded_at)
                values (:p, :c, :product, :plan, :t, 1, 'Figures Test', 'ULTRASOUND', 'None', 'Rest', :t)""")
                .param("p", Long.MAX_VALUE - 21).param("c", clinic.value()).param("product", product)
                .param("plan", Long.MAX_VALUE - 21).param("t", at.atOffset(ZoneOffset.UTC)).update();
        return jdbc.sql("select id from procedure_record where product_identifier = :p").param("p", product)
                .query(Long.class).single();
    }

    void answeredChecklist(long procedure, LocalDate performedOn) {
        Instant at = performedOn.plusDays(2).atTime(9, 0).toInstant(ZoneOffset.UTC);
        jdbc.sql("""
                insert into safety_checklist (clinic_id, patient_id, procedure_id, day_after_procedure, performed_on,
                    due_on, content_version, harvest_items, state, created_at, answered_at, answered_on, answered_by,
                    answered_by_role, answered_how)
                values (:c, :p, :proc, 2, :on, :due, '1', false, 'ANSWERED', :at, :at, :due, 'Figures Test',
                    'Patient', 'PORTAL')""")
                .param("c", clinic.value()).param("p", Long.MAX_VALUE - 21).param("proc", procedure)
                .param("on", performedOn).param("due", performedOn.plusDays(2))
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    void event(Long procedure, int grade, boolean serious, String detection) {
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        jdbc.sql("""
                insert into safety_adverse_event (clinic_id, patient_id, version, status, term_key, grade, serious,
                    product_identifier, procedure_id, first_known_at, updated_at)
                values (:c, :p, 1, 'OPEN', 'injection-site-swelling', :g, :s, null, :proc, :at, :at)""")
                .param("c", clinic.value()).param("p", Long.MAX_VALUE - 21).param("g", grade).param("s", serious)
                .param("proc", procedure).param("at", at.atOffset(ZoneOffset.UTC)).update();
        long id = jdbc.sql("select max(id) from safety_adverse_event where clinic_id = :c")
                .param("c", clinic.value()).query(Long.class).single();
        jdbc.sql("""
                insert into safety_adverse_event_version (event_id, version, status, procedure_id, term_key,
                    description, onset_date, grade, seriousness, action_taken, detection, changed_by_user_id,
                    changed_by, changed_at)
                values (:e, 1, 'OPEN', :proc, 'injection-site-swelling', 'Swollen knee', :onset, :g, :s, '', :d, 1,
                    'Figures Test', :at)""")
                .param("e", id).param("proc", procedure).param("onset", today.minusDays(1)).param("g", grade)
                .param("s", serious ? "HOSPITALISATION" : "").param("d", detection)
                .param("at", at.atOffset(ZoneOffset.UTC)).update();
    }
}
