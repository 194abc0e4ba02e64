package org.communitychest.awards.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.math.BigDecimal;
import java.util.List;
import org.communitychest.KaribuTest;
import org.communitychest.PdfText;
import org.communitychest.applications.ApplicationFixtures;
import org.communitychest.applications.ApplicationStatus;
import org.communitychest.applications.BidDecision;
import org.communitychest.applications.DecisionRelease;
import org.communitychest.awards.Acceptance;
import org.communitychest.awards.GrantOffers;
import org.communitychest.awards.GrantPayments;
import org.communitychest.awards.GrantStatus;
import org.communitychest.awards.LetterInfo;
import org.communitychest.awards.MyGrants;
import org.communitychest.awards.PublishedGrants;
import org.communitychest.awards.giving.GivingSchema;
import org.communitychest.awards.Payment;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Language;
import org.communitychest.base.Money;
import org.communitychest.base.ui.NotFoundView;
import org.communitychest.base.ui.LimitedUpload;
import org.communitychest.panels.PanelFixtures;
import org.communitychest.rounds.ui.RoundsNavigation;
import org.communitychest.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An award from the released decision to the first payment and a change: the officer makes the grants and sends an
 * offer with a planned schedule; a member of the group accepts it online and uploads the due diligence documents;
 * the officer verifies them and records the payment; the group asks for a later end date and the officer approves
 * it, which becomes the grant's second version.
 */
class AwardJourneyTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    DecisionRelease release;
    @Autowired
    GrantOffers offers;
    @Autowired
    GrantPayments payments;
    @Autowired
    MyGrants myGrants;
    @Autowired
    PublishedGrants published;
    PanelFixtures px;
    PanelFixtures.Scored round;

    @BeforeEach
    void releasedDecision() {
        px = new PanelFixtures(context);
        round = px.roundInScoring("Awards", 2);
        px.fx.as(ApplicationFixtures.OFFICER, () -> release.release(round.roundId(), List.of(
                BidDecision.funded(round.bids().get(0), Money.ofPence(125_000), null),
                new BidDecision(round.bids().get(1), ApplicationStatus.PART_FUNDED, Money.ofPence(100_000),
                        "The panel funded the sessions but not the trip."))));
    }

    @Test
    void officerOffersTheGroupAcceptsSendsDocumentsIsPaidAndChangesItsDates() throws Exception {
        loginAs(ApplicationFixtures.OFFICER);
        navigate(RoundsNavigation.grants(round.roundId()));
        var grantsPage = _get(RoundGrantsView.class);
        assertThat(grantsPage.summary.getText()).isEqualTo("No grants yet. Make them from the released decision.");
        _click(grantsPage.prepare);
        _click(grantsPage.prepare);
        var rows = offers.ofRound(round.roundId());
        assertThat(rows).as("made once, however often the button is pressed").hasSize(2)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(GrantStatus.PREPARING));
        assertThat(rows).extracting(r -> r.amount()).containsExactly(Money.ofPence(125_000), Money.ofPence(100_000));
        long grantId = rows.getFirst().id();
        assertThat(grantsPage.sendAll.getText()).isEqualTo("Send the 2 offers");

        navigate(AwardsNavigation.manage(grantId));
        var page = _get(ManageGrantView.class);
        assertThat(page.schedule.rows()).as("under £2,000: one payment by default").hasSize(1);
        _setValue(page.conditions, "Share the session timetable with the Shadwell social prescribing team.");
        _click(page.schedule.addInstalment);
        var rowsShown = page.schedule.rows();
        _setValue(rowsShown.get(0).amount, new BigDecimal("1000"));
        _setValue(rowsShown.get(1).amount, new BigDecimal("200"));
        _setValue(rowsShown.get(1).due, rowsShown.get(0).due.getValue().plusMonths(3));
        _click(page.save);
        assertThat(page.termsProblem.getText()).isEqualTo("The payments add up to £1,200.00; the grant is £1,250.00.");
        assertThat(offers.get(grantId).payments()).as("nothing saved").hasSize(1);
        _setValue(rowsShown.get(1).amount, new BigDecimal("250"));
        _click(page.save);
        assertThat(page.termsProblem.getText()).isEmpty();
        assertThat(offers.get(grantId).payments()).extracting(p -> p.amount())
                .containsExactly(Money.ofPence(100_000), Money.ofPence(25_000));
        _click(page.send);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        var offered = offers.get(grantId);
        assertThat(offered.status()).isEqualTo(GrantStatus.OFFERED);
        assertThat(offered.letters()).singleElement().satisfies(l -> assertThat(l.language()).isEqualTo("en"));
        assertThat(offered.versions()).singleElement().satisfies(v -> assertThat(v.number()).isEqualTo(1));
        String bidder = round.bidders().getFirst();
        assertThat(px.fx.jdbc.queryForObject("select count(*) from mail_message m join mail_attachment a"
                + " on a.mail_id = m.id where m.recipient = ? and m.template = 'grant-offer'", Integer.class,
                bidder)).as("the offer mailed to the member with its letter").isEqualTo(1);
        String letter = PdfText.of(offers.letter(grantId, offered.letters().getFirst().id()).content());
        assertThat(letter).contains("Offer of a grant: Project 0").contains("£1,250.00")
                .contains("Share the session timetable").contains("How to accept").contains("Safeguarding policy");
        assertThatThrownBy(() -> payments.record(grantId, 1, new Payment(offered.startDate(),
                Money.ofPence(100_000), "FIN-1"))).as("no payment before acceptance")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("payment")
                        .key()).isEqualTo("staff.awards.pay.not-accepted"));

        logout();
        loginAs(round.bidders().get(1));
        navigate(AwardsNavigation.mine(grantId));
        assertThat(_find(NotFoundView.class)).as("another group's grant does not exist for them").hasSize(1);

        logout();
        loginAs(bidder);
        navigate("");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("cc-grants-home"))
                .getElement().getTextRecursively()).contains("Your grants").contains("Project 0 · £1,250.00")
                .contains("Offered");
        navigate(AwardsNavigation.mine(grantId));
        var mine = _get(MyGrantView.class);
        assertThat(mine.offerCard.isVisible()).isTrue();
        _click(mine.accept);
        _click(mine.accept);
        assertThat(mine.fullName.isInvalid()).isTrue();
        assertThat(mine.fullName.getErrorMessage()).isEqualTo("Type your full name to accept.");
        assertThat(mine.agreed.isInvalid()).isTrue();
        assertThat(myGrants.get(grantId).status()).as("nothing changed").isEqualTo(GrantStatus.OFFERED);
        _setValue(mine.fullName, "Amina Begum");
        _setValue(mine.role, "Treasurer");
        _click(mine.accept);
        assertThat(mine.agreed.getErrorMessage()).isEqualTo("Tick the box to say you agree to the conditions.");
        assertThat(mine.fullName.getValue()).as("what was typed is kept").isEqualTo("Amina Begum");
        _setValue(mine.agreed, true);
        _click(mine.accept);
        var accepted = myGrants.get(grantId);
        assertThat(accepted.status()).isEqualTo(GrantStatus.ACCEPTED);
        assertThat(accepted.signerName()).isEqualTo("Amina Begum");
        assertThat(px.fx.jdbc.queryForObject("select signer_address from grant_award where id = ?", String.class,
                grantId)).isNotBlank();
        var signed = accepted.letters().stream().filter(l -> l.signed()).findFirst().orElseThrow();
        assertThat(PdfText.of(myGrants.letter(grantId, signed.id()).content())).contains("Accepted online")
                .contains("Amina Begum, Treasurer").contains(bidder);
        assertThat(mine.offerCard.isVisible()).isFalse();

        var uploads = _find(mine.diligenceRows, LimitedUpload.class);
        assertThat(uploads).hasSize(3);
        _upload(uploads.get(0), "constitution.pdf", "application/pdf", ApplicationFixtures.pdf("Our rules"));
        for (int i = 0; i < 2; i++) {
            _upload(_find(mine.diligenceRows, LimitedUpload.class).getFirst(), "document-" + i + ".pdf",
                    "application/pdf", ApplicationFixtures.pdf("Document " + i));
        }
        assertThat(myGrants.get(grantId).diligence()).allSatisfy(need -> assertThat(need.waiting()).isTrue());

        logout();
        loginAs(ApplicationFixtures.OFFICER);
        navigate(AwardsNavigation.manage(grantId));
        page = _get(ManageGrantView.class);
        assertThat(page.payForm.isVisible()).as("no payment before due diligence").isFalse();
        assertThat(page.payNote.getText()).isEqualTo("Verify every due diligence document before the first payment.");
        for (int i = 0; i < 3; i++) {
            _click(_find(page.diligenceRows, Button.class).stream().filter(b -> b.getText().startsWith("Verify"))
                    .findFirst().orElseThrow());
        }
        assertThat(offers.get(grantId).diligenceDone()).isTrue();
        assertThat(page.payForm.isVisible()).isTrue();
        _setValue(page.paidOn, ApplicationFixtures.londonToday(px.fx.clock).plusDays(2));
        _setValue(page.financeReference, "FIN-2026-0042");
        _click(page.recordPayment);
        assertThat(page.paidOn.getErrorMessage()).isEqualTo("The date cannot be in the future.");
        _setValue(page.paidAmount, new BigDecimal("5000"));
        _setValue(page.paidOn, ApplicationFixtures.londonToday(px.fx.clock));
        _click(page.recordPayment);
        assertThat(page.paidAmount.getErrorMessage()).startsWith("That is more than is left to pay: £1,250.00");
        assertThat(offers.get(grantId).paidSoFar()).isEqualTo(Money.ZERO);
        _setValue(page.paidAmount, new BigDecimal("1000"));
        _click(page.recordPayment);
        var paid = offers.get(grantId);
        assertThat(paid.status()).as("the first payment makes it active").isEqualTo(GrantStatus.ACTIVE);
        assertThat(paid.paidSoFar()).isEqualTo(Money.ofPence(100_000));
        assertThat(paid.payments().getFirst().financeReference()).isEqualTo("FIN-2026-0042");

        logout();
        loginAs(bidder);
        navigate(AwardsNavigation.mine(grantId));
        mine = _get(MyGrantView.class);
        _click(mine.askForChange);
        assertThat(mine.changeReason.getErrorMessage()).isEqualTo("Say why you need the change.");
        _setValue(mine.changeReason, "The hall is closed for repairs in spring.");
        _click(mine.askForChange);
        assertThat(mine.changeProblem.getText()).isEqualTo(
                "Nothing has changed: change the dates, the budget or the amount first.");
        _setValue(mine.newEnd, paid.endDate().plusMonths(2));
        _click(mine.askForChange);
        assertThat(mine.changeForm.isVisible()).as("one change at a time").isFalse();

        logout();
        loginAs(ApplicationFixtures.OFFICER);
        navigate(AwardsNavigation.manage(grantId));
        page = _get(ManageGrantView.class);
        assertThat(page.variationCard.isVisible()).isTrue();
        _click(page.approveVariation);
        var varied = offers.get(grantId);
        assertThat(varied.endDate()).isEqualTo(paid.endDate().plusMonths(2));
        assertThat(varied.versions()).extracting(v -> v.number()).containsExactly(1, 2);
        assertThat(varied.payments()).extracting(p -> p.amount())
                .containsExactly(Money.ofPence(100_000), Money.ofPence(25_000));
        assertThat(page.variationCard.isVisible()).isFalse();
        assertThat(page.historyCard.getElement().getTextRecursively()).contains("Version 2")
                .contains("The hall is closed for repairs in spring.");

        var out = new java.io.ByteArrayOutputStream();
        published.writeJson("THT", out);
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(GivingSchema.errors(json)).as("the export validates against the official schema").isEmpty();
        assertThat(json).contains("\"360G-THT-" + varied.reference() + "\"").contains("\"amountDisbursed\":1000")
                .doesNotContain(bidder).doesNotContain("Amina Begum").doesNotContain("Treasurer");
        assertThat(offers.ofRound(round.roundId()).get(1).status()).isEqualTo(GrantStatus.PREPARING);
        assertThat(json).as("only accepted grants are published").doesNotContain(offers.ofRound(round.roundId())
                .get(1).reference() + "\"");

        logout();
        navigate(org.communitychest.rounds.ui.RoundsNavigation.awarded("THT"));
        var awarded = _get(AwardedGrantsView.class);
        assertThat(awarded.list.getElement().getTextRecursively()).contains("Project 0").contains("£1,250");
    }

    @Test
    void aGroupThatReadsBengaliHasItsLetterInBengaliWithTheEnglishOneBesideIt() throws Exception {
        String bidder = round.bidders().getFirst();
        px.fx.as(bidder, () -> accounts.chooseMyLanguage(Language.BENGALI));
        long grantId = px.fx.as(ApplicationFixtures.OFFICER, () -> {
            offers.prepare(round.roundId());
            long id = offers.ofRound(round.roundId()).getFirst().id();
            offers.send(id);
            return id;
        });
        var letters = px.fx.as(bidder, () -> myGrants.get(grantId).letters());
        assertThat(letters).extracting(LetterInfo::language).containsExactly("bn", "en");
        byte[] bengali = px.fx.as(bidder, () -> myGrants.letter(grantId, letters.get(0).id()).content());
        byte[] english = px.fx.as(bidder, () -> myGrants.letter(grantId, letters.get(1).id()).content());
        assertThat(PdfText.of(bengali)).contains("অনুদানের অফার: Project 0").contains("£1,250.00")
                .doesNotContain("Offer of a grant");
        assertThat(PdfText.of(english)).contains("Offer of a grant: Project 0");

        var signed = px.fx.as(bidder, () -> {
            myGrants.accept(grantId, new Acceptance("Amina Begum", "কোষাধ্যক্ষ", true), "192.0.2.10");
            var letter = myGrants.get(grantId).letters().stream().filter(LetterInfo::signed).findFirst()
                    .orElseThrow();
            return myGrants.letter(grantId, letter.id()).content();
        });
        assertThat(PdfText.of(signed)).as("the signed agreement in Bengali, the English letter after it")
                .contains("অনুদানের অফার: Project 0").contains("Offer of a grant: Project 0")
                .contains("Amina Begum, কোষাধ্যক্ষ");
        var folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters"));
        java.nio.file.Files.write(folder.resolve("offer-bn.pdf"), bengali);
        java.nio.file.Files.write(folder.resolve("offer-en.pdf"), english);
        java.nio.file.Files.write(folder.resolve("signed-bn.pdf"), signed);
    }
}
