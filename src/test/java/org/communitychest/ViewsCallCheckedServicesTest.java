package org.communitychest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Services are the security boundary: every service method a view calls checks who is asking
 * ({@code @PreAuthorize} on the method or its class), except the few that are open to everyone on purpose.
 */
class ViewsCallCheckedServicesTest {

    /**
     * Open on purpose: public reference data, published rounds, the ways in for people not signed in, and whether
     * the portal can send mail (so that no screen claims a mail went out when it cannot).
     */
    static final Set<String> OPEN = Set.of(
            "Areas.ofPartnership", "NeedCategories.activeOf",
            "Rounds.published", "Rounds.publishedOpenRounds",
            "SignIn.signIn", "Registration.register", "Registration.verify",
            "PasswordReset.requestReset", "PasswordReset.isValid", "PasswordReset.resetPassword",
            "UserAdministration.openInvitation", "UserAdministration.acceptInvitation",
            "MailDelivery.canSend", "MailDelivery.queued",
            // a resident with a printed code has no account: the code is what lets them in
            "Ballots.withCode", "Ballots.cast",
            // a vote's result and anonymous ballots are public once its decision is released, for anyone to recount
            "PublishedVotes.ofRound", "PublishedVotes.pabulib",
            // the partnerships' names and their accepted grants are published open data, like 360Giving's files
            "Partnerships.all", "PublishedGrants.find", "PublishedGrants.of",
            // the directory of funded activities is public, for link workers and social prescribing systems
            "Directory.search", "Directory.entry");

    @Test
    void everyServiceMethodAViewCallsChecksTheCallerOrIsOpenOnPurpose() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.communitychest");
        var unchecked = new TreeSet<String>();
        for (JavaClass view : classes) {
            if (!view.getPackageName().contains(".ui")) {
                continue;
            }
            for (JavaMethodCall call : view.getMethodCallsFromSelf()) {
                JavaClass service = call.getTargetOwner();
                if (!service.isAnnotatedWith(Service.class) || service.isAnnotatedWith(PreAuthorize.class)) {
                    continue;
                }
                String name = service.getSimpleName() + "." + call.getName();
                boolean checked = call.getTarget().resolveMember()
                        .map(m -> m.isAnnotatedWith(PreAuthorize.class)).orElse(false);
                if (!checked && !OPEN.contains(name)) {
                    unchecked.add(name + " (from " + view.getSimpleName() + ")");
                }
            }
        }
        assertThat(unchecked).isEmpty();
    }
}
