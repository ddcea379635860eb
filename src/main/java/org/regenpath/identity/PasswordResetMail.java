package org.regenpath.identity;

import java.time.Duration;
import org.regenpath.notification.OutgoingMail;

/**
 * The "forgot your password?" e-mail, the same for staff and patients. Like the invitation it carries the link and
 * nothing else about the account or the clinic's patients; the subject is generic because it shows on lock
 * screens.
 */
final class PasswordResetMail {

    static final String KIND = "PASSWORD_RESET";
    static final String SUBJECT = "Reset your Regenpath password";

    private PasswordResetMail() {}

    static OutgoingMail compose(String to, String link, Duration validity) {
        return OutgoingMail.to(to, KIND)
                .subject(SUBJECT)
                .greeting("Hello,")
                .paragraph("Someone, probably you, asked to reset the password of the Regenpath account that signs"
                        + " in with this e-mail address.")
                .action("Choose a new password", link)
                .paragraph("The link works once, for " + validity.toMinutes() + " minutes. Asking again sends a new"
                        + " link and the older one stops working.")
                .paragraph("If you did not ask, you can ignore this message: your password stays as it is.")
                .build();
    }
}
