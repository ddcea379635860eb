package org.regenpath.patient.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.regenpath.identity.PortalAccess;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.shared.Actor;
import org.regenpath.shared.PatientId;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Patient portal invitations over JSON. The answer never contains the link or its token. */
@RestController
@RequestMapping("/api/patients/{id}")
@Tag(name = "Patient portal access", description = "Invite a patient to the patient portal; see their status")
class PortalInvitationApi {

    private final PortalInvitations invitations;

    PortalInvitationApi(PortalInvitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/portal-invitation")
    @Operation(summary = "E-mail the patient a one-time link to set a portal password; replaces earlier links")
    ResponseEntity<PortalAccessResponse> invite(@PathVariable("id") long id, Actor actor) {
        PortalAccess access = invitations.invite(actor, PatientId.of(id));
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/patients/{id}/portal-access").buildAndExpand(id).toUri())
                .body(PortalAccessResponse.of(access));
    }

    @GetMapping("/portal-access")
    @Operation(summary = "The patient's portal status: not invited, invited (until when) or active (since when)")
    PortalAccessResponse access(@PathVariable("id") long id, Actor actor) {
        return PortalAccessResponse.of(invitations.access(actor, PatientId.of(id)));
    }
}
