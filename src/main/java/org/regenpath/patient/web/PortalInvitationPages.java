package org.regenpath.patient.web;

import java.time.ZoneId;
import org.regenpath.identity.Dates;
import org.regenpath.identity.PortalAccess;
import org.regenpath.patient.PortalInvitations;
import org.regenpath.shared.Actor;
import org.regenpath.shared.Conflict;
import org.regenpath.shared.DateStyle;
import org.regenpath.shared.InvalidInput;
import org.regenpath.shared.PatientId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The chart's "Invite to patient portal" button. */
@Controller
class PortalInvitationPages {

    private final PortalInvitations invitations;
    private final Dates dates;

    PortalInvitationPages(PortalInvitations invitations, Dates dates) {
        this.invitations = invitations;
        this.dates = dates;
    }

    static String sentNotice(PortalAccess access, ZoneId zone) {
        return "Invitation sent to " + access.email() + ". The link works until "
                + DateStyle.time(access.expiresAt(), zone) + ".";
    }

    /** Says what happened when no e-mail server is set up: nothing left, the link is only in the server log. */
    static String notSentNotice(PortalAccess access, ZoneId zone) {
        return "No e-mail was sent to " + access.email() + ": this installation has no e-mail server configured."
                + " The invitation link was written to the server log instead; it works once, until "
                + DateStyle.time(access.expiresAt(), zone)
                + ". Ask your administrator to configure e-mail, or to pass the"
                + " link on.";
    }

    @PostMapping("/patients/{id}/portal-invitation")
    String invite(@PathVariable("id") long id, Actor actor, RedirectAttributes flash) {
        try {
            PortalAccess access = invitations.invite(actor, PatientId.of(id));
            if (invitations.mailConfigured()) {
                flash.addFlashAttribute("saved", sentNotice(access, dates.zone()));
            } else {
                flash.addFlashAttribute("portalError", notSentNotice(access, dates.zone()));
            }
        } catch (InvalidInput e) {
            flash.addFlashAttribute("portalError", e.fieldErrors().values().iterator().next());
        } catch (Conflict e) {
            flash.addFlashAttribute("portalError", e.getMessage());
        }
        return "redirect:/patients/" + id;
    }
}
