package org.regenpath.identity;

import java.time.Instant;
import java.time.ZoneId;
import org.regenpath.notification.OutgoingMail;
import org.regenpath.shared.DateStyle;

/**
 * The invitation e-mail. E-mail is not a secure channel, so it carries the patient's given name, the clinic's
 * name and the link, and nothing clinical; the link's expiry is in the clinic's time zone; the subject is generic
 * because it shows on lock screens.
 */
final class InvitationMail {

    static final String KIND = "PORTAL_INVITATION";
    static final String SUBJECT = "Set up your patient portal account";

    private InvitationMail() {}

    static OutgoingMail compose(String to, String givenName, String clinicName, String link, Instant expires,
            ZoneId zone) {
        return OutgoingMail.to(to, KIND)
                .subject(SUBJECT)
                .greeting("Dear " + givenName + ",")
                .paragraph(clinicName + " invites you to its patient portal on Regenpath, where you can answer"
                        + " your follow-up questionnaires from your phone or computer.")
                .action("Set your password", link)
                .paragraph("The link works once, until " + DateStyle.longTime(expires, zone) + ". You will sign in with"
                        + " this e-mail address and the password you choose.")
                .paragraph("If you did not expect this message, you can ignore it. If the link has expired,"
                        + " ask your clinic for a new invitation.")
                .build();
    }
}
