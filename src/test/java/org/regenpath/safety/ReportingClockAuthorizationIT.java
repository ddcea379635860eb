package org.regenpath.safety;

import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;
import org.regenpath.support.WebIT;

/**
 * The reporting deadlines (page and JSON), and the clinic's safety figures (page and JSON): the care team (clinicians and coordinators) of the clinic is served and audited;
 * lab, researcher, admin, a patient and anonymous callers are refused, audited, and see nothing.
 */
class ReportingClockAuthorizationIT extends WebIT {

    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/safety/clocks").allow(CLINICIAN, COORDINATOR).audits(ReportingClocks.RESOURCE),
            row(GET, "/api/safety/clocks").allow(CLINICIAN, COORDINATOR).audits(ReportingClocks.RESOURCE),
            row(GET, "/safety/overview").allow(CLINICIAN, COORDINATOR).audits(SafetyFigures.RESOURCE),
            row(GET, "/api/safety/rates").allow(CLINICIAN, COORDINATOR).audits(SafetyFigures.RESOURCE));

    @TestFactory
    Stream<DynamicNode> theDeadlinesAndFiguresServeTheCareTeamAndRefuseTheRest() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> Target.ofNoPatient());
    }
}
