package org.regenpath.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * One e-mail, as plain text and as simple HTML with the same words. Build it with {@link #to(String, String)} so
 * both parts stay alike. E-mail is not a secure channel: put in a greeting, the clinic's name and a link, never a
 * diagnosis, a score or an internal id.
 *
 * @param to the recipient's address
 * @param kind what the message is for, upper case, e.g. {@code PORTAL_INVITATION}; recorded with it
 * @param subject the subject line: generic, since it shows on lock screens
 * @param text the plain-text body
 * @param html the HTML body
 * @param link the message's one link, logged when no SMTP host is configured; may be null
 * @param storable true when the message carries no one-time link or other secret, so its body may be stored and
 *     sent again after a restart; false (the default) keeps the body in memory only
 */
public record OutgoingMail(String to, String kind, String subject, String text, String html, String link,
        boolean storable) {

    private static final Pattern KIND = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    public OutgoingMail {
        if (to == null || to.isBlank() || to.length() > 254) {
            throw new IllegalArgumentException("A recipient address is needed");
        }
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("The kind is upper case letters, digits and _: " + kind);
        }
        if (subject == null || subject.isBlank() || subject.length() > 200) {
            throw new IllegalArgumentException("A subject of at most 200 characters is needed");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    /** A message whose body is never stored. */
    public OutgoingMail(String to, String kind, String subject, String text, String html, String link) {
        this(to, kind, subject, text, html, link, false);
    }

    /** Starts a message to {@code recipient}. */
    public static Builder to(String recipient, String kind) {
        return new Builder(recipient, kind);
    }

    /** Composes the text and HTML bodies from the same parts, in order. */
    public static final class Builder {

        private final String to;
        private final String kind;
        private final List<String[]> parts = new ArrayList<>();
        private String subject;
        private String link;
        private boolean storable;

        private Builder(String to, String kind) {
            this.to = to;
            this.kind = kind;
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        /** A line such as "Dear Margaret,". */
        public Builder greeting(String greeting) {
            parts.add(new String[] {"p", greeting});
            return this;
        }

        public Builder paragraph(String paragraph) {
            parts.add(new String[] {"p", paragraph});
            return this;
        }

        /** The message's link, shown as a button in HTML and on a line of its own in text. */
        public Builder action(String label, String url) {
            if (!url.startsWith("https://") && !url.startsWith("http://")) {
                throw new IllegalArgumentException("Links are absolute http(s) URLs");
            }
            this.link = url;
            parts.add(new String[] {"a", label, url});
            return this;
        }

        /**
         * Declares that the message carries no one-time link or other secret: its body is stored with it, so that
         * it can still be sent after a restart. Without this, a message whose sending a crash interrupted is
         * recorded as failed instead (the sender issues a new link).
         */
        public Builder storable() {
            this.storable = true;
            return this;
        }

        public OutgoingMail build() {
            StringBuilder text = new StringBuilder();
            StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><body style=\"font-family: Arial,"
                    + " sans-serif; font-size: 16px; line-height: 1.5; color: #1c2530\">\n");
            for (String[] part : parts) {
                if ("a".equals(part[0])) {
                    text.append(part[1]).append(":\n").append(part[2]).append("\n\n");
                    html.append("<p><a href=\"").append(HtmlUtils.htmlEscape(part[2])).append("\" style=\""
                                    + "display: inline-block; padding: 12px 20px; background: #0f6e6a; color: #ffffff;"
                                    + " border-radius: 6px; text-decoration: none; font-weight: bold\">")
                            .append(HtmlUtils.htmlEscape(part[1])).append("</a></p>\n")
                            .append("<p style=\"font-size: 13px; color: #5b6876\">If the button does not work,"
                                    + " copy this address into your browser:<br>")
                            .append(HtmlUtils.htmlEscape(part[2])).append("</p>\n");
                } else {
                    text.append(part[1]).append("\n\n");
                    html.append("<p>").append(HtmlUtils.htmlEscape(part[1])).append("</p>\n");
                }
            }
            html.append("</body></html>\n");
            return new OutgoingMail(to, kind, subject, text.toString().strip() + "\n", html.toString(), link,
                    storable);
        }
    }
}
