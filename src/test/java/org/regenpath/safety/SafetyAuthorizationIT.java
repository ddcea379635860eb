package org.regenpath.safety;

import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The adverse event record and the triage list, pages and API, through the {@link AuthorizationMatrix}: anonymous
 * callers, the roles they are closed to (lab, researcher, admin; a coordinator for what only a clinician decides)
 * and a patient are refused and audited, another clinic's records answer as none, and nothing is written by a
 * refusal; clinicians and coordinators read, clinicians grade, confirm, link and dismiss, and look back from an
 * event over the patients who shared its product's kit lots and devices, audited.
 */
class SafetyAuthorizationIT extends TreatedPatients {

    static final String FORM = "procedureId={procedure}&term=injection-site-swelling&description=Swollen knee"
            + "&onsetDate={today}&detection=PATIENT_PORTAL&grade=2&seriousness=IMPORTANT_MEDICAL_EVENT"
            + "&harvestRelatedness=UNLIKELY&injectionRelatedness=POSSIBLE&productRelatedness=POSSIBLE&expected=no";

    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/api/patients/{p}/adverse-events")                               .allow(CLINICIAN, COORDINATOR),
            row(POST, "/api/patients/{p}/adverse-events").body(json())                 .allow(CLINICIAN),
            row(GET, "/api/adverse-events/{event}")                                    .allow(CLINICIAN, COORDINATOR),
            row(PUT, "/api/adverse-events/{event}?version=1").body(json())             .allow(CLINICIAN),
            row(GET, "/api/safety/triage")                                             .allow(CLINICIAN, COORDINATOR),
            row(POST, "/api/safety/triage/{item}/confirmation").body(json())           .allow(CLINICIAN),
            row(POST, "/api/safety/triage/{item}/link").body("{\"eventId\": {event}}") .allow(CLINICIAN),
            row(POST, "/api/safety/triage/{item}/dismissal").body("{\"reason\": \"A fall at home\"}").allow(CLINICIAN),
            row(GET, "/safety/triage")                                                 .allow(CLINICIAN, COORDINATOR),
            row(POST, "/safety/triage/{item}/link").body("eventId={event}")            .allow(CLINICIAN),
            row(POST, "/safety/triage/{item}/dismissal").body("reason=A fall at home") .allow(CLINICIAN),
            row(GET, "/patients/{p}/safety")                                           .allow(CLINICIAN, COORDINATOR),
            row(GET, "/patients/{p}/safety/events/new")                                .allow(CLINICIAN, COORDINATOR),
            row(POST, "/patients/{p}/safety/events").body(FORM)                        .allow(CLINICIAN),
            row(GET, "/safety/events/{event}")                                         .allow(CLINICIAN, COORDINATOR),
            row(GET, "/safety/events/{event}/edit")                                    .allow(CLINICIAN, COORDINATOR),
            row(GET, "/safety/events/{event}/look-back")                               .allow(CLINICIAN),
            row(GET, "/api/safety/events/{event}/look-back")                           .allow(CLINICIAN),
            row(POST, "/safety/events/{event}?version=1").body(FORM)                  .allow(CLINICIAN));

    static String json() {
        return seriousGrade2(0, "{today}").replace("\"procedureId\": 0", "\"procedureId\": {procedure}");
    }

    @Autowired
    AdverseEvents events;

    @TestFactory
    Stream<DynamicNode> theCareTeamReadsTheClinicianDecidesAndTheRestAreRefused() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> {
            Treated t = treated();
            long item = triageItemOf(reported(t.patient(), "My knee is swollen"));
            while (item == t.patient().value()) {
                item = triageItemOf(reported(t.patient(), "My knee is still swollen"));
            }
            // The matrix tells the ids in an answer apart by their value: the patient, item and event differ.
            long event = 0;
            while (event == 0 || event == item || event == t.patient().value()) {
                event = events.record(actor(CLINICIAN), t.patient(), new AdverseEventInput(t.procedure(), null,
                        "injection-site-pain", null, "Sore knee", clinicToday(), 1, java.util.Set.of(), null, null,
                        null, true, "", null, null, Detection.CLINICIAN_OBSERVED, false)).id();
            }
            return Target.of(t.patient()).record("item", item, Target.NONE - 1).record("event", event, Target.NONE - 2)
                    .value("procedure", t.procedure()).value("today", clinicToday())
                    .written(() -> events(t.patient()) + jdbc.sql(
                            "select count(*) from safety_triage_item where patient_id = :p and state <> 'OPEN'")
                            .param("p", t.patient().value()).query(Long.class).single());
        });
    }
}
