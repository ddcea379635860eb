package org.regenpath.safety;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.regenpath.demo.PatientPath;
import org.regenpath.demo.TreatmentPaths;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.patient.PatientRegistry;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.product.ClinicProductSettings;
import org.regenpath.shared.PatientId;
import org.regenpath.shared.ProductType;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Base for the checklist integration tests: takes a left knee osteoarthritis patient of the demo clinic down
 * {@link TreatmentPaths} to a recorded procedure (bone marrow concentrate, so the harvest-site items are asked) and
 * waits until the safety module's listener has made the day 2, 7 and 30 checklists.
 */
abstract class ChecklistIT extends WebIT {

    @Autowired
    Checklists checklists;

    @Autowired
    ClinicProductSettings productSettings;

    @Autowired
    PatientRegistry registry;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    PatientAccounts accounts;

    /** A patient treated today, without a portal account. */
    PatientPath treated() {
        return treat(paths.path(demoStaff()).patient(uniqueMrn()));
    }

    /** A patient with an active portal account, treated today. */
    PatientPath treatedInPortal() {
        PortalFixtures.PortalPatient p = PortalFixtures.activePatient(registry, invitations, accounts,
                actor(COORDINATOR), "Check");
        return treat(paths.path(demoStaff()).patient(p.id(), p.givenName() + " Portaltest"));
    }

    private PatientPath treat(PatientPath path) {
        productSettings.save(actor(ADMIN), ProductType.BONE_MARROW_CONCENTRATE,
                TreatmentPaths.marrowSettings("Test values only, not clinical guidance"));
        path.screened().decided(org.regenpath.intake.Outcome.ELIGIBLE).plan().consented().approved()
                .collected().processed().tested().released().administered().procedureRecorded();
        awaitChecklists(path.patientId());
        return path;
    }

    /** Waits for the three checklists of the patient's procedure; their ids, day 2 first. */
    List<Long> awaitChecklists(PatientId patient) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ids(patient).size() == 3);
        return ids(patient);
    }

    List<Long> ids(PatientId patient) {
        return jdbc.sql("select id from safety_checklist where patient_id = :p order by day_after_procedure")
                .param("p", patient.value()).query(Long.class).list();
    }

    /** Every item of the checklist "no", except those named, "yes" with the severity. */
    static ChecklistAnswers answers(ChecklistView checklist, String yesItem, ProblemSeverity severity) {
        List<ChecklistAnswers.Item> out = new ArrayList<>();
        checklist.items().forEach(i -> out.add(i.itemId().equals(yesItem)
                ? new ChecklistAnswers.Item(i.itemId(), true, severity)
                : new ChecklistAnswers.Item(i.itemId(), false, null)));
        return new ChecklistAnswers(out);
    }

    /** The same answers as JSON for the API. */
    static String json(ChecklistView checklist, String yesItem, ProblemSeverity severity) {
        StringBuilder sb = new StringBuilder("{\"answers\":[");
        for (ChecklistAnswers.Item i : answers(checklist, yesItem, severity).answers()) {
            sb.append(sb.charAt(sb.length() - 1) == '[' ? "" : ",").append("{\"item\":\"").append(i.item())
                    .append("\",\"yes\":").append(i.yes())
                    .append(i.severity() == null ? "" : ",\"severity\":\"" + i.severity().name() + "\"").append('}');
        }
        return sb.append("]}").toString();
    }

    /** The same answers as form fields for the pages. */
    static String form(ChecklistView checklist, String yesItem, ProblemSeverity severity) {
        StringBuilder sb = new StringBuilder();
        for (ChecklistAnswers.Item i : answers(checklist, yesItem, severity).answers()) {
            sb.append(sb.isEmpty() ? "" : "&").append("item_").append(i.item()).append('=')
                    .append(i.yes() ? "yes" : "no");
            if (i.severity() != null) {
                sb.append("&severity_").append(i.item()).append('=').append(i.severity().name());
            }
        }
        return sb.toString();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
