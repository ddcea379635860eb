package org.regenpath.registry;

import static org.regenpath.support.Endpoint.row;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;
import org.regenpath.support.WebIT;

/**
 * The registry's figures through the {@link AuthorizationMatrix}: anonymous callers, a patient and the roles other
 * than clinician and researcher are refused and audited; clinicians and researchers of a clinic are served their
 * own clinic's aggregate figures, audited. Bad filters are refused naming the field.
 */
class RegistryAuthorizationIT extends WebIT {

    static final String URL = "/api/registry/responders";
    static final String PAGE = "/registry";

    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, URL)                                                                     .allow(CLINICIAN, RESEARCHER),
            row(GET, URL + "?condition=knee-oa&cellSource=autologous_bone_marrow&interval=clopper-pearson")
                                                                                              .allow(CLINICIAN, RESEARCHER),
            row(GET, PAGE)                                                                    .allow(CLINICIAN, RESEARCHER),
            row(GET, PAGE + "?condition=knee-oa&productType=bone_marrow_concentrate&timePoint=6m&interval=clopper-pearson")
                                                                                              .allow(CLINICIAN, RESEARCHER),
            row(GET, "/api/registry/trajectories?condition=knee-oa")                          .allow(CLINICIAN, RESEARCHER),
            row(GET, "/api/registry/survival")                                                .allow(CLINICIAN, RESEARCHER),
            row(GET, "/api/registry/omeract-oarsi?interval=clopper-pearson")                  .allow(CLINICIAN, RESEARCHER));

    @TestFactory
    Stream<DynamicNode> cliniciansAndResearchersSeeTheirClinicsFiguresAndNoOneElse() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> Target.ofNoPatient());
    }

    @Test
    void theFiguresCarryEveryTimePointWithThreeDenominators() throws Exception {
        mvc.perform(get(URL + "?primary=ndi").with(as(RESEARCHER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.primaryInstrument").value("ndi"))
                .andExpect(jsonPath("$.interval").value("wilson"))
                .andExpect(jsonPath("$.timePoints.length()").value(5))
                .andExpect(jsonPath("$.timePoints[4].timePoint").value("24m"))
                .andExpect(jsonPath("$.timePoints[0].measures[0].measure").value("pain-30-percent"))
                .andExpect(jsonPath("$.timePoints[0].measures[0].completers.of").isNumber())
                .andExpect(jsonPath("$.timePoints[0].measures[0].missingAsNonResponder.of").isNumber())
                .andExpect(jsonPath("$.timePoints[0].measures[0].lastObservationCarriedForward.of").isNumber());
    }

    @Test
    void trajectoriesSurvivalAndOsteoarthritisRespondersAreServedAndDocumented() throws Exception {
        mvc.perform(get("/api/registry/trajectories").with(as(CLINICIAN))).andExpect(status().isOk())
                .andExpect(jsonPath("$.quantiles").isString())
                .andExpect(jsonPath("$.instruments").isArray());
        mvc.perform(get("/api/registry/survival").with(as(RESEARCHER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.survival.painInstrumentId").value("nrs-11"))
                .andExpect(jsonPath("$.survival.timeToResponse.atRisk.length()").value(6))
                .andExpect(jsonPath("$.survival.durability.patients").isNumber());
        mvc.perform(get("/api/registry/omeract-oarsi").with(as(RESEARCHER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.responders.domainsEvaluated").value(2))
                .andExpect(jsonPath("$.responders.timePoints.length()").value(5));
        mvc.perform(get("/api/registry/survival?cellSource=stardust").with(as(CLINICIAN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.cellSource").exists());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/registry/trajectories'].get").exists())
                .andExpect(jsonPath("$.paths['/api/registry/survival'].get").exists())
                .andExpect(jsonPath("$.paths['/api/registry/omeract-oarsi'].get").exists());
    }

    @Test
    void badFiltersAreRefusedNamingTheField() throws Exception {
        mvc.perform(get(URL + "?cellSource=stardust").with(as(CLINICIAN))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.cellSource").exists());
        mvc.perform(get(URL + "?productType=x").with(as(CLINICIAN))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.productType").exists());
        mvc.perform(get(URL + "?primary=pgic").with(as(CLINICIAN))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.primary").exists());
        mvc.perform(get(URL + "?primary=unknown").with(as(CLINICIAN))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.primary").exists());
        mvc.perform(get(URL + "?interval=wald").with(as(CLINICIAN))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.interval").exists());
    }
}
