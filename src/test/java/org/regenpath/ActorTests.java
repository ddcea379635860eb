package org.regenpath;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.regenpath.shared.Actor;
import org.regenpath.shared.ClinicId;
import org.regenpath.shared.Role;
import org.regenpath.shared.UserId;

class ActorTests {

    @Test
    void onlyTheSystemActorPassesEveryRoleCheck() {
        assertThat(Actor.system(ClinicId.of(1)).hasRole(Role.CLINICIAN)).isTrue();
        Actor anonymousLookalike = new Actor(null, "system", Role.LAB_TECHNICIAN, ClinicId.of(1), null);
        assertThat(anonymousLookalike.isSystem()).isFalse();
        assertThat(new Actor(null, "anonymous", null, null, null).hasRole(Role.CLINICIAN)).isFalse();
    }

    @Test
    void aUserHasOnlyTheirOwnRoleAndClinic() {
        Actor lab = new Actor(new UserId(7), "lab@x.example", Role.LAB_TECHNICIAN, ClinicId.of(1), "10.0.0.1");
        assertThat(lab.hasRole(Role.CLINICIAN, Role.COORDINATOR)).isFalse();
        assertThat(lab.hasRole(Role.CLINICIAN, Role.LAB_TECHNICIAN)).isTrue();
        assertThat(lab.belongsTo(ClinicId.of(1))).isTrue();
        assertThat(lab.belongsTo(ClinicId.of(2))).isFalse();
    }
}
