package org.regenpath.identity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.regenpath.notification.OutgoingMail;

/**
 * The invitation e-mail. E-mail is not a secure channel, so it carries the patient's given name, the clinic's
 * name and the link, and nothing clinical; the subject is generic because it shows on lock screens.
 */
final class InvitationMail {

    static final String KIND = "PORTAL_INVITATION";
    static final String SUBJECT = "Set up your patient portal account";
    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private InvitationMail() {}

    static OutgoingMail compose(String to, String givenName, String clinicName, String link, Instant expires) {
        return OutgoingMail.to(to, KIND)
                .subject(SUBJECT)
                .greeting("Dear " + givenName + ",")
                .paragraph(clinicName + " invites you to its patient portal on Regenpath, where you can answer"
                        + " your follow-up questionnaires from your phone or computer.")
                .action("Set your password", link)
                .paragraph("The link works once, until " + UNTIL.format(expires) + ". You will sign in with"
                        + " this e-mail address and the password you choose.")
                .paragraph("If you did not expect this message, you can ignore it. If the link has expired,"
                        + " ask your clinic for a new invitation.")
                .build();
    }
}
