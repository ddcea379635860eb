package org.regenpath.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.regenpath.support.Endpoint.row;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.audit.AuditAction;
import org.regenpath.identity.PatientAccounts;
import org.regenpath.shared.Actor;
import org.regenpath.shared.NotFound;
import org.regenpath.shared.Role;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.PortalFixtures;
import org.regenpath.support.Target;
import org.regenpath.support.PortalFixtures.PortalPatient;
import org.regenpath.support.TestMail;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may invite a patient to the portal and see their portal status (the patient's clinicians and coordinators,
 * through the {@link AuthorizationMatrix}), and that a signed-in patient reaches nothing but the portal: every
 * other role, another clinic, an anonymous caller and the patient themselves are refused, and every refusal is
 * audited.
 */
class PortalAuthorizationIT extends WebIT {

    /** The state in which the patient has been invited. */
    static final String INVITED = "invited";

    /** {@code {p}}: a patient of clinic A with an e-mail address. */
    static final List<Endpoint> ENDPOINTS = List.of(
            row(POST, "/patients/{p}/portal-invitation")     .allow(CLINICIAN, COORDINATOR),
            row(POST, "/api/patients/{p}/portal-invitation") .allow(CLINICIAN, COORDINATOR),
            row(GET, "/api/patients/{p}/portal-access")      .allow(CLINICIAN, COORDINATOR).given(INVITED));

    @Autowired
    PatientRegistry registry;

    @Autowired
    PortalInvitations invitations;

    @Autowired
    PatientAccounts accounts;

