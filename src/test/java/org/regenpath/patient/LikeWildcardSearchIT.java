package org.regenpath.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regenpath.audit.AuditEntry;
import org.regenpath.audit.AuditQuery;
import org.regenpath.audit.AuditRecord;
import org.regenpath.audit.AuditSearch;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Paging;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code %}, {@code _} and {@code \} typed into a search match only themselves, on H2 and on PostgreSQL: in the
 * patient search (names and MRN prefix) and in the audit trail's user filter. Names with these characters cannot be
 * entered through the forms, but may come from elsewhere (an import), so a few are written straight to the table.
 */
class LikeWildcardSearchIT extends WebIT {

    @Autowired
    PatientRegistry registry;

    @Autowired
    AuditSearch audit;

    private void insert(String given, String family) {
        Instant now = Instant.now();
        jdbc.sql("""
                insert into patient (clinic_id, mrn, given_name, family_name, date_of_birth, sex_at_birth, created_at,
                    updated_at)
                values (:c, :mrn, :given, :family, :born, 'F', :now, :now)""")
                .param("c", account(CLINICIAN).clinicId().value()).param("mrn", uniqueMrn()).param("given", given)
                .param("family", family).param("born", LocalDate.of(1970, 1, 1))
                .param("now", now.atOffset(ZoneOffset.UTC)).update();
    }

    @Test
    void percentUnderscoreAndBackslashInAPatientSearchMatchOnlyThemselves() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        insert("Per%cent" + tag, "Wild");
        insert("Under_score" + tag, "Wild");
        insert("Back\\slash" + tag, "Wild");
        insert("Plain" + tag, "Wild");
        Actor clinician = actor(CLINICIAN);
        for (String typed : List.of("%", "_", "\\")) {
            List<PatientView> found = registry.search(clinician, typed, null);
            assertThat(found).as("search for " + typed).isNotEmpty().allSatisfy(p -> assertThat(
                    p.givenName() + " " + p.familyName() + " " + p.mrn()).contains(typed));
            assertThat(found).extracting(PatientView::givenName).as("search for " + typed)
                    .anySatisfy(name -> assertThat(name).endsWith(tag)).noneMatch(name -> name.startsWith("Plain"));
        }
        // Inside a longer word the characters are literal too: "r%c" finds Per%cent, "r_c" does not.
        assertThat(registry.search(clinician, "r%c" + "ent" + tag, null)).hasSize(1);
        assertThat(registry.search(clinician, "per_ent" + tag, null)).isEmpty();
    }

    @Test
    void percentAndUnderscoreInTheAuditUserFilterMatchOnlyThemselves() {
        registry.search(actor(CLINICIAN), "", null); // at least one audit row of this clinic today
        Actor admin = actor(ADMIN);
        for (String typed : List.of("%", "_", "\\")) {
            List<AuditRecord> rows = audit.search(admin, new AuditQuery(null, typed, null, null, null),
                    new Paging(0, Paging.MAX_SIZE)).items().stream().map(AuditEntry::record).toList();
            assertThat(rows).as("user filter " + typed)
                    .allSatisfy(r -> assertThat(r.username()).contains(typed));
        }
        assertThat(audit.search(admin, new AuditQuery(null, "clinician@demo", null, null, null), new Paging(0, 50))
                .items()).isNotEmpty();
    }
}
