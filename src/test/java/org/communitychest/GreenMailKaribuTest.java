package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.communitychest.notifications.MailDispatcher;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * View tests whose email really goes out: the application is configured with {@code spring.mail.host=127.0.0.1}
 * and the port of a GreenMail SMTP server running in this JVM, so {@link MailDispatcher#sendDue()} delivers the
 * queued mail over SMTP and the tests read what arrived. Every subclass shares one Spring context (a second one
 * next to the {@link ChestSpringTest} context) and the one GreenMail server.
 */
@TestPropertySource(properties = "spring.mail.host=127.0.0.1")
public abstract class GreenMailKaribuTest extends KaribuTest {

    /** Started once for the JVM; it stops with it. */
    protected static final GreenMail GREEN_MAIL = startGreenMail();

    @Autowired
    protected MailDispatcher mailDispatcher;

    private static GreenMail startGreenMail() {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(greenMail::stop));
        return greenMail;
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> GREEN_MAIL.getSmtp().getPort());
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        GREEN_MAIL.purgeEmailFromAllMailboxes();
    }

    /** Runs the mail job, as the scheduler would, until nothing queued is due. */
    protected void sendQueuedMail() {
        long queued = queuedMail();
        for (int round = 0; round < 100 && queued > 0; round++) {
            mailDispatcher.sendDue();
            long left = queuedMail();
            if (left == queued) {
                break;
            }
            queued = left;
        }
        assertThat(queuedMail()).as("mail still queued after sending").isZero();
    }

    private long queuedMail() {
        return jdbc.queryForObject("select count(*) from mail_message where status = 'QUEUED'", Long.class);
    }

    /** The messages GreenMail received for this address, oldest first. */
    protected static List<MimeMessage> receivedBy(String email) {
        return Arrays.stream(GREEN_MAIL.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The plain-text body of a received message. */
    protected static String textOf(MimeMessage message) throws Exception {
        var texts = new ArrayList<String>();
        collectText(message, texts);
        assertThat(texts).as("a text/plain part").isNotEmpty();
        return texts.getFirst();
    }

    private static void collectText(Part part, List<String> texts) throws Exception {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            texts.add(String.valueOf(part.getContent()));
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collectText(multipart.getBodyPart(i), texts);
            }
        }
    }

    /** The attachments of a received message. */
    protected static List<Attachment> attachmentsOf(MimeMessage message) throws Exception {
        var found = new ArrayList<Attachment>();
        collectAttachments(message, found);
        return found;
    }

    private static void collectAttachments(Part part, List<Attachment> found) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(body.getDisposition())) {
                    try (InputStream in = body.getInputStream()) {
                        found.add(new Attachment(body.getFileName(), body.getContentType(), in.readAllBytes()));
                    }
                } else {
                    collectAttachments(body, found);
                }
            }
        }
    }

    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
