package org.communitychest.applications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.communitychest.base.ui.ConfirmDialogs;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.communitychest.base.ui.Texts;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.applications.ApplicationSubmission;
import org.communitychest.applications.SectionState;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.base.ui.Downloads;
import org.communitychest.base.ui.Notifications;
import org.communitychest.base.ui.RouteId;
import org.communitychest.notifications.MailDelivery;

/** The application's overview: each section's state, then check and submit; later its status and questions. */
@Route("applications/:applicationId" + RouteId.PATTERN)
@RolesAllowed("APPLICANT")
class TaskListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ApplicationDrafts drafts;
    private final ApplicationSubmission submission;
    private final MailDelivery mail;
    final OrderedList tasks = new OrderedList();
    Button withdraw;

    TaskListView(ApplicationDrafts drafts, ApplicationSubmission submission, MailDelivery mail) {
        this.mail = mail;
        this.drafts = drafts;
        this.submission = submission;
        addClassName("cc-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("applicationId")
                .orElseThrow(() -> new RecordNotFoundException("Application"));
        show(drafts.get(id));
    }

    private void show(ApplicationDetails a) {
        removeAll();
        tasks.removeAll();
        add(new Span(a.organisationName() + " · " + a.round().title()), new H1(Texts.of(a.displayTitle())));
        if (a.isDraft()) {
            long done = a.sections().stream().filter(s -> s.state() == SectionState.COMPLETED).count();
            add(new Paragraph(getTranslation("apply.task-list.progress", done, a.sections().size(),
                    London.format(a.round().closesAt()))));
            tasks.addClassName("cc-tasks");
            for (var s : a.sections()) {
                var tag = new Span(Texts.of(s.state().label()));
                tag.addClassName("cc-tag");
                tag.addClassName("cc-tag-" + s.state().name().toLowerCase().replace('_', '-'));
                var link = new Anchor(ApplicationsNavigation.section(a.id(), s.section()),
                        Texts.of(s.section().label()));
                tasks.add(new ListItem(link, tag));
            }
            add(tasks);
            var check = new Anchor(ApplicationsNavigation.check(a.id()),
                    getTranslation("apply.task-list.check-and-submit"));
            check.addClassName("cc-button-link");
            add(check);
        } else {
            var panel = new Div(new H2(Texts.of(a.status().label())), new Paragraph(a.submittedAt() == null
                    ? getTranslation("apply.task-list.reference", a.reference())
                    : getTranslation("apply.task-list.reference-submitted", a.reference(),
                            London.format(a.submittedAt()))));
            panel.addClassName("cc-panel");
            add(panel, new Paragraph(switch (a.status()) {
                case SUBMITTED -> getTranslation(mail.canSend() ? "apply.task-list.submitted-mail"
                        : "apply.task-list.submitted");
                case ELIGIBLE -> getTranslation("apply.task-list.eligible");
                case INELIGIBLE -> getTranslation(mail.canSend() ? "apply.task-list.ineligible-mailed"
                        : "apply.task-list.ineligible-mail-queued");
                case WITHDRAWN -> getTranslation("apply.task-list.withdrawn");
                case FUNDED, PART_FUNDED, NOT_FUNDED -> getTranslation(mail.canSend()
                        ? "apply.task-list.decided-mailed" : "apply.task-list.decided-mail-queued");
                default -> "";
            }));
            if (a.decision() != null) {
                add(new DecisionPanel(a.decision(), a.round().partnershipName()));
            }
        }
        add(Downloads.link(getTranslation("apply.task-list.download-pdf"), () -> new Downloads.File(
                (a.reference() == null ? "application-draft" : a.reference()) + ".pdf", "application/pdf",
                submission.pdf(a.id()))));
        questions(a);
        if (a.status().canWithdraw()) {
            withdraw = new Button(getTranslation("apply.task-list.withdraw"), e -> confirmWithdraw(a));
            withdraw.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            add(withdraw);
        }
    }

    private void questions(ApplicationDetails a) {
        if (a.informationRequests().isEmpty()) {
            return;
        }
        add(new H2(getTranslation("apply.questions.heading", a.round().partnershipName())));
        for (var q : a.informationRequests()) {
            var block = new Div(new Paragraph(q.question()));
            block.addClassName("cc-card");
            if (q.answered()) {
                block.add(new Paragraph(getTranslation("apply.questions.your-answer", London.format(q.answeredAt()),
                        q.answer())));
            } else {
                var answer = new TextArea(getTranslation("apply.questions.answer"));
                answer.setWidthFull();
                answer.setMaxLength(4000);
                var send = new Button(getTranslation("apply.questions.send"), e -> {
                    try {
                        drafts.answerInformationRequest(a.id(), q.id(), answer.getValue());
                        Notifications.success(getTranslation("apply.questions.sent"));
                        show(drafts.get(a.id()));
                    } catch (InvalidInputException ex) {
                        answer.setErrorMessage(Texts.of(ex.messageFor("answer")));
                        answer.setInvalid(true);
                    }
                });
                send.addThemeVariants(ButtonVariant.PRIMARY);
                block.add(answer, send);
            }
            add(block);
        }
    }

    private void confirmWithdraw(ApplicationDetails a) {
        var dialog = ConfirmDialogs.of(getTranslation("apply.withdraw.heading"), getTranslation("apply.withdraw.text"),
                getTranslation("apply.withdraw.confirm"), e -> {
                    submission.withdraw(a.id());
                    Notifications.success(getTranslation("apply.withdraw.done"));
                    show(drafts.get(a.id()));
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("apply.withdraw.cancel"));
        dialog.setConfirmButtonTheme("error primary"); // not user text: theme
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("apply.task-list.page-title");
    }
}
