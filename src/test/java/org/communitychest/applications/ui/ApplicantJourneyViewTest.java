package org.communitychest.applications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communitychest.applications.ApplicationFixtures.ADMIN;
import static org.communitychest.applications.ApplicationFixtures.OFFICER;

import com.github.mvysny.kaributesting.v10.AnchorsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.communitychest.GreenMailKaribuTest;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.ApplicationRow;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.applications.FormType;
import org.communitychest.applications.Section;
import org.communitychest.audit.AuditLog;
import org.communitychest.audit.AuditRecord;
import org.communitychest.audit.AuditSearch;
import org.communitychest.base.London;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.organisations.LegalForm;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.ui.RoundsNavigation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * The applicant's journey end to end, as people click through it, with email really sent over SMTP to GreenMail:
 * the public eligibility checker, registering, confirming the email address, setting up the group, starting an
 * application, writing it over several sittings, checking and submitting it, the receipt with the PDF, and an
 * officer screening it out with the "not eligible" email. Also the officer's question and the group's answer,
 * and a double-clicked submit.
 */
class ApplicantJourneyViewTest extends GreenMailKaribuTest {

    private static final Pattern REFERENCE = Pattern.compile("THT-\\d{4}-\\d{4}");

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditLog auditLog;
    ApplicationFixtures fx;
    RoundDetails round;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        round = fx.demoRound();
    }

    // Small helpers to act as a person would

    private static TextField textField(String label) {
        return _get(TextField.class, spec -> spec.withLabel(label));
    }

    private static void click(String buttonText) {
        _click(_get(Button.class, spec -> spec.withText(buttonText)));
    }

    @SuppressWarnings("unchecked")
    private static <T> RadioButtonGroup<T> radio(String label) {
        return _get(RadioButtonGroup.class, spec -> spec.withLabel(label));
    }

    private static String pageText() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast().getElement()
                .getTextRecursively();
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(e -> e.getProperty("text")).toList();
    }

    private SectionView openSection(long id, Section section) {
        navigate(ApplicationsNavigation.section(id, section));
        return _get(SectionView.class);
    }

    private void signInThroughTheLoginPage(String email, String password) {
        navigate("login");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email address")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), password);
        click("Sign in");
    }

    private String expectedNextReference() {
        int year = London.today(clock).getYear();
        int used = jdbc.queryForObject("select count(*) from application where reference like ?", Integer.class,
                "THT-" + year + "-%");
        return String.format("THT-%d-%04d", year, used + 1);
    }

    private List<String> taskStates(long id) {
        navigate(ApplicationsNavigation.taskList(id));
        return _find(_get(TaskListView.class).tasks, ListItem.class).stream()
                .map(li -> li.getElement().getTextRecursively()).toList();
    }

    @Test
    void fromThePublicCheckerToASubmittedApplicationScreenedOutWithTheReasonsEmailed() throws Exception {
        String email = ApplicationFixtures.uniqueEmail("nadia");
        String group = "Mile End Mums' Walking Group " + UUID.randomUUID().toString().substring(0, 6);
        var bankQuestion = round.eligibility().get(2);

        // 1. Anonymous: the public round page and its eligibility checker
        navigate("funding/" + round.id());
        assertThat(_get(H1.class).getText()).isEqualTo(round.title());
        for (var q : round.eligibility()) {
            _setValue(radio(q.question()), "Yes");
        }
        click("Check if we can apply");
        assertThat(_find(H3.class, spec -> spec.withText("You can apply"))).hasSize(1);
        assertThat(_get(Anchor.class, spec -> spec.withText("Start your application")).getHref())
                .isEqualTo(RoundsNavigation.apply(round.id(), ApplicationFixtures.passingAnswers(round)));

        _setValue(radio(bankQuestion.question()), "No");
        click("Check if we can apply");
        assertThat(_find(H3.class, spec -> spec.withText("Sorry, your group cannot apply to this round")))
                .hasSize(1);
        assertThat(_find(H3.class, spec -> spec.withText("You can apply"))).isEmpty();
        assertThat(pageText()).contains(bankQuestion.failReason())
                .contains("Where else to look: " + bankQuestion.signpost())
                .doesNotContain(round.eligibility().getFirst().failReason());
        assertThat(_find(Anchor.class, spec -> spec.withText("Start your application"))).isEmpty();

        // 2. Register, and confirm the email address from the link in the mail
        navigate("register");
        _setValue(textField("Your name"), "Nadia Rahman");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email address")), email);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Choose a password")), GOOD_PASSWORD);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Type the password again")), GOOD_PASSWORD);
        click("Create account");
        assertThat(_get(H1.class).getText()).isEqualTo("Check your email");
        var verification = latestMailTo(email);
        assertThat(verification.template()).isEqualTo("verification");
        navigate(verification.location());
        assertThat(pageText()).contains("Your email address is confirmed. You can sign in now.");

        // 3. Sign in, set up the group
        signInThroughTheLoginPage(email, GOOD_PASSWORD);
        assertThat(_get(H1.class).getText()).isEqualTo("Welcome, Nadia Rahman");
        navigate("apply/" + round.id());
        assertThat(pageText()).contains("First, tell us about your group");
        AnchorsKt._click(_get(Anchor.class, spec -> spec.withText("Set up your group")));
        assertThat(currentPath()).isEqualTo("organisations/new");
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("then"))
                .as("the form goes on to the start page").hasValue("apply/" + round.id());
        _setValue(textField("Name of your group"), group);
        _setValue(radio("What kind of group are you?"), LegalForm.UNCONSTITUTED_GROUP);
        _setValue(textField("Address line 1"), "Mile End Park Pavilion");
        _setValue(textField("Town or city"), "London");
        _setValue(textField("Postcode"), "e3 4hl");
        _setValue(radio("Annual income"), IncomeBand.UNDER_10K);
        click("Save your group");
        assertThat(currentPath()).as("back to the application being started").isEqualTo("apply/" + round.id());
        assertThat(notifications()).contains(group + " is set up. Later, you can invite colleagues to it from Your"
                + " groups, in the menu.");

        // 4. Start the application: a failed question is explained and creates nothing; then the real start
        var start = _get(StartApplicationView.class);
        assertThat(start.organisation.getValue().name()).isEqualTo(group);
        start.eligibility.forEach((id, answer) -> _setValue(answer, "Yes"));
        _setValue(start.eligibility.get(bankQuestion.id()), "No");
        _setValue(start.formType, FormType.FULL);
        _click(start.start);
        assertThat(start.alert.isVisible()).isTrue();
        assertThat(start.alert.getText()).contains(bankQuestion.failReason()).contains(bankQuestion.signpost());
        assertThat(jdbc.queryForObject("select count(*) from application where organisation_name = ?",
                Integer.class, group)).isZero();
        _setValue(start.eligibility.get(bankQuestion.id()), "Yes");
        _click(start.start);
        assertThat(currentPath()).matches("applications/\\d+");
        long id = Long.parseLong(currentPath().substring("applications/".length()));
        assertThat(taskStates(id)).containsExactly("About the projectNot yet started", "Who it helpsNot yet started",
                "Activities and timelineNot yet started", "BudgetNot yet started", "DocumentsNot yet started",
                "DeclarationsNot yet started");

        // 5. First sitting: about the project, who it helps
        var about = (AboutSection) openSection(id, Section.ABOUT).editor;
        _setValue(about.projectTitle, "Mile End Mums Walk and Talk");
        _setValue(about.summary, "Weekly buggy-friendly walks round Mile End Park for new mums who feel low,"
                + " ending with a cuppa at the pavilion.");
        _setValue(about.needStatement, "Health visitors tell us new mums on the Ocean estate are isolated.");
        assertThat(_get(SectionView.class).saver.status.getText()).startsWith("Saved at");

        var who = (WhoSection) openSection(id, Section.WHO).editor;
        long tht = round.partnershipId();
        NeedCategoryInfo wellbeing = fx.needs(tht).stream().filter(n -> n.code().equals("MENTAL_WELLBEING"))
                .findFirst().orElseThrow();
        AreaInfo bowWest = fx.wards(tht).stream().filter(a -> a.name().equals("Bow West")).findFirst()
                .orElseThrow();
        _setValue(who.needs, Set.of(wellbeing));
        _setValue(who.areas, Set.of(bowWest));
        _setValue(who.capacity, 24);
        _setValue(who.beneficiaries, "Mothers of babies under one");
        assertThat(_get(SectionView.class).saver.status.getText()).startsWith("Saved at");

        // Second sitting, in a new browser session: what was typed is still there
        logout();
        loginAs(email, GOOD_PASSWORD);
        assertThat(taskStates(id)).containsExactly("About the projectCompleted", "Who it helpsCompleted",
                "Activities and timelineNot yet started", "BudgetNot yet started", "DocumentsNot yet started",
                "DeclarationsNot yet started");
        about = (AboutSection) openSection(id, Section.ABOUT).editor;
        assertThat(about.projectTitle.getValue()).isEqualTo("Mile End Mums Walk and Talk");
        assertThat(about.summary.getValue()).startsWith("Weekly buggy-friendly walks");
        assertThat(about.needStatement.getValue()).contains("Ocean estate");
        who = (WhoSection) openSection(id, Section.WHO).editor;
        assertThat(who.needs.getValue()).containsExactly(wellbeing);
        assertThat(who.areas.getValue()).containsExactly(bowWest);
        assertThat(who.capacity.getValue()).isEqualTo(24);
        assertThat(who.beneficiaries.getValue()).isEqualTo("Mothers of babies under one");

        var activities = (ActivitiesSection) openSection(id, Section.ACTIVITIES).editor;
        _setValue(activities.activities, "Walks every Thursday from April; a picnic in July.");
        _setValue(activities.startDate, LocalDate.of(2027, 4, 1));
        _setValue(activities.endDate, LocalDate.of(2027, 10, 28));

        var budget = (BudgetSection) openSection(id, Section.BUDGET).editor;
        _setValue(budget.rows.getFirst().item, "Walk leader training");
        _setValue(budget.rows.getFirst().cost, new BigDecimal("1800"));
        _click(budget.addLine);
        _setValue(budget.rows.get(1).item, "Pavilion hire and refreshments");
        _setValue(budget.rows.get(1).cost, new BigDecimal("1450.50"));
        _click(budget.addLine);
        _setValue(budget.rows.get(2).item, "Buggy-friendly rain covers");
        _setValue(budget.rows.get(2).cost, new BigDecimal("300"));
        _setValue(budget.rows.get(2).otherFunder, "Tesco Stronger Starts");
        assertThat(budget.totals.getText()).isEqualTo("Asking this round for £3,250.50, out of a total cost of"
                + " £3,550.50.");
        assertThat(budget.problems.getChildren().count()).as("no budget problems").isZero();

        // Third sitting: the budget is as left; documents and declarations
        logout();
        loginAs(email, GOOD_PASSWORD);
        budget = (BudgetSection) openSection(id, Section.BUDGET).editor;
        assertThat(budget.rows).hasSize(3);
        assertThat(budget.rows.get(1).item.getValue()).isEqualTo("Pavilion hire and refreshments");
        assertThat(budget.rows.get(1).cost.getValue()).isEqualByComparingTo("1450.50");
        assertThat(budget.rows.get(2).otherFunder.getValue()).isEqualTo("Tesco Stronger Starts");
        activities = (ActivitiesSection) openSection(id, Section.ACTIVITIES).editor;
        assertThat(activities.endDate.getValue()).isEqualTo(LocalDate.of(2027, 10, 28));

        openSection(id, Section.DOCUMENTS);
        for (var required : round.requiredDocuments()) {
            var section = (DocumentsSection) _get(SectionView.class).editor;
            UploadKt._upload(section.uploads.get(required.id()), "mile-end-" + required.id() + ".pdf",
                    "application/pdf", ApplicationFixtures.pdf(required.label() + " of " + group));
        }
        assertThat(pageText()).contains("mile-end-" + round.requiredDocuments().getFirst().id() + ".pdf");

        var declarations = (DeclarationsSection) openSection(id, Section.DECLARATIONS).editor;
        _setValue(declarations.informationTrue, true);
        _setValue(declarations.shareWithPanel, true);
        _setValue(declarations.safeguarding, true);
        _setValue(declarations.name, "Nadia Rahman");
        _setValue(declarations.role, "Organiser");
        assertThat(taskStates(id)).allSatisfy(task -> assertThat(task).endsWith("Completed"));

        // 6. Check your answers, submit, reference
        navigate(ApplicationsNavigation.check(id));
        var check = _get(CheckAnswersView.class);
        assertThat(pageText()).contains("Mile End Mums Walk and Talk").contains("Walk leader training")
                .contains("£3,250.50").contains("Bow West").contains("Nadia Rahman, Organiser")
                .doesNotContain("To finish:");
        String expected = expectedNextReference();
        _click(check.submit);
        assertThat(check.reference).isEqualTo(expected).matches(REFERENCE);
        assertThat(_get(H1.class).getText()).isEqualTo("Application submitted");
        assertThat(pageText()).contains(expected);
        assertThat(pageText()).contains("We are sending a receipt, with a PDF of the whole application, to the members"
                + " of ").contains(": it is queued and should arrive in the next few minutes.")
                .contains("We will email you at each step");
        assertThat(fx.status(id)).isEqualTo(ApplicationStatus.SUBMITTED);
        navigate(ApplicationsNavigation.mine());
        assertThat(pageText()).contains("Mile End Mums Walk and Talk").contains("Submitted").contains(expected);

        // 7. The receipt arrives by SMTP with the whole application as a PDF
        sendQueuedMail();
        var receipts = receivedBy(email).stream().filter(m -> subjectOf(m).startsWith("Application received"))
                .toList();
        assertThat(receipts).hasSize(1);
        assertThat(subjectOf(receipts.getFirst())).isEqualTo("Application received: " + expected
                + " Mile End Mums Walk and Talk");
        assertThat(textOf(receipts.getFirst())).contains("Nadia Rahman has submitted " + group + "'s application")
                .contains("Asking for: £3,250.50");
        var attachment = attachmentsOf(receipts.getFirst()).getFirst();
        assertThat(attachment.fileName()).isEqualTo(expected + ".pdf");
        assertThat(attachment.contentType()).startsWith("application/pdf");
        assertThat(new String(attachment.content(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
        String pdfText = ApplicationFixtures.pdfText(attachment.content());
        assertThat(pdfText).contains(expected).contains("Mile End Mums Walk and Talk")
                .contains("Walk leader training")
                .as("the group's profile").contains(group, "Mile End Park Pavilion, London E3 4HL", "Under £10,000");

        // 8. The officer finds it in the round's grid, screens it, and fails the bank-account gate
        logout();
        loginAs(OFFICER);
        navigate(ApplicationsNavigation.roundApplications(round.id()));
        var grid = _get(RoundApplicationsView.class).grid;
        List<ApplicationRow> rows = GridKt._fetch(grid, 0, 50);
        int row = rows.stream().map(ApplicationRow::reference).toList().indexOf(expected);
        assertThat(row).as("the new application is in the grid").isNotNegative();
        assertThat(rows.get(row).organisationName()).isEqualTo(group);
        assertThat(rows.get(row).amountRequested().toString()).isEqualTo("£3,250.50");
        GridKt._clickItem(grid, row);
        assertThat(currentPath()).isEqualTo("review/" + id);

        var review = _get(ReviewApplicationView.class);
        review.gates.forEach((question, gate) -> _setValue(gate, "Pass"));
        _setValue(review.gates.get(bankQuestion.id()), "Fail");
        _setValue(review.reasons.get(bankQuestion.id()), "The bank statement is in the organiser's own name.");
        _click(review.saveScreening);
        assertThat(notifications()).contains("Marked not eligible. We are sending an email with the reasons to the group: it is queued and"
                + " should arrive in the next few minutes.");
        assertThat(fx.status(id)).isEqualTo(ApplicationStatus.INELIGIBLE);
        assertThat(fx.audits("APPLICATION_SCREENED", id)).isEqualTo(1);

        // 9. The "not eligible" email arrives with the reason and where else to look
        sendQueuedMail();
        var ineligible = receivedBy(email).stream().filter(m -> subjectOf(m).contains("cannot go forward")).toList();
        assertThat(ineligible).hasSize(1);
        assertThat(subjectOf(ineligible.getFirst())).isEqualTo("Your application " + expected
                + " cannot go forward");
        assertThat(textOf(ineligible.getFirst())).contains("The bank statement is in the organiser's own name.")
                .contains("Where else to look: " + bankQuestion.signpost())
                .doesNotContain(round.eligibility().getFirst().failReason());

        logout();
        loginAs(email, GOOD_PASSWORD);
        navigate(ApplicationsNavigation.taskList(id));
        assertThat(pageText()).contains("Not eligible")
                .contains("An email with the reasons is on its way to your group's members.")
                .doesNotContain("We have emailed");
    }

    @Test
    void anOfficersQuestionIsEmailedAnsweredInThePortalAndKeptWithTheApplicationAndInTheAuditTrail()
            throws Exception {
        String member = fx.newApplicant("Femi Adeyemi");
        long group = fx.newGroup(member, "Limehouse Library Friends " + UUID.randomUUID());
        long id = fx.as(member, () -> {
            long draft = fx.completeShortDraft(round, group, "Storytime for Grandparents");
            fx.submit(draft);
            return draft;
        });
        String reference = jdbc.queryForObject("select reference from application where id = ?", String.class, id);
        String officerName = jdbc.queryForObject("select display_name from app_user where email = ?", String.class,
                OFFICER);

        loginAs(OFFICER);
        navigate(ApplicationsNavigation.review(id));
        var review = _get(ReviewApplicationView.class);
        _setValue(review.question, "Which library will host the sessions, and on which day?");
        _click(review.ask);
        assertThat(notifications()).contains("Question saved: the group can answer it in the portal. We are sending an email"
                + " telling them of it: it is queued and should arrive in the next few minutes.");

        sendQueuedMail();
        var asked = receivedBy(member).stream().filter(m -> subjectOf(m).startsWith("A question")).toList();
        assertThat(asked).hasSize(1);
        assertThat(subjectOf(asked.getFirst())).isEqualTo("A question about your application " + reference);
        assertThat(textOf(asked.getFirst())).contains("Which library will host the sessions, and on which day?")
                .contains("applications/" + id);

        logout();
        loginAs(member);
        navigate(ApplicationsNavigation.mine());
        assertThat(pageText()).contains("1 question from the partnership to answer");
        navigate(ApplicationsNavigation.taskList(id));
        assertThat(pageText()).contains("Which library will host the sessions, and on which day?");
        var answer = _get(TextArea.class, spec -> spec.withLabel("Your answer"));
        click("Send answer");
        assertThat(answer.isInvalid()).as("an empty answer is refused").isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("Write your answer");
        _setValue(answer, "Cubitt Town Library, on Saturday mornings.");
        click("Send answer");
        assertThat(notifications()).contains("Thank you: your answer has been sent");
        assertThat(pageText()).contains("Your answer (").contains("Cubitt Town Library, on Saturday mornings.");
        assertThat(_find(TextArea.class, spec -> spec.withLabel("Your answer"))).as("answered once").isEmpty();

        ApplicationDetails details = fx.as(OFFICER, () -> fx.screening.get(id));
        assertThat(details.informationRequests()).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo("Which library will host the sessions, and on which day?");
            assertThat(q.askedBy()).isEqualTo(OFFICER);
            assertThat(q.asker()).isEqualTo(officerName);
            assertThat(q.answer()).isEqualTo("Cubitt Town Library, on Saturday mornings.");
            assertThat(q.answeredBy()).isEqualTo(member);
            assertThat(q.answerer()).isEqualTo("Femi Adeyemi");
        });
        logout();
        loginAs(OFFICER);
        navigate("");
        assertThat(pageText()).as("the officer's home shows the group has answered")
                .contains("Answers from groups")
                .contains(details.organisationName() + " answered your question about " + reference)
                .as("and what they answered").contains("Cubitt Town Library, on Saturday mornings.");
        assertThat(OfficerScreeningHomeSection.excerpt("word ".repeat(60))).as("a long answer, its first words")
                .hasSizeLessThan(170).endsWith("word …");
        navigate(ApplicationsNavigation.review(id));
        assertThat(pageText()).contains(", " + officerName + ": Which library will host the sessions")
                .contains("Answer from Femi Adeyemi (").contains("Cubitt Town Library, on Saturday mornings.")
                .doesNotContain(", " + OFFICER + ":");

        List<AuditRecord> trail = fx.as(ADMIN, () -> auditLog.search(new AuditSearch(null, null, null, null),
                PageRequest.of(0, 200))).stream()
                .filter(r -> "Application".equals(r.subjectType()) && String.valueOf(id).equals(r.subjectId()))
                .toList();
        assertThat(trail).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("INFORMATION_REQUESTED");
            assertThat(r.actor()).isEqualTo(OFFICER);
            assertThat(r.after()).isEqualTo("Which library will host the sessions, and on which day?");
        });
        assertThat(trail).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("INFORMATION_PROVIDED");
            assertThat(r.actor()).isEqualTo(member);
            assertThat(r.before()).isEqualTo("Which library will host the sessions, and on which day?");
            assertThat(r.after()).isEqualTo("Cubitt Town Library, on Saturday mornings.");
        });
        assertThat(trail).extracting(AuditRecord::action).as("the group's actions carry the round's partnership")
                .contains("APPLICATION_STARTED", "DOCUMENT_UPLOADED", "APPLICATION_SUBMITTED");
        assertThat(trail).filteredOn(r -> r.action().equals("APPLICATION_SUBMITTED")).singleElement()
                .extracting(AuditRecord::subject).isEqualTo("Application " + reference + " · "
                        + details.organisationName());
    }

    @Test
    void aDoubleClickedSubmitGivesOneReferenceOneAuditEntryAndOneReceipt() throws Exception {
        String member = fx.newApplicant("Dara Double");
        long group = fx.newGroup(member, "Double Click Dancers " + UUID.randomUUID());
        long id = fx.as(member, () -> fx.completeShortDraft(round, group, "Tea Dance Tuesdays"));
        long staleVersion = fx.as(member, () -> fx.drafts.get(id).version());

        loginAs(member);
        navigate(ApplicationsNavigation.check(id));
        var check = _get(CheckAnswersView.class);
        var submit = check.submit;
        _click(submit);
        String first = check.reference;
        assertThat(first).matches(REFERENCE);
        assertThat(submit.isEnabled()).as("the button disables itself on the first click").isFalse();
        // A second click event that reached the server before the button was disabled
        ComponentUtil.fireEvent(submit, new ClickEvent<>(submit));
        assertThat(check.reference).isEqualTo(first);
        // And the same request sent again by the service, with the version the page had
        assertThat(fx.submission.submit(id, staleVersion)).isEqualTo(first);

        assertThat(jdbc.queryForObject("select count(*) from application where reference = ?", Integer.class, first))
                .isEqualTo(1);
        assertThat(fx.audits("APPLICATION_SUBMITTED", id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from mail_message where template = 'application-receipt'"
                + " and recipient = ?", Integer.class, member)).isEqualTo(1);
        sendQueuedMail();
        assertThat(receivedBy(member)).filteredOn(m -> subjectOf(m).startsWith("Application received"))
                .hasSize(1);
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
