package org.communitychest.applications.ui;

import org.communitychest.base.ui.DraftSaver;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.communitychest.applications.Answers;
import org.communitychest.applications.ApplicationDetails;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.base.ui.TypingGuard;

class DeclarationsSection extends VerticalLayout {

    final Checkbox informationTrue = new Checkbox(getTranslation("apply.declarations.true"));
    final Checkbox shareWithPanel = new Checkbox(getTranslation("apply.declarations.share"));
    final Checkbox safeguarding = new Checkbox(getTranslation("apply.declarations.safeguarding"));
    final TextField name = new TextField(getTranslation("apply.declarations.name"));
    final TextField role = new TextField(getTranslation("apply.declarations.role"));

    DeclarationsSection(ApplicationDetails a, ApplicationDrafts drafts, DraftSaver saver) {
        setPadding(false);
        informationTrue.setValue(a.declaredTrue());
        shareWithPanel.setValue(a.declaredShare());
        safeguarding.setValue(a.declaredSafeguarding());
        name.setValue(AboutSection.nullToEmpty(a.declarantName()));
        role.setValue(AboutSection.nullToEmpty(a.declarantRole()));
        role.setHelperText(getTranslation("apply.declarations.role-help"));
        name.setMaxLength(100);
        role.setMaxLength(100);
        TypingGuard.watch(name);
        TypingGuard.watch(role);
        Map<String, HasValidation> fields = Map.of("declarantName", name, "declarantRole", role);
        Runnable save = () -> saver.save(version -> drafts.saveDeclarations(a.id(), version,
                new Answers.Declarations(informationTrue.getValue(), shareWithPanel.getValue(),
                        safeguarding.getValue(), name.getValue(), role.getValue())), fields);
        informationTrue.addValueChangeListener(e -> save.run());
        shareWithPanel.addValueChangeListener(e -> save.run());
        safeguarding.addValueChangeListener(e -> save.run());
        name.addValueChangeListener(e -> save.run());
        role.addValueChangeListener(e -> save.run());
        add(informationTrue, shareWithPanel, safeguarding, name, role);
    }
}
