package org.regenpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.Role;
import org.regenpath.shared.StaffMember;
import org.regenpath.shared.UserId;

class ActorTests {

    @Test
    void onlyTheSystemActorPassesEveryRoleCheck() {
        assertThat(Actor.system(ClinicId.of(1)).hasRole(Role.CLINICIAN)).isTrue();
        Actor anonymousLookalike = new Actor(null, "system", Role.LAB_TECHNICIAN, ClinicId.of(1), null, null);
        assertThat(anonymousLookalike.isSystem()).isFalse();
        assertThat(new Actor(null, "anonymous", null, null, null, null).hasRole(Role.CLINICIAN)).isFalse();
    }

    @Test
    void aUserHasOnlyTheirOwnRoleAndClinic() {
        Actor lab = new Actor(new UserId(7), "lab@x.example", Role.LAB_TECHNICIAN, ClinicId.of(1), null, "10.0.0.1");
        assertThat(lab.hasRole(Role.CLINICIAN, Role.COORDINATOR)).isFalse();
        assertThat(lab.hasRole(Role.CLINICIAN, Role.LAB_TECHNICIAN)).isTrue();
        assertThat(lab.belongsTo(ClinicId.of(1))).isTrue();
        assertThat(lab.belongsTo(ClinicId.of(2))).isFalse();
        assertThat(lab.isPatient()).isFalse();
        assertThat(lab.patientId()).isNull();
    }

    @Test
    void aPatientActorAlwaysNamesItsPatientAndNoOtherActorDoes() {
        Actor patient = new Actor(new UserId(3), "p@x.example", Role.PATIENT, ClinicId.of(1), PatientId.of(42), null);
        assertThat(patient.isPatient()).isTrue();
        assertThat(patient.patientId()).isEqualTo(PatientId.of(42));
        assertThat(patient.hasRole(Role.CLINICIAN, Role.COORDINATOR)).isFalse();
        assertThatThrownBy(() -> new Actor(new UserId(3), "p@x.example", Role.PATIENT, ClinicId.of(1), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(new UserId(4), "c@x.example", Role.CLINICIAN, ClinicId.of(1),
                PatientId.of(42), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(null, "system", null, ClinicId.of(1), PatientId.of(42), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recordsNameThePersonByDisplayNameAndFallBackToTheLoginOnlyWhereThereIsNone() {
        Actor clinician = new Actor(new UserId(7), "ada@x.example", Role.CLINICIAN, ClinicId.of(1), null, null,
                " Dr Ada Okafor ");
        assertThat(clinician.displayName()).isEqualTo("Dr Ada Okafor");
        assertThat(clinician.staffMember()).isEqualTo(new StaffMember(new UserId(7), "Dr Ada Okafor"));
        assertThat(new Actor(new UserId(8), "lab@x.example", Role.LAB_TECHNICIAN, ClinicId.of(1), null, null)
                .displayName()).isEqualTo("lab@x.example");
        assertThat(Actor.system(ClinicId.of(1)).staffMember()).isEqualTo(new StaffMember(UserId.of(0), "system"));
    }

    @Test
    void thePatientRoleIsNotAStaffRole() {
        assertThat(Role.staff()).doesNotContain(Role.PATIENT)
                .containsExactly(Role.CLINIC_ADMIN, Role.CLINICIAN, Role.COORDINATOR, Role.LAB_TECHNICIAN,
                        Role.RESEARCHER);
        assertThat(Role.PATIENT.isStaff()).isFalse();
        assertThat(Role.PATIENT.label()).isEqualTo("Patient");
    }
}
