package org.regenpath.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) for the integration tests, on a free port of 127.0.0.1, started once per test
 * JVM and shared by every Spring context: {@link WebIT} and {@link ServerIT} point {@code spring.mail.*} at it.
 * Mail from every test lands in the same server, so tests look for messages to an address of their own.
 */
public final class TestMail {

    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static GreenMail server;

    private TestMail() {}

    /** The server, started on first use. */
    public static synchronized GreenMail server() {
        if (server == null) {
            GreenMail started = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            started.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "greenmail-stop"));
            server = started;
        }
        return server;
    }

    /** For {@code @DynamicPropertySource}: sends the application's mail to this server. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> server().getSmtp().getPort());
    }

    /** Every message received so far for {@code recipient}, oldest first. */
    public static List<MimeMessage> to(String recipient) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> addressedTo(m, recipient)).toList();
    }

    /** Waits up to ten seconds until {@code recipient} has {@code count} messages; returns the newest. */
    public static MimeMessage awaitMessage(String recipient, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> to(recipient).size() >= count);
        List<MimeMessage> messages = to(recipient);
        return messages.get(messages.size() - 1);
    }

    /** The plain-text part. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The HTML part. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The first link in the plain-text part. */
    public static String link(MimeMessage message) {
        Matcher m = URL.matcher(text(message));
        if (!m.find()) {
            throw new AssertionError("No link in the message");
        }
        return m.group();
    }

    /** A link's path and query, for MockMvc, which serves no host. */
    public static String pathAndQuery(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean addressedTo(MimeMessage message, String recipient) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a instanceof InternetAddress i && i.getAddress().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.getContent() instanceof Multipart multi) {
                for (int i = 0; i < multi.getCount(); i++) {
                    BodyPart body = multi.getBodyPart(i);
                    String found = part(body, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
