package org.regenpath.safety;

import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reporting an event to FDA from its page: the draft Form FDA 3500A and marking a report sent serve a clinician of
 * the patient's clinic, audited; coordinators, lab, researcher, admin, a patient and anonymous callers are refused
 * and audited, another clinic's event answers as none, and nothing is marked by a refusal.
 */
class EventReportAuthorizationIT extends TreatedPatients {

    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/safety/events/{event}/form-3500a.pdf").allow(CLINICIAN).audits(Form3500aReports.RESOURCE),
            row(POST, "/safety/events/{event}/clocks/submitted")
                    .body("kind=IND_SAFETY_REPORT&sentOn={today}&reference=MW-TEST-1").allow(CLINICIAN),
            row(POST, "/api/safety/events/{event}/clocks/IND_SAFETY_REPORT/submission")
                    .body("{\"sentOn\": \"{today}\", \"reference\": \"MW-TEST-2\"}").allow(CLINICIAN));

    @Autowired
    AdverseEvents events;

    @TestFactory
    Stream<DynamicNode> aClinicianDraftsAndMarksReportsAndTheRestAreRefused() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> {
            Treated t = treatedUnderInd();
            long event = 0;
            while (event == 0 || event == t.patient().value()) {
                event = events.record(actor(CLINICIAN), t.patient(), EventClocksIT.event(t,
                        Set.of(SeriousnessCriterion.HOSPITALISATION), false, Relatedness.POSSIBLE)).id();
            }
            return Target.of(t.patient()).record("event", event, Target.NONE - 2).value("today", clinicToday())
                    .written(() -> jdbc.sql("select count(*) from safety_reporting_clock where patient_id = :p"
                            + " and submitted_at is not null").param("p", t.patient().value()).query(Long.class)
                            .single());
        });
    }
}
