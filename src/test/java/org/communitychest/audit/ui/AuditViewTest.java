package org.communitychest.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.communitychest.KaribuTest;
import org.communitychest.audit.AuditRecord;
import org.communitychest.base.London;
import org.communitychest.base.SystemActor;
import org.communitychest.security.Role;
import org.junit.jupiter.api.Test;

/** The audit trail: filters by who/what, action and dates; only the administrator's partnership and account events. */
class AuditViewTest extends KaribuTest {

    @Test
    void filtersByTextActionAndDate() {
        String email = uniqueEmail("audited");
        clock.advance(Duration.ofDays(-3));
        SystemActor.callAsSystem(() ->
                demoAccounts.create(email, "Ann Audit", thtId(), Set.of(Role.OFFICER), GOOD_PASSWORD));
        loginAs(email, GOOD_PASSWORD);
        clock.reset();
        loginAs(email, GOOD_PASSWORD);

        loginAs("admin@example.org");
        navigate("admin/audit");
        var view = (AuditView) currentView();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Who or what")), email.toUpperCase());
        assertThat(_findAll(view.grid)).extracting(AuditRecord::action).containsExactly("LOGIN", "LOGIN");
        assertThat(_findAll(view.grid)).allSatisfy(r -> assertThat(r.actor()).isEqualTo(email));

        LocalDate today = London.today(clock);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("From")), today.minusDays(1));
        assertThat(_findAll(view.grid)).as("only today's sign-in").hasSize(1);

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("From")), null);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("To")), today.minusDays(2));
        assertThat(_findAll(view.grid)).as("only the sign-in three days ago").hasSize(1);

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("To")), null);
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Action")), "LOGIN_FAILED");
        assertThat(_findAll(view.grid)).isEmpty();
    }
}
