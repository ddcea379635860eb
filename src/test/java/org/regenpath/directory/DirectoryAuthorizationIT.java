package org.regenpath.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.regenpath.support.Endpoint.row;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.regenpath.shared.PatientId;
import org.regenpath.support.AuthorizationMatrix;
import org.regenpath.support.Endpoint;
import org.regenpath.support.Target;
import org.regenpath.support.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Who may use the directory's editor and clinic-admin endpoints, through the {@link AuthorizationMatrix}: the
 * editor's pages serve the directory editor alone, the clinic's listing page its clinic admin alone; everyone else
 * is refused and audited with nothing written. The editor never reaches patient data: the patient pages and API
 * refuse them, audited. A clinic admin edits only their own clinic's listing.
 */
class DirectoryAuthorizationIT extends WebIT {

    static final String LISTING_FORM = "summary=Updated&city=Albany&state=NY&zip=12207&priceMinUsd=100"
            + "&priceMaxUsd=200";
    static final String DRAFT = """
            {"name": "Matrix {tag}", "kind": "PRACTITIONER", "virtualConsults": true,
             "locations": [{"city": "Absarokee", "stateCode": "MT", "zip": "59001", "latitude": 0, "longitude": 0}]}""";

    @Autowired
    DirectoryListings listings;
    @Autowired
    DirectoryEditing editing;

    /**
     * {@code {id}}: an unpublished listing with an unverified board certification ({@code {claim}}); editors see every
     * listing, so the ids are values, not another clinic's records.
     */
    static final List<Endpoint> ENDPOINTS = List.of(
            row(GET, "/directory/editor")                                .allow(EDITOR).audits("DirectoryListing"),
            row(GET, "/directory/editor/listings/{id}")                  .allow(EDITOR).audits("DirectoryListing"),
            row(POST, "/directory/editor/listings/{id}/claims/{claim}/verify").body("lookedUpOn=2026-12-01")
                                                                         .allow(EDITOR).audits("DirectoryListing"),
            row(POST, "/directory/editor/listings/{id}/publish")         .allow(EDITOR).audits("DirectoryListing"),
            row(POST, "/directory/editor/listings/{id}/unpublish")       .allow(EDITOR).audits("DirectoryListing")
                                                                         .given("published"),
            row(POST, "/api/directory/editor/listings").body(DRAFT)      .allow(EDITOR).audits("DirectoryListing"),
            row(GET, "/admin/listing")                                   .allow(ADMIN).audits("DirectoryListing"),
            row(POST, "/admin/listing").body(LISTING_FORM)               .allow(ADMIN).audits("DirectoryListing"));

    long written() {
        return jdbc.sql("select (select count(*) from directory_provider) + (select count(*) from directory_claim"
                + " where verified = true) + (select count(*) from directory_provider where published = true)"
                + " + (select coalesce(sum(version), 0) from directory_provider)").query(Long.class).single();
    }

    Target fixture(Endpoint e) {
        var editor = principal(EDITOR).actor(null);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ListingDraft draft = new ListingDraft("Matrix " + tag, ProviderKind.PRACTITIONER, null, null, null, null,
                false, null, null, null, List.of(new Listing.Location(null, null, "Absarokee", "MT", "59001", 0, 0)),
                null, null, null, List.of(new ListingDraft.ClaimDraft(ClaimKind.BOARD_CERTIFICATION, "ABA")));
        Listing l = listings.register(editor, draft);
        if ("published".equals(e.given())) {
            editing.publish(editor, l.id(), true);
        }
        return Target.ofNoPatient().value("id", l.id()).value("claim", l.claims().get(0).id()).value("tag", tag)
                .written(this::written);
    }

    @TestFactory
    Stream<DynamicNode> onlyTheEditorEditsTheDirectoryAndOnlyTheAdminTheirClinicsListing() {
        return AuthorizationMatrix.tests(this, ENDPOINTS, this::fixture);
    }

    @Test
    void theEditorIsRefusedPatientPagesAndTheApiAndTheRefusalIsAudited() throws Exception {
        for (String url : new String[] {"/patients", "/follow-up", "/admin/audit", "/api/patients", "/lab"}) {
            long mark = lastAuditId();
            int status = mvc.perform(get(url).with(as(EDITOR))).andReturn().getResponse().getStatus();
            assertThat(status).as(url).isEqualTo(403);
            assertThat(auditAfter(mark)).as(url).anySatisfy(r -> {
                assertThat(r.get("outcome")).isEqualTo("DENIED");
                assertThat(r.get("username")).isEqualTo(EDITOR);
            });
        }
        PatientId anyPatient = new PatientId(jdbc.sql("select min(id) from patient").query(Long.class).single());
        mvc.perform(get("/patients/" + anyPatient.value()).with(as(EDITOR))).andExpect(status().isForbidden());
        mvc.perform(get("/api/patients/" + anyPatient.value()).with(as(EDITOR))).andExpect(status().isForbidden());
    }

    @Test
    void aClinicAdminSavesOnlyTheirOwnClinicsListing() throws Exception {
        mvc.perform(post("/admin/listing").with(as(OTHER_ADMIN)).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("summary", "Second clinic text").param("city", "Santa Monica").param("state", "CA")
                        .param("zip", "90401"))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> mine = jdbc.sql("select summary from directory_provider where clinic_id = :c")
                .param("c", account(ADMIN).clinicId().value()).query().singleRow();
        Map<String, Object> theirs = jdbc.sql("select summary from directory_provider where clinic_id = :c")
                .param("c", account(OTHER_ADMIN).clinicId().value()).query().singleRow();
        assertThat(theirs.get("summary")).isEqualTo("Second clinic text");
        assertThat(mine.get("summary")).isNotEqualTo("Second clinic text");
        mvc.perform(post("/admin/listing").with(as(ADMIN)).with(csrf()).param("website", "javascript:alert(1)")
                        .param("city", "Albany").param("state", "NY").param("zip", "12207"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from directory_provider where website like 'javascript%'")
                .query(Long.class).single()).isZero();
    }
}
