package org.regenpath.followup;

import static org.regenpath.support.Endpoint.PATIENT;
import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.instrument.InstrumentCatalog;
import org.regenpath.shared.PatientId;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;

/**
 * The patient portal's pages through the {@link AuthorizationMatrix}: anonymous callers are sent to sign in, every
 * staff role is refused, another patient asking for this patient's questionnaire gets the answer for none, and the
 * patient is served; all audited, refusals writing nothing.
 */
class PatientPortalAuthorizationIT extends TreatedPatientIT {

    /** {@code {t}}, {@code {tv}}, {@code {q}}: the patient's baseline NRS task, its version and its question. */
    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/portal")                                                              .allow(PATIENT),
            row(GET, "/portal/problems")                                                     .allow(PATIENT)
                    .with(Endpoint.Option.UNAUDITED),
            row(POST, "/portal/problems").body("description=Swollen knee&severity=MILD")    .allow(PATIENT),
            row(GET, "/portal/progress")                                                     .allow(PATIENT),
            row(GET, "/portal/progress/report.pdf")                                          .allow(PATIENT),
            row(GET, "/portal/questionnaires/{t}")                                           .allow(PATIENT),
            row(POST, "/portal/questionnaires/{t}").body("action=save&q_{q}=3&version={tv}") .allow(PATIENT));

    @TestFactory
    Stream<DynamicNode> thePortalServesThePatientAndRefusesEveryoneElse() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> target());
    }

    /** A planned patient with a portal account: their open baseline NRS task. */
    Target target() {
        PatientId p = portalPatient();
        TaskView t = task(p, "baseline", "nrs-11");
        return Target.of(p).patientRecord("t", t.id(), Target.NONE - 2).value("tv", t.version())
                .value("q", InstrumentCatalog.load().instrument("nrs-11").questions().get(0).linkId())
                .written(() -> written(p));
    }

    long written(PatientId p) {
        return jdbc.sql("""
                select (select count(*) from followup_response where patient_id = :p)
                     + (select count(*) from followup_problem_report where patient_id = :p)
                     + (select coalesce(sum(version), 0) from followup_task where patient_id = :p)""")
                .param("p", p.value()).query(Long.class).single();
    }
}