    @TestFactory
    Stream<DynamicNode> everyEndpointServesTheCareTeamAndRefusesTheRest() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, e -> {
            PortalPatient p = PortalFixtures.patient(registry, actor(COORDINATOR), "Matrix");
            if (INVITED.equals(e.given())) {
                PortalFixtures.invite(invitations, actor(COORDINATOR), p);
            }
            return Target.of(p.id()).written(() -> written(p));
        });
    }

    MockHttpServletRequestBuilder build(Endpoint e, PortalPatient p) {
        return request(e.method(), e.url().replace("{p}", Long.toString(p.id().value()))).with(csrf());
    }

    long written(PortalPatient p) {
        return jdbc.sql("""
                select (select count(*) from identity_portal_invitation i join identity_patient_account a
                        on a.id = i.account_id where a.patient_id = :p)
                     + (select count(*) from notification_message where recipient = :e)""")
                .param("p", p.id().value()).param("e", p.email()).query(Long.class).single();
    }

    @Test
    void cliniciansAndCoordinatorsInviteAndReadTheStatusWithoutEverSeeingTheToken() throws Exception {
        for (String who : List.of(CLINICIAN, COORDINATOR)) {
            PortalPatient p = PortalFixtures.patient(registry, actor(who), "Allowed");
            MockHttpServletResponse created = mvc.perform(build(ENDPOINTS.get(1), p).with(as(who)))
                    .andReturn().getResponse();
            assertThat(created.getStatus()).as(who).isEqualTo(201);
            assertThat(created.getHeader("Location")).endsWith("/api/patients/" + p.id().value() + "/portal-access");
            assertThat(created.getContentAsString()).contains("\"status\":\"INVITED\"").contains(p.email())
                    .doesNotContain("token").doesNotContain("hash");
            String link = TestMail.link(TestMail.awaitMessage(p.email(), 1));
            assertThat(created.getContentAsString()).doesNotContain(link.substring(link.indexOf("token=") + 6));
            MockHttpServletResponse status = mvc.perform(build(ENDPOINTS.get(2), p).with(as(who)))
                    .andReturn().getResponse();
            assertThat(status.getStatus()).isEqualTo(200);
            assertThat(status.getContentAsString()).contains("\"status\":\"INVITED\"").contains("expiresAt");
        }
    }

    @Test
    void aPatientWithoutAnEmailAddressCannotBeInvitedAndTheProblemNamesTheField() throws Exception {
        PortalPatient p = new PortalPatient(registry.register(actor(COORDINATOR), new PatientDetails(null, "Noemail",
                "Portaltest", java.time.LocalDate.of(1960, 2, 2), SexAtBirth.M, null, null, null)).id(), "Noemail",
                "none@patient.example");
        MockHttpServletResponse res = mvc.perform(build(ENDPOINTS.get(1), p).with(as(COORDINATOR)))
                .andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(400);
        assertThat(res.getContentAsString()).contains("\"email\"").contains("e-mail address");
        assertThat(jdbc.sql("select count(*) from identity_patient_account where patient_id = :p")
                .param("p", p.id().value()).query(Long.class).single()).isZero();
        MockHttpServletResponse page = mvc.perform(build(ENDPOINTS.get(0), p).with(as(COORDINATOR)))
                .andReturn().getResponse();
        assertThat(page.getRedirectedUrl()).isEqualTo("/patients/" + p.id().value());
        assertThat(page.getContentAsString()).isEmpty();
    }

    @Test
    void anAddressThatAStaffAccountSignsInWithIsAConflict() throws Exception {
        PatientView p = registry.register(actor(COORDINATOR), new PatientDetails(null, "Samename", "Portaltest",
                java.time.LocalDate.of(1960, 2, 2), SexAtBirth.M, LAB, null, null));
        MockHttpServletResponse res = mvc.perform(request(POST, "/api/patients/" + p.id().value()
                + "/portal-invitation").with(csrf()).with(as(COORDINATOR))).andReturn().getResponse();
        assertThat(res.getStatus()).isEqualTo(409);
        assertThat(TestMail.to(LAB)).isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> aSignedInPatientIsRefusedOnStaffPagesAndApis() {
        PortalPatient me = PortalFixtures.activePatient(registry, invitations, accounts, actor(COORDINATOR),
                "Curious");
        long id = me.id().value();
        return Stream.of("/patients", "/patients/" + id, "/patients/" + id + "/pain-profile",
                        "/patients/" + id + "/plans", "/lab", "/admin/users", "/admin/audit", "/api/patients",
                        "/api/patients/" + id, "/api/patients/" + id + "/plans", "/api/patients/" + id + "/products")
                .map(url -> DynamicTest.dynamicTest(url, () -> {
                    long mark = lastAuditId();
                    MockHttpServletResponse res = mvc.perform(get(url).with(asPatient(me.id())))
                            .andReturn().getResponse();
                    assertThat(res.getStatus()).isEqualTo(403);
                    assertThat(res.getContentAsString()).doesNotContain("Portaltest");
                    assertThat(auditAfter(mark)).anySatisfy(r -> {
                        assertThat(r.get("outcome")).isEqualTo("DENIED");
                        assertThat(r.get("username")).isEqualTo(me.email());
                        assertThat(r.get("role")).isEqualTo("PATIENT");
                    });
                }));
    }

    @Test
    void thePortalIsForPatientsOnlyAndTheStartPageSendsAPatientThere() throws Exception {
        PortalPatient me = PortalFixtures.activePatient(registry, invitations, accounts, actor(COORDINATOR),
                "Homebody");
        assertThat(mvc.perform(get("/").with(asPatient(me.id()))).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/portal");
        assertThat(mvc.perform(get("/portal").with(asPatient(me.id()))).andReturn().getResponse()
                .getContentAsString()).contains("Hello, Homebody").contains("width=device-width");
        long mark = lastAuditId();
        assertThat(mvc.perform(get("/portal").with(as(CLINICIAN))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(auditAfter(mark)).anySatisfy(r -> assertThat(r.get("username")).isEqualTo(CLINICIAN));
        assertThat(mvc.perform(get("/portal")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(mvc.perform(get("/api/portal/anything").with(asPatient(me.id()))).andReturn().getResponse()
                .getStatus()).as("reserved for the portal API, open to patients").isEqualTo(404);
        assertThat(mvc.perform(get("/api/portal/anything").with(as(CLINICIAN))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }

    @Test
    void theRegistryGivesAPatientOnlyTheirOwnRecordAndOnlyWherePatientsAreAllowed() {
        PortalPatient me = PortalFixtures.activePatient(registry, invitations, accounts, actor(COORDINATOR), "Own");
        PortalPatient other = PortalFixtures.patient(registry, actor(COORDINATOR), "Other");
        Actor patient = new Actor(patientAccount(me.id()).id(), me.email(), Role.PATIENT,
                account(COORDINATOR).clinicId(), me.id(), "127.0.0.1");
        assertThat(registry.authorize(patient, me.id(), AuditAction.READ, "Test", Set.of(Role.PATIENT)).id())
                .isEqualTo(me.id());
        long mark = lastAuditId();
        assertThatThrownBy(() -> registry.authorize(patient, me.id(), AuditAction.READ, "Test",
                PatientRegistry.CARE_TEAM)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> registry.authorize(patient, other.id(), AuditAction.READ, "Test",
                Set.of(Role.PATIENT, Role.CLINICIAN))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> registry.get(patient, me.id())).isInstanceOf(NotFound.class);
        assertThat(auditAfter(mark)).hasSize(3).allSatisfy(r -> {
            assertThat(r.get("outcome")).isEqualTo("DENIED");
            assertThat(r.get("role")).isEqualTo("PATIENT");
        });
        assertThat(registry.ownRecord(patient).givenName()).isEqualTo("Own");
        assertThatThrownBy(() -> registry.ownRecord(actor(CLINICIAN))).isInstanceOf(NotFound.class);
    }
}
