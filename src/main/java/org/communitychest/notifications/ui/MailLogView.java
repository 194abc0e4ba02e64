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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.base.London;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.Texts;
import org.communitychest.notifications.MailLog;
import org.communitychest.notifications.MailLogEntry;
import org.communitychest.notifications.MailStatus;
import org.springframework.data.domain.PageRequest;

@Route("admin/mail")
@RolesAllowed("ADMIN")
class MailLogView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MailLogEntry> grid = new Grid<>();
    final TextField search = new TextField(text("search"));

    MailLogView(MailLog mailLog) {
        addClassName("cc-page");
        setSizeFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        // Widths that fit the whole grid in 1440 px; the subject gets most of the spare width, and texts wrap
        grid.addColumn(m -> London.format(m.createdAt())).setHeader(text("column.created")).setWidth("15rem")
                .setFlexGrow(0);
        grid.addColumn(MailLogEntry::recipient).setHeader(text("column.to")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(MailLogEntry::subject).setHeader(text("column.subject")).setWidth("16rem").setFlexGrow(3);
        grid.addColumn(this::statusText).setHeader(text("column.status")).setWidth("10rem").setFlexGrow(1);
        grid.addColumn(MailLogEntry::attempts).setHeader(text("column.attempts")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> errorText(m.lastError())).setHeader(text("column.last-error")).setWidth("10rem")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(q -> mailLog.search(search.getValue(), PageRequest.of(q.getPage(), q.getPageSize())).stream());
        grid.addItemClickListener(e -> open(mailLog, e.getItem()));
        grid.setSizeFull();
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H1(text("title")), new Paragraph(text("intro")), search, grid);
    }

    private void open(MailLog mailLog, MailLogEntry entry) {
        var body = mailLog.body(entry.id());
        var dialog = new Dialog();
        dialog.setHeaderTitle(body.subject());
        dialog.setWidth("min(720px, 95vw)");
        dialog.add(new Paragraph(text("to", entry.recipient(), statusText(entry))));
        if (!body.attachmentNames().isEmpty()) {
            dialog.add(new Paragraph(text("attached", String.join(", ", body.attachmentNames()))));
        }
        if (body.deletedAt() != null) {
            dialog.add(new Paragraph(text("deleted-on", London.format(body.deletedAt()))));
        } else {
            var text = new Pre(body.text());
            text.addClassName("cc-mail-body");
            dialog.add(text);
        }
        boolean unsent = entry.status() == MailStatus.FAILED || entry.status() == MailStatus.NOT_SENT;
        if (!mailLog.canSend()) {
            dialog.add(new Paragraph(text("no-smtp")));
        } else if (unsent && body.deletedAt() == null && body.linkExpired()) {
            dialog.add(new Paragraph(Texts.of(MailLog.LINK_EXPIRED)));
        } else if (unsent && body.deletedAt() == null) {
            var retry = new Button(text("send-again"), e -> {
                mailLog.retry(entry.id());
                Notifications.success(text("sending-again"));
                grid.getDataProvider().refreshAll();
                dialog.close();
            });
            retry.addThemeVariants(ButtonVariant.PRIMARY);
            dialog.getFooter().add(retry);
        }
        dialog.getFooter().add(new Button(text("close"), e -> dialog.close()));
        dialog.open();
    }

    private String statusText(MailLogEntry m) {
        String status = sendingText(m);
        return m.bodyDeletedAt() == null ? status : text("text-deleted", status, London.format(m.bodyDeletedAt()));
    }

    private String sendingText(MailLogEntry m) {
        return switch (m.status()) {
            case SENT -> text("sent", London.format(m.sentAt()));
            case QUEUED -> m.attempts() == 0 ? text("waiting") : text("retrying", London.format(m.nextAttemptAt()));
            case NOT_SENT -> text("not-sent-no-smtp");
            case FAILED -> m.attempts() == 0 ? text("not-sent") : text("failed-after", m.attempts());
        };
    }

    /** The portal's own reasons are bundle keys; an SMTP server's are shown in its own words. */
    private String errorText(String stored) {
        if (stored == null) {
            return "";
        }
        return stored.startsWith(MailLogEntry.OWN_ERROR) ? getTranslation(stored) : stored;
    }

    private String text(String key, Object... args) {
        return getTranslation("staff.mail.log." + key, args);
    }

    @Override
    public String getPageTitle() {
        return text("page-title");
    }
}
