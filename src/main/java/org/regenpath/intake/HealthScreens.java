package org.regenpath.intake;

import static org.regenpath.intake.PainConditions.blankToNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code intake_health_screen} and {@code intake_health_answer}. */
@Repository
class HealthScreens {

    private final JdbcClient jdbc;

    HealthScreens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The patient's health screen; one with every answer UNKNOWN and version 0 when never saved. */
    HealthScreen of(PatientId patient) {
        Map<HealthFact, Answer> answers = new EnumMap<>(HealthFact.class);
        for (HealthFact fact : HealthFact.values()) {
            answers.put(fact, Answer.UNKNOWN);
        }
        jdbc.sql("select fact, answer from intake_health_answer where patient_id = :p")
                .param("p", patient.value())
                .query((rs, n) -> answers.put(HealthFact.valueOf(rs.getString("fact")),
                        Answer.valueOf(rs.getString("answer"))))
                .list();
        Optional<HealthScreen> saved = jdbc.sql("select * from intake_health_screen where patient_id = :p")
                .param("p", patient.value())
                .query((rs, n) -> new HealthScreen(
                        patient,
                        Map.copyOf(answers),
                        rs.getString("other_medications"),
                        rs.getString("other_conditions"),
                        rs.getBigDecimal("hba1c_percent"),
                        rs.getBigDecimal("bmi"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                        rs.getString("updated_by"),
                        rs.getInt("version")))
                .optional();
        return saved.orElseGet(() -> new HealthScreen(patient, Map.copyOf(answers), null, null, null, null, null, null, 0));
    }

    /**
     * Saves the screen when {@code expectedVersion} is the stored one (0 for a screen never saved); false means
     * someone else saved first.
     */
    boolean save(PatientId patient, ClinicId clinic, HealthScreenInput in, int expectedVersion, String who,
            Instant now) {
        boolean written = expectedVersion == 0 ? insert(patient, clinic, in, who, now)
                : jdbc.sql("""
                        update intake_health_screen set other_medications = :meds, other_conditions = :other,
                            hba1c_percent = :hba1c, bmi = :bmi, updated_at = :now, updated_by = :who, version = version + 1
                        where patient_id = :p and version = :v""")
                                .param("meds", blankToNull(in.otherMedications()))
                                .param("other", blankToNull(in.otherConditions()))
                                .param("hba1c", in.hba1cPercent())
                                .param("bmi", in.bmi())
                                .param("now", now.atOffset(ZoneOffset.UTC))
                                .param("who", who)
                                .param("p", patient.value())
                                .param("v", expectedVersion)
                                .update()
                        == 1;
        if (!written) {
            return false;
        }
        jdbc.sql("delete from intake_health_answer where patient_id = :p").param("p", patient.value()).update();
        for (HealthFact fact : HealthFact.values()) {
            Answer answer = in.answers() == null ? null : in.answers().get(fact);
            jdbc.sql("insert into intake_health_answer (patient_id, fact, answer) values (:p, :f, :a)")
                    .param("p", patient.value())
                    .param("f", fact.name())
                    .param("a", (answer == null ? Answer.UNKNOWN : answer).name())
                    .update();
        }
        return true;
    }

    private boolean insert(PatientId patient, ClinicId clinic, HealthScreenInput in, String who, Instant now) {
        boolean exists = jdbc.sql("select count(*) from intake_health_screen where patient_id = :p")
                .param("p", patient.value()).query(Long.class).single() > 0;
        if (exists) {
            return false;
        }
        try {
            jdbc.sql("""
                    insert into intake_health_screen (patient_id, clinic_id, other_medications, other_conditions,
                        hba1c_percent, bmi, updated_at, updated_by, version)
                    values (:p, :c, :meds, :other, :hba1c, :bmi, :now, :who, 1)""")
                    .param("p", patient.value())
                    .param("c", clinic.value())
                    .param("meds", blankToNull(in.otherMedications()))
                    .param("other", blankToNull(in.otherConditions()))
                    .param("hba1c", in.hba1cPercent())
                    .param("bmi", in.bmi())
                    .param("now", now.atOffset(ZoneOffset.UTC))
                    .param("who", who)
                    .update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
