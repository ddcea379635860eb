package org.regenpath.patient.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.regenpath.identity.PortalAccess;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chart's "Invite to patient portal" button. */
@Controller
class PortalInvitationPages {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final PortalInvitations invitations;

    PortalInvitationPages(PortalInvitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/patients/{id}/portal-invitation")
    String invite(@PathVariable("id") long id, Actor actor, RedirectAttributes flash) {
        try {
            PortalAccess access = invitations.invite(actor, PatientId.of(id));
            flash.addFlashAttribute("saved", "Invitation sent to " + access.email() + ". The link works until "
                    + DAY.format(access.expiresAt()) + ".");
        } catch (InvalidInput e) {
            flash.addFlashAttribute("portalError", e.fieldErrors().values().iterator().next());
        } catch (Conflict e) {
            flash.addFlashAttribute("portalError", e.getMessage());
        }
        return "redirect:/patients/" + id;
    }
}
