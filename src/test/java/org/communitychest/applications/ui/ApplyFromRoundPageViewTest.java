package org.communitychest.applications.ui;

import org.communitychest.base.i18n.English;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.UUID;
import org.communitychest.KaribuTest;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.FormType;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.ui.RoundsNavigation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A signed-in applicant goes from a round page to applying: "Apply" is offered on the round page and in the list
 * of rounds, and the answers given in the eligibility checker are filled in on the start page instead of being
 * asked again.
 */
class ApplyFromRoundPageViewTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    private ApplicationFixtures fx;
    private RoundDetails round;

    @BeforeEach
    void openRound() {
        fx = new ApplicationFixtures(context);
        round = fx.openRound("Apply from the round page " + UUID.randomUUID());
    }

    private static java.util.List<Anchor> anchors(String text) {
        return _find(Anchor.class, spec -> spec.withText(text));
    }

    @Test
    void aSignedInApplicantSeesApplyOnTheRoundPageAndInTheListOfRounds() {
        navigate(RoundsNavigation.publicRound(round.id()));
        assertThat(anchors("Apply to this round")).as("a visitor checks first").isEmpty();
        navigate("funding");
        assertThat(anchors("Apply")).isEmpty();

        loginAs(ApplicationFixtures.OFFICER);
        navigate(RoundsNavigation.publicRound(round.id()));
        assertThat(anchors("Apply to this round")).as("staff do not apply").isEmpty();

        logout();
        loginAs(fx.newApplicant("Abi Applicant"));
        for (int visit = 0; visit < 2; visit++) {
            navigate(RoundsNavigation.publicRound(round.id()));
            assertThat(anchors("Apply to this round")).extracting(Anchor::getHref)
                    .containsExactly(RoundsNavigation.apply(round.id()));
        }
        navigate("funding");
        assertThat(anchors("Apply")).extracting(Anchor::getHref).contains(RoundsNavigation.apply(round.id()));
    }

    @Test
    void theApplyLinkAtTheTopCarriesTheAnswersGivenInTheChecker() {
        String member = fx.newApplicant("Tia Toplink");
        fx.newGroup(member, "Poplar Planters " + UUID.randomUUID());
        loginAs(member);
        for (int visit = 0; visit < 2; visit++) {
            navigate(RoundsNavigation.publicRound(round.id()));
            for (var q : round.eligibility()) {
                _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel(q.question())), "Yes");
            }
            var answers = new java.util.HashMap<Long, Boolean>();
            round.eligibility().forEach(q -> answers.put(q.id(), true));
            assertThat(anchors("Apply to this round")).extracting(Anchor::getHref)
                    .containsExactly(RoundsNavigation.apply(round.id(), answers));
        }
        navigate(anchors("Apply to this round").getFirst().getHref());
        assertThat(_get(StartApplicationView.class).eligibility.values())
                .allSatisfy(answer -> assertThat(answer.getValue()).isEqualTo("Yes"));
    }

    @Test
    void theCheckersAnswersAreFilledInOnTheStartPageAndCanBeChanged() {
        String member = fx.newApplicant("Cai Checked");
        fx.newGroup(member, "Limehouse Litter Pickers " + UUID.randomUUID());
        loginAs(member);
        navigate(RoundsNavigation.publicRound(round.id()));
        for (var q : round.eligibility()) {
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel(q.question())), "Yes");
        }
        var check = _get(Button.class, spec -> spec.withText("Check if we can apply"));
        _click(check);
        _click(check);
        var start = anchors("Start your application");
        assertThat(start).hasSize(1);

        for (int visit = 0; visit < 2; visit++) {
            navigate(start.getFirst().getHref());
            var page = _get(StartApplicationView.class);
            assertThat(page.eligibility).hasSize(round.eligibility().size());
            assertThat(page.eligibility.values()).allSatisfy(answer -> assertThat(answer.getValue()).isEqualTo("Yes"));
            assertThat(_find(Paragraph.class, spec -> spec.withText(English.of(StartApplicationView.CARRIED_ANSWERS))))
                    .hasSize(1);
        }

        var page = _get(StartApplicationView.class);
        var changed = round.eligibility().getLast();
        _setValue(page.eligibility.get(changed.id()), "No");
        _setValue(page.formType, FormType.SHORT);
        _click(page.start);
        assertThat(page.alert.isVisible()).as("the changed answer counts").isTrue();
        assertThat(page.alert.getText()).contains(changed.failReason());

        _setValue(page.eligibility.get(changed.id()), "Yes");
        _click(page.start);
        assertThat(currentPath()).matches("applications/\\d+");
        long id = Long.parseLong(currentPath().replaceAll("\\D", ""));
        assertThat(fx.jdbc.queryForObject("select count(*) from application_eligibility_answer where"
                + " application_id = ? and answer = true", Integer.class, id)).isEqualTo(round.eligibility().size());
    }

    @Test
    void aVisitorWhoChecksThenSignsInFindsTheAnswersFilledIn() {
        String member = fx.newApplicant("Eve Early");
        fx.newGroup(member, "Shadwell Sewing Circle " + UUID.randomUUID());
        navigate(RoundsNavigation.publicRound(round.id()));
        for (var q : round.eligibility()) {
            _setValue(_get(RadioButtonGroup.class, spec -> spec.withLabel(q.question())), "Yes");
        }
        _click(_get(Button.class, spec -> spec.withText("Check if we can apply")));
        navigate(anchors("Start your application").getFirst().getHref());
        assertThat(pendingRedirect()).contains("/login");

        navigate("login");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email address")), member);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), ApplicationFixtures.PASSWORD);
        _click(_get(Button.class, spec -> spec.withText("Sign in")));

        var page = _get(StartApplicationView.class);
        assertThat(page.eligibility.values()).allSatisfy(answer -> assertThat(answer.getValue()).isEqualTo("Yes"));
    }

    @Test
    void theStartPageAsksEveryQuestionWhenNothingWasCarriedAndIgnoresForeignParameters() {
        String member = fx.newApplicant("Dee Direct");
        fx.newGroup(member, "Wapping Walkers " + UUID.randomUUID());
        loginAs(member);
        navigate(RoundsNavigation.apply(round.id()) + "?answer-x=yes&answer-99999999=maybe");
        var page = _get(StartApplicationView.class);
        assertThat(page.eligibility.values()).allSatisfy(answer -> assertThat(answer.getValue()).isNull());
        assertThat(_find(Paragraph.class, spec -> spec.withText(English.of(StartApplicationView.CARRIED_ANSWERS)))).isEmpty();
    }
}
