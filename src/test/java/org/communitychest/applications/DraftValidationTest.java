package org.communitychest.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitychest.applications.ApplicationFixtures.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.communitychest.base.i18n.English;
import org.communitychest.IntegrationTest;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.rounds.RoundDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Bad input in a draft: each field rule gives a clear message for that field, the value is not saved, and the
 * other answers sent with it are. A budget outside the round's limits is explained in pounds and pence.
 */
class DraftValidationTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;
    ApplicationFixtures fx;
    ApplicationDrafts drafts;
    RoundDetails round;
    long group;

    @BeforeEach
    void setUp() {
        fx = new ApplicationFixtures(context);
        drafts = fx.drafts;
        round = fx.openRound("Validation round " + UUID.randomUUID());
        String member = fx.newApplicant("Vera Valid");
        group = fx.newGroup(member, "Vera's Veg Growers " + UUID.randomUUID());
        fx.signInAs(member);
    }

    private static String words(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
    }

    private long version(long id) {
        return drafts.get(id).version();
    }

    @Test
    void aShortFormSummaryOver300WordsIsNotSavedButTheTitleSentWithItIs() {
        long id = fx.start(round, group, FormType.SHORT);
        var first = drafts.saveAbout(id, version(id), new Answers.About("Veg boxes", words(300), null, null));
        assertThat(first.allSaved()).isTrue();

        var result = drafts.saveAbout(id, first.version(), new Answers.About("Veg boxes for the Ocean estate",
                words(301), null, null));

        assertThat(result.errors()).containsOnlyKeys("summary");
        assertThat(English.of(result.errors().get("summary")))
                .isEqualTo("Your summary has 301 words; the limit is 300. Shorten it by 1 word to save it.");
        var saved = drafts.get(id);
        assertThat(saved.summary()).as("the last summary that kept the rule").isEqualTo(words(300));
        assertThat(saved.projectTitle()).isEqualTo("Veg boxes for the Ocean estate");

        var longer = drafts.saveAbout(id, result.version(), new Answers.About("Veg boxes", words(340), null, null));
        assertThat(English.of(longer.errors().get("summary"))).isEqualTo("Your summary has 340 words; the limit is 300."
                + " Shorten it by 40 words to save it.");
        assertThat(drafts.get(id).summary()).isEqualTo(words(300));
    }

    @Test
    void aFullFormSummaryMayHave500Words() {
        long id = fx.start(round, group, FormType.FULL);
        assertThat(drafts.saveAbout(id, version(id), new Answers.About("T", words(500), null, null)).allSaved())
                .isTrue();
        assertThat(english(drafts.saveAbout(id, version(id), new Answers.About("T", words(501), null, null)).errors()))
                .containsEntry("summary", "Your summary has 501 words; the limit is 500. Shorten it by 1 word to"
                        + " save it.");
        assertThat(drafts.get(id).summary()).isEqualTo(words(500));
    }

    @Test
    void aMediaLinkMustBeAWebAddress() {
        long id = fx.start(round, group, FormType.SHORT);
        assertThat(drafts.saveAbout(id, version(id), new Answers.About("Veg", null, "https://youtu.be/abc123", null))
                .allSaved()).isTrue();
        for (String bad : List.of("javascript:alert(1)", "ftp://files.example.org/pitch.mp3", "youtu.be/abc123",
                "file:///C:/pitch.mp4", "https://", "https://example.org/" + "x".repeat(500))) {
            var result = drafts.saveAbout(id, version(id), new Answers.About("Veg and fruit", null, bad, null));
            assertThat(result.errors()).as(bad).containsOnlyKeys("summaryMediaUrl");
            assertThat(English.of(result.errors().get("summaryMediaUrl"))).isEqualTo("Enter the full link to your video or"
                    + " audio, starting https://, for example https://youtu.be/abc123");
            assertThat(drafts.get(id).summaryMediaUrl()).as(bad).isEqualTo("https://youtu.be/abc123");
        }
        assertThat(drafts.get(id).projectTitle()).isEqualTo("Veg and fruit");
    }

    @Test
    void badBudgetLinesAreLeftOutWithTheLineAndTheReasonWhileGoodLinesAreSaved() {
        long id = fx.start(round, group, FormType.FULL);
        var good = List.of(new BudgetLine("Seeds and compost", Money.ofPounds(600), null));
        assertThat(drafts.saveBudget(id, version(id), new Answers.Budget(good)).allSaved()).isTrue();

        var draftLine = drafts.saveBudget(id, version(id), new Answers.Budget(List.of(good.getFirst(),
                new BudgetLine("Tools", null, null))));
        assertThat(draftLine.allSaved()).as("an item typed before its cost is kept").isTrue();
        assertThat(english(draftLine.needed())).containsExactly(java.util.Map.entry(BudgetLine.field(1, "cost"),
                "Enter the cost in pounds, for example 250 or 249.99"));
        assertThat(drafts.get(id).budget()).containsExactly(good.getFirst(), new BudgetLine("Tools", null, null));
        assertThat(drafts.get(id).amountRequested()).isEqualTo(Money.ofPounds(600));
        assertThat(english(drafts.get(id).statusOf(Section.BUDGET).problems())).contains("Line 2: enter the cost.");
        for (String noItem : new String[] {"  ", null}) {
            var kept = drafts.saveBudget(id, version(id), new Answers.Budget(List.of(
                    new BudgetLine(noItem, Money.ofPounds(100), null))));
            assertThat(kept.allSaved()).as("a cost typed before its item is kept").isTrue();
            assertThat(english(kept.needed())).containsExactly(java.util.Map.entry(BudgetLine.field(0, "item"),
                    "Say what the money is for"));
            assertThat(drafts.get(id).budget()).containsExactly(new BudgetLine("", Money.ofPounds(100), null));
            assertThat(english(drafts.get(id).statusOf(Section.BUDGET).problems()))
                    .contains("Line 1: say what the money is for.");
        }
        assertBudgetRefused(id, List.of(new BudgetLine(null, null, "Lottery")),
                "Line 1: say what the money is for");
        assertBudgetRefused(id, List.of(new BudgetLine("Tools", Money.ZERO, null)),
                "Line 1: the cost must be more than £0.00");
        assertBudgetRefused(id, List.of(new BudgetLine("Seeds", Money.ofPounds(10), null),
                new BudgetLine("Tools", Money.ofPence(-500), null)), "Line 2: the cost must be more than £0.00");
        assertBudgetRefused(id, List.of(new BudgetLine("Polytunnel", Money.ofPounds(1_000_001), null)),
                "Line 1: the cost cannot be more than £1,000,000.00");
        assertBudgetRefused(id, List.of(new BudgetLine("x".repeat(201), Money.ofPounds(1), null)),
                "Line 1: describe the item in 200 characters or fewer");
    }

    private void assertBudgetRefused(long id, List<BudgetLine> lines, String message) {
        long before = version(id);
        var result = drafts.saveBudget(id, before, new Answers.Budget(lines));
        assertThat(result.errors().keySet()).as(message + ": beside the line's field too")
                .hasSize(2).contains("budget").anyMatch(key -> key.startsWith("budget.line."));
        assertThat(English.of(result.errors().get("budget"))).isEqualTo(message + ". This line is not saved until it is complete.");
        var good = lines.stream().filter(l -> l.item() != null && !l.item().isBlank() && l.item().length() <= 200
                && l.cost() != null && l.cost().pence() > 0 && !l.cost().isGreaterThan(Money.ofPounds(1_000_000)))
                .toList();
        var saved = drafts.get(id);
        assertThat(saved.budget()).as("only the complete lines are saved: " + message).isEqualTo(good);
        assertThat(saved.amountRequested()).isEqualTo(good.stream().map(BudgetLine::cost)
                .reduce(Money.ZERO, Money::plus));
    }


    @Test
    void theShortFormHasRoomForFiveBudgetLines() {
        long id = fx.start(round, group, FormType.SHORT);
        var five = IntStream.rangeClosed(1, 5).mapToObj(i -> new BudgetLine("Item " + i, Money.ofPounds(100), null))
                .toList();
        assertThat(drafts.saveBudget(id, version(id), new Answers.Budget(five)).allSaved()).isTrue();
        var six = IntStream.rangeClosed(1, 6).mapToObj(i -> new BudgetLine("Item " + i, Money.ofPounds(50), null))
                .toList();

        var result = drafts.saveBudget(id, version(id), new Answers.Budget(six));

        assertThat(english(result.errors())).containsOnly(java.util.Map.entry("budget",
                "The short form has room for 5 budget lines; combine some items. This line is not saved until it is"
                        + " complete."));
        assertThat(drafts.get(id).budget()).isEqualTo(six.subList(0, 5));
        assertThat(drafts.get(id).amountRequested()).isEqualTo(Money.ofPounds(250));
    }

    @Test
    void aProjectEndingAfterTheRoundsLimitIsRefusedWithTheDate() {
        long id = fx.start(round, group, FormType.FULL);
        var limit = round.projectEndLimit();
        var start = London.today(clock).plusDays(40);
        assertThat(drafts.saveActivities(id, version(id), new Answers.Activities("Saturdays", start, limit))
                .allSaved()).as("ending on the limit is fine").isTrue();

        var late = drafts.saveActivities(id, version(id), new Answers.Activities("Saturdays and Sundays", start,
                limit.plusDays(1)));
        assertThat(english(late.errors())).containsOnly(java.util.Map.entry("endDate",
                "Projects funded by this round must finish by " + London.format(limit)));
        var backwards = drafts.saveActivities(id, version(id), new Answers.Activities("Saturdays and Sundays",
                start, start.minusDays(1)));
        assertThat(english(backwards.errors())).containsOnly(java.util.Map.entry("endDate",
                "The project must end on or after the day it starts"));

        var saved = drafts.get(id);
        assertThat(saved.startDate()).isEqualTo(start);
        assertThat(saved.endDate()).isEqualTo(limit);
        assertThat(saved.activities()).as("the text sent with the bad dates is saved")
                .isEqualTo("Saturdays and Sundays");
    }

    @Test
    void otherFieldRulesNameTheFieldAndTheLimit() {
        long id = fx.start(round, group, FormType.FULL);
        var about = drafts.saveAbout(id, version(id), new Answers.About("t".repeat(201), "Fine", null, null));
        assertThat(english(about.errors())).containsOnly(java.util.Map.entry("projectTitle",
                "The title must be 200 characters or fewer (it has 201)"));
        assertThat(drafts.get(id).summary()).isEqualTo("Fine");
        assertThat(drafts.get(id).projectTitle()).isNull();

        var who = drafts.saveWhoItHelps(id, version(id), new Answers.WhoItHelps(Set.of(), Set.of(), -1, "Everyone"));
        assertThat(english(who.errors())).containsOnly(java.util.Map.entry("referralCapacity",
                "Enter a number of people from 0 to 10,000"));
        var foreign = drafts.saveWhoItHelps(id, version(id), new Answers.WhoItHelps(Set.of(-5L), Set.of(-6L), 12,
                "Everyone"));
        assertThat(foreign.errors()).containsOnlyKeys("needs", "areas");
        var saved = drafts.get(id);
        assertThat(saved.referralCapacity()).isEqualTo(12);
        assertThat(saved.needs()).isEmpty();
        assertThat(saved.beneficiaries()).isEqualTo("Everyone");
    }

    @Test
    void aTextFileNamedPdfAndAnElevenMegabyteFileAreRefusedWithAMessage() {
        long id = fx.start(round, group, FormType.FULL);
        long requiredId = round.requiredDocuments().getFirst().id();
        long before = version(id);

        assertUploadRefused(id, requiredId, "constitution.pdf",
                "This is our constitution, typed out.\nArticle 1: the name of the group is...".getBytes(
                        StandardCharsets.UTF_8),
                "constitution.pdf is not a kind of file we accept: its content is not a PDF, Word, OpenDocument,"
                + " Excel, PNG or JPEG file, whatever its name says. Save it as a PDF and upload that.");
        assertUploadRefused(id, requiredId, "policy.pdf",
                "<html><body><script>alert('hi')</script></body></html>".getBytes(StandardCharsets.UTF_8),
                "policy.pdf is not a kind of file we accept: its content is not a PDF, Word, OpenDocument,"
                + " Excel, PNG or JPEG file, whatever its name says. Save it as a PDF and upload that.");
        byte[] big = Arrays.copyOf(pdf("Very long accounts"), 11 * 1024 * 1024);
        assertUploadRefused(id, requiredId, "accounts.pdf", big,
                "accounts.pdf is 11 MB; the largest we accept is 10 MB. Try saving it as a PDF or a smaller image.");
        assertUploadRefused(id, requiredId, "empty.pdf", new byte[0], "empty.pdf is empty. Choose the file again.");

        assertThat(version(id)).as("no save").isEqualTo(before);
        var ok = drafts.uploadDocument(id, before, requiredId, "constitution.pdf", pdf("Our constitution"));
        assertThat(ok.allSaved()).isTrue();
        assertThat(drafts.get(id).documents()).singleElement()
                .satisfies(d -> assertThat(d.contentType()).isEqualTo("application/pdf"));
    }

    private void assertUploadRefused(long id, long requiredId, String name, byte[] content, String message) {
        assertThatThrownBy(() -> drafts.uploadDocument(id, version(id), requiredId, name, content)).as(name)
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(English.of(e.messageFor("document"))).isEqualTo(message));
        assertThat(drafts.get(id).documents()).as(name).isEmpty();
        assertThat(fx.documents(id)).isZero();
    }

    @Test
    void aBudgetOverTheLargestGrantIsExplainedInPounds() {
        long id = fx.start(round, group, FormType.FULL);
        drafts.saveBudget(id, version(id), new Answers.Budget(List.of(
                new BudgetLine("Coach", Money.ofPounds(8_000), null),
                new BudgetLine("Pitch hire", Money.ofPounds(4_500), null),
                new BudgetLine("Kit", Money.ofPounds(900), "Sport England"))));

        var budget = drafts.get(id).statusOf(Section.BUDGET);
        assertThat(budget.state()).isEqualTo(SectionState.IN_PROGRESS);
        assertThat(english(budget.problems())).containsExactly("Your budget asks for £12,500.00, which is £2,500.00 more"
                + " than this round's largest grant of £10,000.00.");
        assertThat(drafts.get(id).amountRequested()).as("lines another funder pays are not asked for")
                .isEqualTo(Money.ofPounds(12_500));
    }

    @Test
    void aBudgetUnderTheSmallestGrantIsExplainedInPounds() {
        long id = fx.start(round, group, FormType.FULL);
        drafts.saveBudget(id, version(id), new Answers.Budget(List.of(
                new BudgetLine("Seeds", Money.of(new java.math.BigDecimal("299.99")), null),
                new BudgetLine("Greenhouse", Money.ofPounds(2_000), "The Big Lottery"))));

        assertThat(english(drafts.get(id).statusOf(Section.BUDGET).problems())).containsExactly("Your budget asks for £299.99,"
                + " which is £200.01 less than this round's smallest grant of £500.00.");
    }

    @Test
    void aShortFormAskingForTheThresholdOrMoreIsExplainedInPounds() {
        long id = fx.completeShortDraft(round, group, "Veg for all");
        drafts.saveBudget(id, version(id), new Answers.Budget(List.of(
                new BudgetLine("Raised beds", Money.ofPounds(1_500), null),
                new BudgetLine("Tools", Money.ofPounds(500), null))));

        var details = drafts.get(id);
        assertThat(english(details.statusOf(Section.BUDGET).problems())).containsExactly("The short form is for requests"
                + " under £2,000.00; your budget asks for £2,000.00. Reduce it by £0.01 or more, or switch to the"
                + " full form.");
        assertThat(details.readyToSubmit()).isFalse();
        assertThatThrownBy(() -> fx.submission.submit(id, details.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(English.of(e.messageFor("sections")))
                        .isEqualTo("Some sections are not finished: Budget"));
        assertThat(fx.status(id)).isEqualTo(ApplicationStatus.DRAFT);
    }

    private static java.util.Map<String, String> english(java.util.Map<String, Message> messages) {
        var texts = new java.util.LinkedHashMap<String, String>();
        messages.forEach((field, message) -> texts.put(field, English.of(message)));
        return texts;
    }

    private static List<String> english(List<Message> messages) {
        return messages.stream().map(English::of).toList();
    }
}
