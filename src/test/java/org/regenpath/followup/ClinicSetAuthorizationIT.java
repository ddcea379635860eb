package org.regenpath.followup;

import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;

/**
 * Every instrument set endpoint, JSON and page, through the {@link AuthorizationMatrix}, for a clinic of the tests'
 * own: anonymous callers, a patient, each staff role that may only read or not even that, and the admin of another
 * clinic are refused and audited, writing nothing. The clinic's admin is served, and so are readers where they may
 * read; all audited as the clinic's instrument sets.
 */
class ClinicSetAuthorizationIT extends TestClinicIT {

    static final String SET_JSON = """
            {"label": "Short knee set", "templateId": "default",
             "instruments": {"nrs-11": ["baseline", "1m", "3m", "6m", "12m", "24m"]}, "conditions": [],
             "source": "Authorization test", "version": {v}}""";

    static final String SET_FORM = "label=Short knee set&templateId=default&at_nrs-11=baseline&at_nrs-11=1m"
            + "&at_nrs-11=3m&at_nrs-11=6m&at_nrs-11=12m&at_nrs-11=24m&source=Authorization test&version={v}"
            + "&action=save";

    static final String[] EVERYONE = {ADMIN, CLINICIAN, COORDINATOR, LAB, RESEARCHER};

    static final String SETS = ClinicInstrumentSets.RESOURCE;

    /** {@code {set}} and {@code {v}}: a set of the test clinic and its version. Users stand for the clinic's own. */
    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/api/follow-up/instrument-sets")                         .allow(EVERYONE),
            row(POST, "/api/follow-up/instrument-sets").body(SET_JSON)        .allow(ADMIN),
            row(PUT, "/api/follow-up/instrument-sets/{set}").body(SET_JSON)   .allow(ADMIN),
            row(POST, "/api/follow-up/instrument-sets/{set}/retirement").body("{\"version\": {v}}").allow(ADMIN),
            row(GET, "/follow-up/instrument-sets")                             .allow(EVERYONE),
            row(GET, "/follow-up/instrument-sets/new")                         .allow(ADMIN),
            row(POST, "/follow-up/instrument-sets").body(SET_FORM)            .allow(ADMIN),
            row(GET, "/follow-up/instrument-sets/{set}/edit")                  .allow(ADMIN),
            row(POST, "/follow-up/instrument-sets/{set}").body(SET_FORM)      .allow(ADMIN),
            row(POST, "/follow-up/instrument-sets/{set}/retire").body("version={v}").allow(ADMIN))
            .stream().map(e -> e.otherClinic(OTHER_ADMIN).audits(SETS)).toList();

    @TestFactory
    Stream<DynamicNode> everyEndpointServesTheAdminReadersWhereTheyMayReadAndRefusesTheRest() {
        Map<String, String> own = Map.of(ADMIN, clinic.admin(), CLINICIAN, clinic.clinician(), COORDINATOR,
                clinic.coordinator(), LAB, clinic.lab(), RESEARCHER, clinic.researcher());
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> target(), own::get);
    }

    /** A set of the test clinic, mapped to no condition. */
    Target target() {
        ClinicSetVersion set = sets.create(actor(clinic.admin()), new ClinicSetInput("Short knee set", "default",
                Map.of("nrs-11", List.of("baseline", "1m", "3m", "6m", "12m", "24m")), null, List.of(),
                "Authorization test target"));
        return Target.ofNoPatient().record("set", set.setId(), Target.NONE - 1).value("v", set.version())
                .written(this::written);
    }

    long written() {
        return jdbc.sql("select (select count(*) from followup_clinic_set) + (select count(*) from "
                + "followup_clinic_set_version) + (select count(*) from followup_clinic_set_claim)")
                .query(Long.class).single();
    }
}
