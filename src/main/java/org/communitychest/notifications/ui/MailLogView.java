package org.communitychest.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.base.London;
import org.communitychest.base.ui.Notifications;
import org.communitychest.notifications.MailLog;
import org.communitychest.notifications.MailLogEntry;
import org.communitychest.notifications.MailStatus;
import org.springframework.data.domain.PageRequest;

@Route("admin/mail")
@PageTitle("Mail log · Community Chest")
@RolesAllowed("ADMIN")
class MailLogView extends VerticalLayout {

    final Grid<MailLogEntry> grid = new Grid<>();
    final TextField search = new TextField("Recipient or subject");

    MailLogView(MailLog mailLog) {
        addClassName("cc-page");
        setSizeFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        // Widths that fit the whole grid in 1440 px; the subject gets most of the spare width, and texts wrap
        grid.addColumn(m -> London.format(m.createdAt())).setHeader("Created").setWidth("15rem").setFlexGrow(0);
        grid.addColumn(MailLogEntry::recipient).setHeader("To").setWidth("12rem").setFlexGrow(1);
        grid.addColumn(MailLogEntry::subject).setHeader("Subject").setWidth("16rem").setFlexGrow(3);
        grid.addColumn(MailLogView::statusText).setHeader("Status").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(MailLogEntry::attempts).setHeader("Attempts").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.lastError() == null ? "" : m.lastError()).setHeader("Last error").setWidth("10rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(q -> mailLog.search(search.getValue(), PageRequest.of(q.getPage(), q.getPageSize())).stream());
        grid.addItemClickListener(e -> open(mailLog, e.getItem()));
        grid.setSizeFull();
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1("Mail log"), new Paragraph("Every email the portal has sent or tried to send. Click one to read"
                + " it; a message that failed can be sent again."), search, grid);
    }

    private void open(MailLog mailLog, MailLogEntry entry) {
        var body = mailLog.body(entry.id());
        var dialog = new Dialog();
        dialog.setHeaderTitle(body.subject());
        dialog.setWidth("min(720px, 95vw)");
        dialog.add(new Paragraph("To " + entry.recipient() + " · " + statusText(entry)));
        if (!body.attachmentNames().isEmpty()) {
            dialog.add(new Paragraph("Attached: " + String.join(", ", body.attachmentNames())));
        }
        if (body.deletedAt() != null) {
            dialog.add(new Paragraph("The text of this message and its attachments were deleted on "
                    + London.format(body.deletedAt()) + ", at the end of the retention period."));
        } else {
            var text = new Pre(body.text());
            text.addClassName("cc-mail-body");
            dialog.add(text);
        }
        boolean unsent = entry.status() == MailStatus.FAILED || entry.status() == MailStatus.NOT_SENT;
        if (!mailLog.canSend()) {
            dialog.add(new Paragraph("No SMTP server is configured, so the portal keeps its email here instead of"
                    + " sending it."));
        } else if (unsent && body.deletedAt() == null && body.linkExpired()) {
            dialog.add(new Paragraph(MailLog.LINK_EXPIRED));
        } else if (unsent && body.deletedAt() == null) {
            var retry = new Button("Send again", e -> {
                mailLog.retry(entry.id());
                Notifications.success("The message will be sent again shortly");
                grid.getDataProvider().refreshAll();
                dialog.close();
            });
            retry.addThemeVariants(ButtonVariant.PRIMARY);
            dialog.getFooter().add(retry);
        }
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private static String statusText(MailLogEntry m) {
        String status = sendingText(m);
        return m.bodyDeletedAt() == null ? status : status + " · text deleted " + London.format(m.bodyDeletedAt());
    }

    private static String sendingText(MailLogEntry m) {
        return switch (m.status()) {
            case SENT -> "Sent " + London.format(m.sentAt());
            case QUEUED -> m.attempts() == 0 ? "Waiting to send" : "Retrying " + London.format(m.nextAttemptAt());
            case NOT_SENT -> "Not sent (no SMTP server configured)";
            case FAILED -> m.attempts() == 0 ? "Not sent" : "Failed after " + m.attempts() + " attempts";
        };
    }
}
