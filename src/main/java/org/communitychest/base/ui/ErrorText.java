package org.communitychest.base.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** A message for a group of fields (a table, a list): shown when marked invalid, hidden otherwise. */
public class ErrorText extends Span implements HasValidation {

    private String errorMessage;

    public ErrorText() {
        addClassName("cc-field-error");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
        setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return isVisible();
    }
}
