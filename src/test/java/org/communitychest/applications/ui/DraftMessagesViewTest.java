package org.communitychest.applications.ui;

import org.communitychest.base.ui.DraftSaver;
import org.communitychest.base.i18n.English;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import com.vaadin.flow.internal.nodefeature.PropertyChangeDeniedException;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.Answers;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.FormType;
import org.communitychest.applications.Section;
import org.communitychest.rounds.RoundDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A rule broken in a draft is said beside the field the moment it is broken, never claimed as saved when it is
 * not, and what is stored is never wiped by a value the page could not read. Each page is used twice.
 */
class DraftMessagesViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    RoundDetails round;
    String member;
    long id;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Messages round " + UUID.randomUUID());
        member = fx.newApplicant("Mo Messages");
        long group = fx.newGroup(member, "Mile End Menders " + UUID.randomUUID());
        id = fx.as(member, () -> fx.start(round, group, FormType.FULL));
        loginAs(member);
    }

    private SectionView open(Section section) {
        navigate(ApplicationsNavigation.section(id, section));
        return _get(SectionView.class);
    }

    private static void assertMarked(HasValidation field, String message) {
        assertThat(field.isInvalid()).as(message).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    private String column(String column) {
        return jdbc.queryForObject("select " + column + " from application where id = ?", String.class, id);
    }

    private int budgetLines() {
        return jdbc.queryForObject("select count(*) from application_budget_line where application_id = ?",
                Integer.class, id);
    }

    /** What a browser sends when the person types text the field cannot turn into its value. */
    private static void typeFromTheBrowser(Component field, String text) {
        field.getElement().setProperty("_inputElementValue", text);
        try {
            field.getElement().getNode().getFeature(ElementPropertyMap.class)
                    .deferredUpdateFromClient("value", text).run();
        } catch (PropertyChangeDeniedException e) {
            throw new IllegalStateException(e);
        }
    }

    private Boolean told;

    /** The last value the page told the browser about its unsaved changes, if it told it anything. */
    private Boolean lastPendingTold() {
        told = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(i -> i.getExpression().contains("window.ccGuard.pending = $0"))
                .map(i -> (Boolean) i.getParameters().getFirst())
                .reduce((first, last) -> last).orElse(told);
        return told;
    }

    @Test
    void aClearedProjectTitleIsSavedAndMarkedAsNeededAtOnce() {
        var about = (AboutSection) open(Section.ABOUT).editor;
        _setValue(about.projectTitle, "Mending café");
        assertThat(about.projectTitle.isInvalid()).isFalse();

        _setValue(about.projectTitle, "");
        assertMarked(about.projectTitle, "Give your project a title");
        assertThat(_get(SectionView.class).saver.status.getText()).startsWith("Saved at")
                .endsWith("The answer marked in red is needed before you can submit.");
        assertThat(column("project_title")).isNull();

        _setValue(about.summary, "Mending clothes together on Saturdays.");
        assertMarked(about.projectTitle, "Give your project a title");
        _setValue(about.projectTitle, "Mending café");
        assertThat(about.projectTitle.isInvalid()).isFalse();
        assertThat(column("project_title")).isEqualTo("Mending café");
    }

    /** The browser's "change" on leaving a field, carrying the text typed since its last send. */
    private static void leaveTheField(Component field, String typed) {
        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put("element.value", typed);
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(field, "change", data);
    }

    @Test
    void textLeftInAFieldIsSavedFromTheChangeEventAloneBeforeALinkIsFollowed() {
        var declarations = (DeclarationsSection) open(Section.DECLARATIONS).editor;
        _setValue(declarations.name, "Mo Messages");

        leaveTheField(declarations.role, "Secretary");
        assertThat(declarations.role.getValue()).isEqualTo("Secretary");
        assertThat(column("declarant_role")).isEqualTo("Secretary");
        leaveTheField(declarations.role, "Secretary and treasurer");
        assertThat(column("declarant_role")).isEqualTo("Secretary and treasurer");

        var about = (AboutSection) open(Section.ABOUT).editor;
        leaveTheField(about.summary, "Walks along the canal, then tea.");
        assertThat(column("summary")).isEqualTo("Walks along the canal, then tea.");
        long version = jdbc.queryForObject("select version from application where id = ?", Long.class, id);
        leaveTheField(about.summary, "Walks along the canal, then tea.");
        assertThat(jdbc.queryForObject("select version from application where id = ?", Long.class, id))
                .as("the same text again is not a change").isEqualTo(version);
    }

    @Test
    void aClearedDeclarantNameIsMarkedAsNeededAtOnce() {
        var declarations = (DeclarationsSection) open(Section.DECLARATIONS).editor;
        _setValue(declarations.name, "Mo Messages");
        _setValue(declarations.role, "Chair");
        assertThat(declarations.name.isInvalid()).isFalse();

        _setValue(declarations.name, " ");
        assertMarked(declarations.name, "Give the name of the person making the declarations");
        assertThat(column("declarant_name")).isNull();
        _setValue(declarations.role, "Treasurer");
        assertMarked(declarations.name, "Give the name of the person making the declarations");
        assertThat(column("declarant_role")).isEqualTo("Treasurer");
    }

    @Test
    void aLineOverTheRoundsLargestGrantIsMarkedOnItsCost() {
        var budget = (BudgetSection) open(Section.BUDGET).editor;
        var line = budget.rows.getFirst();
        _setValue(line.item, "Sewing machines");
        _setValue(line.cost, new BigDecimal("12500"));

        assertMarked(line.cost, "This line alone is more than this round's largest grant of "
                + round.maxGrant());
        assertThat(budgetLines()).as("saved, and marked").isEqualTo(1);
        _setValue(line.cost, new BigDecimal("2500"));
        assertThat(line.cost.isInvalid()).isFalse();
    }

    @Test
    void aLineWithACostButNoItemIsKeptAndMarkedRedOnItsItem() {
        var budget = (BudgetSection) open(Section.BUDGET).editor;
        var saver = _get(SectionView.class).saver;
        var line = budget.rows.getFirst();
        _setValue(line.cost, new BigDecimal("100"));

        assertMarked(line.item, "Say what the money is for");
        assertThat(saver.status.getText()).startsWith("Saved at")
                .endsWith("The answer marked in red is needed before you can submit.");
        assertThat(budgetLines()).as("kept, so a reload does not lose it").isEqualTo(1);

        budget = (BudgetSection) open(Section.BUDGET).editor;
        assertThat(budget.rows).singleElement().satisfies(row -> {
            assertThat(row.cost.getValue()).isEqualByComparingTo("100");
            assertThat(row.item.getValue()).isEmpty();
        });
        assertThat(budget.problems.getElement().getTextRecursively()).contains("Line 1: say what the money is for.");
        _setValue(budget.rows.getFirst().item, "Thread");
        assertThat(budget.rows.getFirst().item.isInvalid()).isFalse();
        assertThat(_get(SectionView.class).saver.status.getText()).startsWith("Saved at").doesNotContain("needed");
        assertThat(jdbc.queryForObject("select item from application_budget_line where application_id = ?",
                String.class, id)).isEqualTo("Thread");
    }

    @Test
    void aLineWithAnItemButNoCostIsKeptAsADraftLineAndMarkedOnItsCost() {
        var budget = (BudgetSection) open(Section.BUDGET).editor;
        var saver = _get(SectionView.class).saver;
        var line = budget.rows.getFirst();
        _setValue(line.item, "Thread");

        assertMarked(line.cost, "Enter the cost in pounds, for example 250 or 249.99");
        assertThat(saver.status.getText()).startsWith("Saved at")
                .endsWith("The answer marked in red is needed before you can submit.");
        assertThat(lastPendingTold()).as("stored, so nothing to warn of").isNotEqualTo(Boolean.TRUE);
        assertThat(budgetLines()).as("kept, so a reload does not lose it").isEqualTo(1);
        assertThat(jdbc.queryForObject("select cost_pence from application_budget_line where application_id = ?",
                Long.class, id)).isNull();

        budget = (BudgetSection) open(Section.BUDGET).editor;
        line = budget.rows.getFirst();
        assertThat(line.item.getValue()).isEqualTo("Thread");
        assertThat(line.cost.getValue()).isNull();
        assertThat(budget.problems.getElement().getTextRecursively()).contains("Line 1: enter the cost.");
        assertThat(fx.drafts.get(id).readyToSubmit()).as("submitting needs every line's cost").isFalse();

        _setValue(line.cost, new BigDecimal("100"));
        assertThat(line.cost.isInvalid()).isFalse();
        assertThat(_get(SectionView.class).saver.status.getText()).startsWith("Saved at").doesNotContain("needed");
        assertThat(budget.problems.getElement().getTextRecursively()).doesNotContain("enter the cost");
        assertThat(budgetLines()).isEqualTo(1);
    }

    @Test
    void aCapacityTooLargeToReadIsRefusedBesideTheFieldAndTheStoredAnswerKept() {
        var who = (WhoSection) open(Section.WHO).editor;
        var saver = _get(SectionView.class).saver;
        _setValue(who.capacity, 20);
        assertThat(column("referral_capacity")).isEqualTo("20");

        typeFromTheBrowser(who.capacity, "99999999999");
        assertMarked(who.capacity, English.of(Answers.WhoItHelps.CAPACITY_RANGE));
        assertThat(saver.status.getText()).doesNotStartWith("Saved");
        assertThat(column("referral_capacity")).as("the stored answer is kept").isEqualTo("20");

        typeFromTheBrowser(who.capacity, "99999999999");
        assertMarked(who.capacity, English.of(Answers.WhoItHelps.CAPACITY_RANGE));
        _setValue(who.capacity, 30);
        assertThat(who.capacity.isInvalid()).isFalse();
        assertThat(column("referral_capacity")).isEqualTo("30");
    }

    @Test
    void aCostTooLargeOrWithAThirdDecimalPlaceIsRefusedBesideTheCostAndNothingIsRounded() {
        var budget = (BudgetSection) open(Section.BUDGET).editor;
        var saver = _get(SectionView.class).saver;
        var line = budget.rows.getFirst();
        _setValue(line.item, "Thread");
        _setValue(line.cost, new BigDecimal("12.34"));
        assertThat(jdbc.queryForObject("select amount_requested_pence from application where id = ?", Long.class,
                id)).isEqualTo(1_234L);

        for (var typed : List.of("99999999999999999999", "12.345", "99999999999999999999")) {
            _setValue(line.cost, new BigDecimal(typed));
            assertMarked(line.cost, typed.equals("12.345")
                    ? "Enter pence: at most two decimal places, for example 12.35"
                    : "Enter an amount under £1,000,000,000");
            assertThat(saver.status.getText()).as(typed).isEqualTo(English.of(DraftSaver.NOT_SAVED_BESIDE));
            assertThat(jdbc.queryForObject("select amount_requested_pence from application where id = ?",
                    Long.class, id)).as(typed + " changes nothing").isEqualTo(1_234L);
            assertThat(lastPendingTold()).isTrue();
        }
        _setValue(line.cost, new BigDecimal("12.35"));
        assertThat(line.cost.isInvalid()).isFalse();
        assertThat(jdbc.queryForObject("select amount_requested_pence from application where id = ?", Long.class,
                id)).isEqualTo(1_235L);
    }
}
