package org.communitychest.votes.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.ui.FieldErrors;
import org.communitychest.votes.Ballots;

/**
 * A resident's ballot, opened by the code on their card or in their email, with no account: made for a phone.
 */
@Route("vote")
@AnonymousAllowed
class BallotView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField code = new TextField();
    final Button openBallot = new Button();
    final BallotForm ballot;
    private final H1 title = new H1();
    private final Div codeCard = new Div();
    private final Ballots ballots;

    BallotView(Ballots ballots) {
        this.ballots = ballots;
        this.ballot = new BallotForm(ballots);
        addClassName("cc-page");
        addClassName("cc-form-page");
        title.setText(text("title"));
        code.setLabel(text("code"));
        code.setHelperText(text("code-help"));
        code.setMaxLength(30);
        code.setAutocapitalize(Autocapitalize.CHARACTERS);
        openBallot.setText(text("open"));
        openBallot.addThemeVariants(ButtonVariant.PRIMARY);
        openBallot.addClickListener(e -> open(code.getValue()));
        code.addKeyPressListener(Key.ENTER, e -> open(code.getValue()));
        codeCard.add(new Paragraph(text("code-intro")), code, openBallot);
        codeCard.addClassName("cc-card");
        ballot.setVisible(false);
        add(title, codeCard, ballot);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var given = event.getLocation().getQueryParameters().getSingleParameter("code");
        if (given.isPresent()) {
            code.setValue(given.get());
            open(given.get());
        }
    }

    private void open(String value) {
        FieldErrors.clear(code);
        try {
            ballot.show(ballots.withCode(value));
        } catch (InvalidInputException e) {
            FieldErrors.show(e, Map.of("code", code));
            return;
        }
        title.setText(getTranslation("votes.ballot.title-round", ballot.paper().roundTitle()));
        codeCard.setVisible(false);
        ballot.setVisible(true);
    }

    private String text(String key) {
        return getTranslation("votes.ballot." + key);
    }

    @Override
    public String getPageTitle() {
        return ballot.paper() == null ? text("title")
                : getTranslation("votes.ballot.title-round", ballot.paper().roundTitle());
    }
}
