package org.communitychest.rounds.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.communitychest.applications.ApplicationFixtures.OFFICER;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.base.London;
import org.communitychest.base.Money;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.Rounds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An officer sets up a round in the editor; it publishes only when the criteria weights add up to 100. */
class RoundEditorViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Rounds rounds;

    private static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Notification::getElement)
                .map(e -> e.getProperty("text")).toList();
    }

    private static void confirm() {
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
    }

    private RoundDetails saved(long id) {
        return new ApplicationFixtures(context).as(OFFICER, () -> rounds.get(id));
    }

    @Test
    void anOfficerSetsUpARoundAndCanPublishItOnlyWhenTheWeightsAddUpTo100() {
        String title = "Winter Warmth Chest " + UUID.randomUUID().toString().substring(0, 6);
        var now = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.HOURS);
        loginAs(OFFICER);
        navigate("rounds/new");
        var view = _get(RoundEditorView.class);
        assertThat(view.publish.isVisible()).as("nothing to publish before saving").isFalse();
        assertThat(view.shortFormThreshold.getMoney()).isEqualTo(Money.ofPounds(2_000));

        _setValue(view.title, title);
        _setValue(view.description, "Warm spaces and hot meals this winter.");
        _setValue(view.pot, new BigDecimal("20000"));
        _setValue(view.minGrant, new BigDecimal("250"));
        _setValue(view.maxGrant, new BigDecimal("5000"));
        _setValue(view.opensAt, now.plusDays(1));
        _setValue(view.closesAt, now.plusDays(40));
        _setValue(view.projectEndLimit, now.toLocalDate().plusMonths(9));

        click("Add a question");
        var question = (EligibilityRow) view.eligibilityRows.getComponentAt(0);
        _setValue(question.question, "Does your group run a warm space in Tower Hamlets?");
        _setValue(question.failReason, "This chest funds warm spaces in Tower Hamlets.");
        _setValue(question.signpost, "Your borough's council runs a warm spaces network.");

        click("Add a criterion");
        click("Add a criterion");
        var first = (CriterionRow) view.criteriaRows.getComponentAt(0);
        var second = (CriterionRow) view.criteriaRows.getComponentAt(1);
        fill(first, "Reaches people who are cold and alone", 60);
        fill(second, "Can be delivered this winter", 30);
        assertThat(view.weightTotal.getText()).isEqualTo("Weights add up to 90 (must be 100)");

        click("Add a document");
        var document = (TextField) view.documentRows.getComponentAt(0).getChildren().findFirst().orElseThrow();
        _setValue(document, "Latest bank statement");
        var picker = view.gapPicker;
        _setValue(picker.otherNeed, picker.otherNeed.getListDataView().getItem(0));
        _setValue(picker.otherArea, picker.otherArea.getListDataView().getItem(1));
        _click(picker.addOther);

        _click(view.save);
        assertThat(notifications()).contains("Round saved");
        assertThat(currentPath()).matches("rounds/\\d+/edit");
        long id = Long.parseLong(currentPath().replaceAll("\\D", ""));
        view = _get(RoundEditorView.class);
        assertThat(view.publish.isVisible()).isTrue();

        for (int attempt = 1; attempt <= 2; attempt++) {
            _click(view.publish);
            _assertNone(ConfirmDialog.class);
            assertThat(view.alertText()).as("attempt %d", attempt)
                    .isEqualTo("Not published: the criteria weights add up to 90; they must add up to 100.");
            assertThat(view.indexOf(view.alert)).as("the refusal shows beside the buttons")
                    .isEqualTo(view.indexOf(view.publish.getParent().orElseThrow()) + 1);
        }
        var draft = saved(id);
        assertThat(draft.status()).isEqualTo(RoundStatus.DRAFT);
        assertThat(draft.title()).isEqualTo(title);
        assertThat(draft.priorities()).hasSize(1);
        assertThat(draft.requiredDocuments()).extracting(d -> d.label()).containsExactly("Latest bank statement");
        assertThat(rounds.publishedOpenRounds()).extracting(r -> r.id()).doesNotContain(id);

        second = (CriterionRow) view.criteriaRows.getComponentAt(1);
        _setValue(second.weight, 40);
        assertThat(view.weightTotal.getText()).isEqualTo("Weights add up to 100 ✓");
        _click(view.publish);
        confirm();
        assertThat(notifications()).contains("Round published");
        assertThat(view.alertText()).isEmpty();
        assertThat(view.publish.isVisible()).isFalse();
        var published = saved(id);
        assertThat(published.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(published.criteria()).extracting(c -> c.weight()).containsExactly(60, 40);
        assertThat(published.criteria().getFirst().descriptors()).containsEntry(4,
                "Excellent: reaches people who are cold and alone");
        assertThat(rounds.publishedOpenRounds()).extracting(r -> r.id()).contains(id);

        // Still before it opens, the officer goes on editing the published round
        _setValue(view.description, "Warm spaces, hot meals and company this winter.");
        _click(view.save);
        assertThat(view.alertText()).as("no false conflict after publishing").isEmpty();
        assertThat(saved(id).description()).isEqualTo("Warm spaces, hot meals and company this winter.");
        assertThat(saved(id).priorities()).hasSize(1);

        click("Save and preview");
        assertThat(currentPath()).isEqualTo("rounds/" + id + "/preview");
        _get(RoundPreviewView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class, spec -> spec.withText(title))).isNotNull();
    }

    @Test
    void badBasicsAreMarkedBesideTheirFieldsAndNothingIsSaved() {
        int before = jdbc.queryForObject("select count(*) from funding_round", Integer.class);
        var now = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.HOURS);
        loginAs(OFFICER);
        navigate("rounds/new");
        var view = _get(RoundEditorView.class);
        _setValue(view.title, "Upside-down round");
        _setValue(view.description, "Limits the wrong way round.");
        _setValue(view.pot, new BigDecimal("1000"));
        _setValue(view.minGrant, new BigDecimal("800"));
        _setValue(view.maxGrant, new BigDecimal("500"));
        _setValue(view.opensAt, now.plusDays(10));
        _setValue(view.closesAt, now.plusDays(5));
        _setValue(view.projectEndLimit, now.toLocalDate().plusMonths(6));

        _click(view.save);

        assertThat(view.maxGrant.isInvalid()).isTrue();
        assertThat(view.maxGrant.getErrorMessage()).isEqualTo("The largest grant (£500.00) is smaller than the"
                + " smallest (£800.00)");
        assertThat(view.closesAt.isInvalid()).isTrue();
        assertThat(view.closesAt.getErrorMessage()).isEqualTo("The round must close after it opens");
        assertThat(view.title.isInvalid()).isFalse();
        assertThat(view.alertText()).startsWith("Nothing was saved.");
        assertThat(view.title.getValue()).isEqualTo("Upside-down round");
        assertThat(jdbc.queryForObject("select count(*) from funding_round", Integer.class)).isEqualTo(before);
    }

    @Test
    void anAmountWithAThirdDecimalPlaceOrTooLargeToHoldIsRefusedBesideItAndNothingIsSaved() {
        int before = jdbc.queryForObject("select count(*) from funding_round", Integer.class);
        var now = London.toLocal(clock.instant()).truncatedTo(ChronoUnit.HOURS);
        loginAs(OFFICER);
        navigate("rounds/new");
        var view = _get(RoundEditorView.class);
        _setValue(view.title, "Odd amounts round");
        _setValue(view.description, "Amounts no one can pay.");
        _setValue(view.minGrant, new BigDecimal("500"));
        _setValue(view.maxGrant, new BigDecimal("99999999999999999999"));
        _setValue(view.opensAt, now.plusDays(1));
        _setValue(view.closesAt, now.plusDays(20));
        _setValue(view.projectEndLimit, now.toLocalDate().plusMonths(6));

        for (var pot : List.of("1000.005", "1000.005")) {
            _setValue(view.pot, new BigDecimal(pot));
            _click(view.save);
            assertThat(view.pot.isInvalid()).isTrue();
            assertThat(view.pot.getErrorMessage())
                    .isEqualTo("Enter pence: at most two decimal places, for example 12.35");
            assertThat(view.maxGrant.getErrorMessage()).isEqualTo("Enter an amount under £1,000,000,000");
        }
        assertThat(jdbc.queryForObject("select count(*) from funding_round", Integer.class)).isEqualTo(before);
    }

    private static void fill(CriterionRow row, String title, int weight) {
        _setValue(row.title, title);
        _setValue(row.guidance, "What the panel looks for: " + title.toLowerCase());
        _setValue(row.weight, weight);
        String[] levels = {"Not shown", "Weak", "Adequate", "Good", "Excellent"};
        row.descriptors.forEach((level, field) -> _setValue(field, levels[level] + ": " + title.toLowerCase()));
    }
}
