package org.regenpath.safety;

import static org.regenpath.support.Endpoint.PATIENT;
import static org.regenpath.support.Endpoint.row;
import static org.regenpath.support.WebIT.CLINICIAN;
import static org.regenpath.support.WebIT.COORDINATOR;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.followup.ProblemSeverity;
import org.regenpath.shared.PatientId;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;
import org.springframework.http.HttpMethod;

/**
 * The checklist pages and API through the {@link AuthorizationMatrix}: clinicians and coordinators read a patient's
 * checklists and enter answers given by phone, the patient answers their own in the portal; lab, researcher and
 * admin are refused (403), another clinic (or, on the portal, another patient) finds nothing (404), anonymous
 * callers sign in; all audited, refusals writing nothing.
 */
class ChecklistAuthorizationIT extends ChecklistIT {

    /** {@code {c}}: the patient's day-2 checklist; {@code {answers}} and {@code {form}}: one "yes", mild. */
    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/api/patients/{p}/checklists")                                .allow(CLINICIAN, COORDINATOR),
            row(GET, "/api/patients/{p}/checklists/{c}")                            .allow(CLINICIAN, COORDINATOR),
            row(POST, "/api/patients/{p}/checklists/{c}/answer").body("{answers}")  .allow(CLINICIAN, COORDINATOR),
            row(GET, "/patients/{p}/checklists/{c}")                                .allow(CLINICIAN, COORDINATOR),
            row(POST, "/patients/{p}/checklists/{c}").body("{form}")                .allow(CLINICIAN, COORDINATOR),
            row(GET, "/portal/checklists/{c}")                                      .allow(PATIENT),
            row(POST, "/portal/checklists/{c}").body("{form}")                      .allow(PATIENT));

    /** Reads change nothing: their targets are made once per kind (staff, portal) rather than per request. */
    private final Map<String, Target> reads = new HashMap<>();

    @TestFactory
    Stream<DynamicNode> checklistsServeTheCareTeamAndThePatientAndRefuseEveryoneElse() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, this::target);
    }

    Target target(Endpoint e) {
        if (e.method() == HttpMethod.GET) {
            return reads.computeIfAbsent(e.url().startsWith("/portal") ? "portal" : "staff", k -> fresh());
        }
        return fresh();
    }

    /** A treated patient with a portal account: their unanswered day-2 checklist. */
    Target fresh() {
        PatientId p = treatedInPortal().patientId();
        ChecklistView day2 = checklists.get(actor(COORDINATOR), p, ids(p).get(0));
        return Target.of(p).patientRecord("c", day2.id(), Target.NONE - 3)
                .value("answers", json(day2, "injection-swelling", ProblemSeverity.MILD))
                .value("form", form(day2, "injection-swelling", ProblemSeverity.MILD))
                .written(() -> written(p));
    }

    long written(PatientId p) {
        return jdbc.sql("""
                select (select count(*) from safety_checklist where patient_id = :p and state = 'ANSWERED')
                     + (select count(*) from safety_checklist_answer a join safety_checklist c on c.id = a.checklist_id
                        where c.patient_id = :p)""")
                .param("p", p.value()).query(Long.class).single();
    }
}
