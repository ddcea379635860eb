package org.regenpath.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regenpath.intake.PainCondition;
import org.regenpath.intake.PainProfiles;
import org.regenpath.patient.PatientDetails;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.SexAtBirth;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicZones;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The demo clinic is in New York. At 23:30 there (04:30 UTC the next day) every day the application computes is
 * still the New York date: the procedure day and the follow-ups dated from it, the dashboard's today, the reminder
 * day, chronicity and a birth date's "not in the future"; also at 23:30 on the day before each daylight-saving
 * change. The application's clock is set to those instants and ticks a millisecond per reading, so records keep
 * their order.
 */
class ClinicLocalDayIT extends TreatedPatientIT {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** 23:30 on Monday 7 December 2026 in New York (EST, UTC-5). */
    private static final Instant LATE_EVENING = Instant.parse("2026-12-08T04:30:00Z");
    private static final LocalDate LOCAL_DAY = LocalDate.of(2026, 12, 7);
    private static final SetClock CLOCK = new SetClock();

    /** The application's clock: a set instant that ticks a millisecond per reading, or real time. */
    static final class SetClock extends Clock {
        private volatile Instant base;
        private final AtomicLong ticks = new AtomicLong();

        void at(Instant instant) {
            ticks.set(0);
            base = instant;
        }

        void realTime() {
            base = null;
        }

        @Override
        public Instant instant() {
            Instant b = base;
            return b == null ? Instant.now() : b.plusMillis(ticks.incrementAndGet());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @TestConfiguration
    static class SetClockConfiguration {
        @Bean
        @Primary
        Clock setClock() {
            return CLOCK;
        }
    }

    @Autowired
    ClinicZones zones;

    @Autowired
    FollowupDashboard dashboard;

    @Autowired
    FollowupReminders reminders;

    @Autowired
    PatientRegistry registry;

    @Autowired
    PainProfiles profiles;

    @BeforeEach
    void theDemoClinicIsInNewYork() {
        assertThat(zones.zoneOf(actor(CLINICIAN).clinicId())).isEqualTo(NEW_YORK);
    }

    @AfterEach
    void backToRealTime() {
        CLOCK.realTime();
    }

    @Test
    void aProcedureAt2330InNewYorkIsOnTheLocalDayAndSoAreItsFollowUps() {
        CLOCK.at(LATE_EVENING);
        assertThat(zones.today(actor(CLINICIAN).clinicId())).isEqualTo(LOCAL_DAY);
        PatientId p = path().planned("Nightly", "Nora", LOCAL_DAY);
        treat(p);

        ScheduleView schedule = schedule(p);
        assertThat(schedule.procedureDate()).isEqualTo(LOCAL_DAY);
        assertThat(task(p, "1m", "nrs-11").dueOn()).isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void theDashboardsTodayIsTheLocalDateSoAWindowClosingTodayIsDueNotOverdue() {
        CLOCK.at(LATE_EVENING.minusSeconds(86_400));
        PatientId p = treated();
        path().window(p, "1m", LOCAL_DAY.minusDays(10), LOCAL_DAY);

        CLOCK.at(LATE_EVENING);
        FollowupDashboardView view = dashboard.dashboard(actor(COORDINATOR));
        assertThat(view.today()).isEqualTo(LOCAL_DAY);
        assertThat(view.due()).filteredOn(d -> d.patientId().equals(p) && d.timePointId().equals("1m"))
                .singleElement().satisfies(d -> {
                    assertThat(d.state()).isEqualTo(TaskState.OPEN);
                    assertThat(d.daysOverdue()).isZero();
                });
    }

    @Test
    void questionnairesOpeningTomorrowAreNotAnnouncedAt2330ButJustAfterLocalMidnight() {
        CLOCK.at(LATE_EVENING.minusSeconds(86_400));
        PatientId p = portalPatient();
        path().window(p, "baseline", LOCAL_DAY.plusDays(1), LOCAL_DAY.plusDays(20));

        CLOCK.at(LATE_EVENING);
        reminders.sendDue();
        assertThat(reminders(p, "OPENED")).as("23:30 local, 04:30 UTC: not yet the opening day").isZero();

        CLOCK.at(LATE_EVENING.plusSeconds(3_600));
        reminders.sendDue();
        assertThat(reminders(p, "OPENED")).as("00:30 local on the opening day").isEqualTo(1);
    }

    @Test
    void chronicityCountsTheLocalDays() {
        CLOCK.at(LATE_EVENING);
        PatientId p = planned();
        // Three months (IASP) from 8 September 2026 is 8 December: tomorrow in New York, today in UTC.
        jdbc.sql("update intake_pain_condition set onset_date = :d where patient_id = :p")
                .param("d", LocalDate.of(2026, 9, 8)).param("p", p.value()).update();
        PainCondition condition = profiles.profile(actor(CLINICIAN), p).activeConditions().get(0);
        assertThat(condition.chronicity().qualifiesOn()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(condition.chronicity().chronic()).isFalse();

        CLOCK.at(LATE_EVENING.plusSeconds(3_600));
        assertThat(profiles.profile(actor(CLINICIAN), p).activeConditions().get(0).chronicity().chronic()).isTrue();
    }

    @Test
    void aBirthDateOfTomorrowInNewYorkIsInTheFutureAlthoughUtcIsOnIt() {
        CLOCK.at(LATE_EVENING);
        Actor clinician = actor(CLINICIAN);
        assertThatThrownBy(() -> registry.register(clinician, new PatientDetails(null, "Tomorrow", "Tessa",
                LOCAL_DAY.plusDays(1), SexAtBirth.F, null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("dateOfBirth", "Cannot be in the future"));
    }

    @Test
    void aProcedureAt2330TheEveningBeforeDaylightSavingStartsIsOnThatDay() {
        // Saturday 13 March 2027, 23:30 EST; clocks go forward at 02:00 on Sunday 14 March.
        CLOCK.at(Instant.parse("2027-03-14T04:30:00Z"));
        PatientId p = path().planned("Spring", "Sam", LocalDate.of(2027, 3, 13));
        treat(p);
        assertThat(schedule(p).procedureDate()).isEqualTo(LocalDate.of(2027, 3, 13));
        assertThat(task(p, "1m", "nrs-11").dueOn()).isEqualTo(LocalDate.of(2027, 4, 13));
    }

    @Test
    void aProcedureAt2330TheEveningBeforeDaylightSavingEndsIsOnThatDay() {
        // Saturday 31 October 2026, 23:30 EDT (UTC-4); clocks go back at 02:00 on Sunday 1 November.
        CLOCK.at(Instant.parse("2026-11-01T03:30:00Z"));
        PatientId p = path().planned("Autumn", "Ada", LocalDate.of(2026, 10, 31));
        treat(p);
        assertThat(schedule(p).procedureDate()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(task(p, "1m", "nrs-11").dueOn()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    private long reminders(PatientId p, String kind) {
        return jdbc.sql("select count(*) from followup_reminder where patient_id = :p and kind = :k")
                .param("p", p.value()).param("k", kind).query(Long.class).single();
    }
}
