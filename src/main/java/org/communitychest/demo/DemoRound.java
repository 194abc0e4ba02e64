package org.communitychest.demo;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.communitychest.applications.Answers;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.applications.ApplicationSubmission;
import org.communitychest.applications.BudgetLine;
import org.communitychest.applications.FormType;
import org.communitychest.base.Language;
import org.communitychest.base.Money;
import org.communitychest.base.PdfStyle;
import org.communitychest.base.SystemActor;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.organisations.LegalForm;
import org.communitychest.organisations.OrganisationForm;
import org.communitychest.organisations.Organisations;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.Criterion;
import org.communitychest.rounds.EligibilityQuestion;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundForm;
import org.communitychest.rounds.Rounds;
import org.communitychest.rounds.ScoringScale;
import org.springframework.stereotype.Component;

/** The demo's open round, its community groups and their draft and submitted applications. */
@Component
class DemoRound {

    private final Rounds rounds;
    private final Organisations organisations;
    private final ApplicationDrafts drafts;
    private final ApplicationSubmission submission;
    private final NeedCategories needCategories;
    private final Areas areas;
    private final DemoGaps gaps;
    private final Clock clock;

    DemoRound(Rounds rounds, Organisations organisations, ApplicationDrafts drafts,
            ApplicationSubmission submission, NeedCategories needCategories, Areas areas, DemoGaps gaps,
            Clock clock) {
        this.rounds = rounds;
        this.organisations = organisations;
        this.drafts = drafts;
        this.submission = submission;
        this.needCategories = needCategories;
        this.areas = areas;
        this.gaps = gaps;
        this.clock = clock;
    }

    record Applicant(long userId, String email) {
    }

    void seed(long partnershipId, long officerId, Applicant amina, Applicant kwame, Applicant rosa) {
        var needs = needCategories.ofPartnership(partnershipId);
        var wards = areas.ofPartnership(partnershipId);
        RoundDetails round = SystemActor.callAsUser(officerId, "officer@example.org", partnershipId,
                () -> rounds.publish(rounds.create(roundForm(needs, wards)).id()), "OFFICER");

        long bowCommon = as(amina, () -> organisations.create(new OrganisationForm("Bow Common Neighbours",
                LegalForm.CONSTITUTED_GROUP, null, null, "St Paul's Church Hall", "St Stephen's Road", "London",
                "E3 5JL", IncomeBand.UNDER_10K, "bowcommonneighbours.org.uk")).id());
        long shadwell = as(kwame, () -> organisations.create(new OrganisationForm("Shadwell Sisters Football Club",
                LegalForm.CIO, "1187654", null, "Shadwell Centre", "Sutton Street", "London", "E1 0BB",
                IncomeBand.FROM_10K_TO_50K, "https://shadwellsisters.org")).id());
        long moneyMatters = as(rosa, () -> organisations.create(new OrganisationForm("Whitechapel Money Matters",
                LegalForm.CIC, null, "09876543", "84 Whitechapel High Street", null, "London", "E1 7QX",
                IncomeBand.FROM_50K_TO_100K, "https://moneymatters.example.org")).id());

        Map<Long, Boolean> eligible = new TreeMap<>();
        round.eligibility().forEach(q -> eligible.put(q.id(), q.passingAnswer()));

        as(amina, () -> {
            long draft = drafts.start(round.id(), bowCommon, eligible, FormType.FULL);
            var v = drafts.saveAbout(draft, drafts.get(draft).version(), new Answers.About("Tuesday Tea and Talk",
                    "A weekly drop-in at St Paul's hall where neighbours who live alone meet over tea, play"
                            + " games and get to know each other. Volunteers collect people who find it hard to get"
                            + " out.", null, "Link workers at the Bow surgery tell us they have nowhere to send"
                            + " lonely older patients on the Lincoln estate."));
            drafts.saveWhoItHelps(draft, v.version(), new Answers.WhoItHelps(
                    Set.of(need(needs, "LONELINESS_ISOLATION")), Set.of(ward(wards, "Bow East")), 25, null));

            long walk = drafts.start(round.id(), bowCommon, eligible, FormType.SHORT);
            long version = drafts.get(walk).version();
            version = drafts.saveAbout(walk, version, new Answers.About("Walk and Talk Poplar",
                    "Two guided walks a week along the Limehouse Cut and in Bartlett Park for people recovering"
                            + " from low mood, led by trained volunteer walk leaders, ending with a cuppa.", null,
                    null)).version();
            version = drafts.saveWhoItHelps(walk, version, new Answers.WhoItHelps(
                    Set.of(need(needs, "MENTAL_WELLBEING"), need(needs, "PHYSICAL_ACTIVITY")),
                    Set.of(ward(wards, "Poplar"), ward(wards, "Bow East")), 30, null)).version();
            version = drafts.saveBudget(walk, version, new Answers.Budget(List.of(
                    new BudgetLine("Walk leader training (4 volunteers)", Money.ofPounds(600), null),
                    new BudgetLine("Refreshments, 80 walks", Money.ofPounds(480), null),
                    new BudgetLine("Hi-vis vests and first aid kits", Money.ofPounds(220), null),
                    new BudgetLine("Leaflets for GP surgeries", Money.ofPounds(150), null)))).version();
            version = drafts.uploadDocument(walk, version, null, "bow-common-constitution.pdf",
                    demoPdf("Constitution of Bow Common Neighbours")).version();
            version = declare(walk, version, "Amina Begum", "Chair");
            submission.submit(walk, version);
            return null;
        });

        submitFull(kwame, round.id(), shadwell, eligible, new Answers.About("Football and Friendship for Women",
                "Weekly women-only football sessions with a creche, followed by a shared meal. Sessions are free and"
                        + " open to all abilities; many players have not exercised for years.", null,
                "Social prescribers in Shadwell refer women with low mood and diabetes, but mixed sports sessions"
                        + " are not an option for many of them."),
                new Answers.WhoItHelps(Set.of(need(needs, "PHYSICAL_ACTIVITY"), need(needs, "LONG_TERM_CONDITION")),
                        Set.of(ward(wards, "Shadwell"), ward(wards, "Stepney Green")), 40,
                        "Women aged 18 and over, most of them Bangladeshi mothers"),
                new Answers.Activities("Weekly sessions from March at the Shadwell Centre; coach-led training for 6"
                        + " volunteer leaders; a summer tournament.", LocalDate.of(2027, 3, 1),
                        LocalDate.of(2027, 12, 15)),
                List.of(new BudgetLine("Pitch hire, 40 sessions", Money.ofPounds(3200), null),
                        new BudgetLine("Qualified coach", Money.ofPounds(2000), null),
                        new BudgetLine("Creche workers", Money.ofPounds(1300), null),
                        new BudgetLine("Kit and balls", Money.ofPounds(600), "Sport England Small Grants")),
                "Shadwell Sisters Football Club", "Kwame Mensah", "Treasurer");

        submitFull(rosa, round.id(), moneyMatters, eligible, new Answers.About("Money Matters Drop-in",
                "A weekly benefits and debt drop-in in the Idea Store with a trained adviser and volunteers who speak"
                        + " Bengali and Somali.", null, "People referred for debt wait up to ten weeks for advice;"
                        + " many fall further behind in the meantime."),
                new Answers.WhoItHelps(Set.of(need(needs, "FINANCE_DEBT_BENEFITS")),
                        Set.of(ward(wards, "Whitechapel"), ward(wards, "Lansbury")), 120,
                        "Families on low incomes, many with little English"),
                new Answers.Activities("Weekly drop-in on Wednesdays; home visits for people who cannot come in; two"
                        + " money workshops a term.", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 11, 30)),
                List.of(new BudgetLine("Debt adviser, 1 day a week", Money.ofPounds(3600), null),
                        new BudgetLine("Interpreting", Money.ofPounds(450), null),
                        new BudgetLine("Volunteer expenses", Money.ofPounds(150), null)),
                "Whitechapel Money Matters CIC", "Rosa Martínez", "Director");
    }

    /** A full-form application written and submitted by a demo applicant, documents included. */
    private void submitFull(Applicant applicant, long roundId, long organisationId, Map<Long, Boolean> eligible,
            Answers.About about, Answers.WhoItHelps who, Answers.Activities activities, List<BudgetLine> budget,
            String groupName, String declarant, String role) {
        as(applicant, () -> {
            long id = drafts.start(roundId, organisationId, eligible, FormType.FULL);
            long version = drafts.get(id).version();
            version = drafts.saveAbout(id, version, about).version();
            version = drafts.saveWhoItHelps(id, version, who).version();
            version = drafts.saveActivities(id, version, activities).version();
            version = drafts.saveBudget(id, version, new Answers.Budget(budget)).version();
            for (var doc : drafts.get(id).requiredDocuments()) {
                version = drafts.uploadDocument(id, version, doc.id(), slug(doc.label()) + ".pdf",
                        demoPdf(doc.label() + ": " + groupName)).version();
            }
            version = declare(id, version, declarant, role);
            return submission.submit(id, version);
        });
    }

    private long declare(long id, long version, String name, String role) {
        return drafts.saveDeclarations(id, version, new Answers.Declarations(true, true, true, name, role)).version();
    }

    private static <T> T as(Applicant applicant, Supplier<T> work) {
        return SystemActor.callAsUser(applicant.userId(), applicant.email(), null, work, "APPLICANT");
    }

    private RoundForm roundForm(List<NeedCategoryInfo> needs, List<AreaInfo> wards) {
        var today = LocalDate.now(clock.withZone(org.communitychest.base.London.ZONE));
        LocalDateTime opens = today.minusDays(14).atTime(9, 0);
        LocalDateTime closes = today.plusDays(60).atTime(17, 0);
        var eligibility = eligibility();
        var criteria = criteria();
        var priorities = List.of(
                priority(needs, wards, "LONELINESS_ISOLATION", "Bow East"),
                priority(needs, wards, "LONELINESS_ISOLATION", "Poplar"),
                priority(needs, wards, "MENTAL_WELLBEING", "Whitechapel"),
                priority(needs, wards, "FINANCE_DEBT_BENEFITS", "Lansbury"),
                priority(needs, wards, "PHYSICAL_ACTIVITY", "Shadwell"));
        return new RoundForm("Connecting Communities Chest 2026/27",
                "Grants of £500 to £10,000 for community and voluntary groups running activities that social"
                        + " prescribers can refer people to: places to meet, move, learn and get help.\n\n"
                        + "This round especially wants to fill the gaps link workers told us about: loneliness in"
                        + " Bow East and Poplar, low mood in Whitechapel, money worries in Lansbury and physical"
                        + " activity in Shadwell. A panel of residents and partners will score every eligible bid.",
                Money.ofPounds(60_000), Money.ofPounds(500), Money.ofPounds(10_000), Money.ofPounds(2_000), opens,
                closes, today.plusYears(1).withMonth(12).withDayOfMonth(31), ScoringScale.ZERO_TO_FOUR, eligibility,
                criteria, priorities, List.of("Governing document (constitution, rules or articles)",
                        "Safeguarding policy", "Latest accounts or a recent bank statement"));
    }

    /** The partnership's usual eligibility questions, asked by every demo round. */
    static List<EligibilityQuestion> eligibility() {
        return List.of(
            new EligibilityQuestion(null, "Does your group work with people who live in Tower Hamlets?", true,
                    "This community chest funds activities for Tower Hamlets residents.",
                    "Each north east London borough has its own partnership: look for your borough's community"
                            + " chest, or ask your local council for voluntary service."),
            new EligibilityQuestion(null, "Is your group run not for profit?", true,
                    "Grants go to not-for-profit groups only.",
                    "The British Business Bank and the council's business support team help small businesses."),
            new EligibilityQuestion(null, "Does your group have a bank account in its own name?", true,
                    "We can only pay grants into the group's own bank account.",
                    "Tower Hamlets Council for Voluntary Service can find a partner organisation to hold the"
                            + " money for you (a fiscal sponsor)."));
    }

    /** The partnership's usual scoring criteria, on a 0 to 4 scale with the same descriptors. */
    static List<Criterion> criteria() {
        return List.of(
            criterion("Meets a referral gap", 30, "How well the project meets needs that social prescribers"
                    + " cannot find an activity for, in the places they cannot find one."),
            criterion("Reach and inclusion", 25, "Whether the people who most need it will come, and feel"
                    + " welcome."),
            criterion("Residents involved", 15, "How local people shaped the idea and will help run it."),
            criterion("Can be delivered", 20, "A realistic plan, people and place to do it."),
            criterion("Value for money", 10, "Costs are reasonable for what will happen."));
    }

    /** A priority gap with the latest quarter's figures, shown on the round's page. */
    private RoundForm.PriorityRef priority(List<NeedCategoryInfo> needs, List<AreaInfo> wards, String needCode,
            String wardName) {
        return new RoundForm.PriorityRef(need(needs, needCode), ward(wards, wardName),
                gaps.latestFigures(wardName, needCode), true);
    }

    static Criterion criterion(String title, int weight, String guidance) {
        var descriptors = new TreeMap<Integer, String>();
        descriptors.put(0, "Not shown at all");
        descriptors.put(1, "Weak: little evidence");
        descriptors.put(2, "Adequate: some evidence, some gaps");
        descriptors.put(3, "Good: clear evidence");
        descriptors.put(4, "Excellent: strong, specific evidence");
        return new Criterion(null, title, guidance, weight, descriptors);
    }

    static long need(List<NeedCategoryInfo> needs, String code) {
        return needs.stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow().id();
    }

    static long ward(List<AreaInfo> wards, String name) {
        return wards.stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow().id();
    }

    static String slug(String label) {
        return label.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static byte[] demoPdf(String title) {
        var out = new ByteArrayOutputStream();
        var document = PdfStyle.document(out, Language.ENGLISH);
        document.open();
        document.add(PdfStyle.title(title));
        document.add(PdfStyle.text("Demo document for Community Chest."));
        document.close();
        return out.toByteArray();
    }
}
