package org.communitychest.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.communitychest.applications.Answers;
import org.communitychest.applications.ApplicationDrafts;
import org.communitychest.applications.ApplicationSubmission;
import org.communitychest.applications.BudgetLine;
import org.communitychest.applications.FormType;
import org.communitychest.applications.GateDecision;
import org.communitychest.applications.Screening;
import org.communitychest.base.London;
import org.communitychest.base.Money;
import org.communitychest.base.SystemActor;
import org.communitychest.organisations.IncomeBand;
import org.communitychest.organisations.LegalForm;
import org.communitychest.organisations.OrganisationForm;
import org.communitychest.organisations.Organisations;
import org.communitychest.panels.AllocationMethod;
import org.communitychest.panels.DecisionForm;
import org.communitychest.panels.MemberInvitation;
import org.communitychest.panels.MemberKind;
import org.communitychest.panels.MemberRow;
import org.communitychest.panels.Moderation;
import org.communitychest.panels.PanelDecisions;
import org.communitychest.panels.PanelScoring;
import org.communitychest.panels.Panels;
import org.communitychest.place.AreaInfo;
import org.communitychest.place.Areas;
import org.communitychest.place.NeedCategories;
import org.communitychest.place.NeedCategoryInfo;
import org.communitychest.rounds.AllocationRules;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundForm;
import org.communitychest.rounds.Rounds;
import org.communitychest.rounds.ScoringScale;
import org.communitychest.security.DemoAccounts;
import org.communitychest.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo's rounds after closing, with their panel of residents, partners and the officer: the autumn round being
 * scored (most scores in, Tom Hughes part way through with one conflict), the winter round in moderation (for the
 * allocation page) and the spring round decided and released.
 */
@Component
class DemoPanels {

    /** A demo person who signs in: a group's applicant, a panel member or the officer, with their one role. */
    record Person(long id, String email, String role) {
    }

    /** A community group of the demo and the applicant who writes its bids. */
    record Group(long id, Person applicant, String name, String declarant, String role) {
    }

    /**
     * A bid as the group writes it, and how good the panel finds it: one level per criterion (0 to 4), the panel's
     * members scoring within one of it.
     */
    record Bid(Group group, String title, String summary, String need, String needCode, List<String> wards,
            int capacity, List<BudgetLine> budget, int[] levels) {
    }

    private static final String[] CRITERION_COMMENTS = {
        "Not shown: the bid does not say which referral gap it fills.",
        "Little evidence that link workers would refer people here; the need is asserted, not shown.",
        "Some link to the gaps link workers report in %s, but the evidence is general.",
        "A clear referral gap in %s, with what link workers told the group.",
        "Exactly the gap link workers describe in %s, with figures and named surgeries.",

        "It is not clear who will come or how they will hear of it.",
        "Open to all, but nothing about reaching people who do not usually come to groups.",
        "Reasonable outreach; transport and language could be thought through more.",
        "Good reach: free, step-free venue, and sessions in the languages people speak.",
        "Excellent: designed with the people it is for, with welcome, transport and languages planned.",

        "Residents are not mentioned.",
        "Residents are consulted once; they do not help run it.",
        "Some resident volunteers, but the idea came mostly from the organisers.",
        "Residents shaped the idea and several will volunteer each week.",
        "Led by residents from start to finish, with a users' group that steers it.",

        "No plan for how this would happen.",
        "The plan is thin: no venue booked and no named leader.",
        "A workable plan with some gaps in cover if the lead is away.",
        "A realistic plan with a venue, a timetable and trained people.",
        "A detailed plan with a track record of running similar sessions.",

        "The costs are not explained.",
        "Costs look high for the number of sessions.",
        "Costs are reasonable, though some lines could be lower.",
        "Good value: volunteers and donated space keep costs down.",
        "Very good value for the number of people reached.",
    }; // one per criterion and level, the five criteria of DemoRound.criteria() in order

    private final Rounds rounds;
    private final Organisations organisations;
    private final ApplicationDrafts drafts;
    private final ApplicationSubmission submission;
    private final Screening screening;
    private final NeedCategories needCategories;
    private final Areas areas;
    private final DemoAccounts accounts;
    private final DemoGaps gaps;
    private final Panels panels;
    private final PanelScoring scoring;
    private final Moderation moderation;
    private final PanelDecisions decisions;
    private final JdbcTemplate jdbc;
    private final DemoVotes demoVotes;
    private final DemoGrants demoGrants;
    private final EntityManager entityManager;
    private final Clock clock;

    /** Each group's documents, made once: a group sends the same policy with each of its bids. */
    private final Map<String, byte[]> documents = new HashMap<>();
    private long partnershipId;
    private Person officer;
    private List<NeedCategoryInfo> needs;
    private List<AreaInfo> wards;

    DemoPanels(Rounds rounds, Organisations organisations, ApplicationDrafts drafts, ApplicationSubmission submission,
            Screening screening, NeedCategories needCategories, Areas areas, DemoAccounts accounts, DemoGaps gaps,
            Panels panels, PanelScoring scoring, Moderation moderation, PanelDecisions decisions, JdbcTemplate jdbc,
            DemoVotes demoVotes, DemoGrants demoGrants, EntityManager entityManager, Clock clock) {
        this.demoVotes = demoVotes;
        this.demoGrants = demoGrants;
        this.rounds = rounds;
        this.organisations = organisations;
        this.drafts = drafts;
        this.submission = submission;
        this.screening = screening;
        this.needCategories = needCategories;
        this.areas = areas;
        this.accounts = accounts;
        this.gaps = gaps;
        this.panels = panels;
        this.scoring = scoring;
        this.moderation = moderation;
        this.decisions = decisions;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    void seed(long partnershipId, long officerId, long tomId) {
        this.partnershipId = partnershipId;
        this.officer = new Person(officerId, "officer@example.org", "OFFICER");
        this.needs = needCategories.ofPartnership(partnershipId);
        this.wards = areas.ofPartnership(partnershipId);
        var tom = new Person(tomId, "panellist@example.org", "PANELLIST");
        var shirin = panellist("shirin@example.org", "Shirin Akhtar");
        var joe = panellist("joe@example.org", "Joe Barnes");
        var grace = panellist("grace@example.org", "Grace Adeyemi");
        var hannah = panellist("hannah@example.org", "Hannah Clarke");
        Map<Person, MemberKind> members = new java.util.LinkedHashMap<>();
        members.put(tom, MemberKind.RESIDENT);
        members.put(shirin, MemberKind.RESIDENT);
        members.put(joe, MemberKind.RESIDENT);
        members.put(grace, MemberKind.PARTNER);
        members.put(hannah, MemberKind.PARTNER);

        var g = groups();
        seedSpring(g, members);
        seedWinter(g, members);
        seedAutumn(g, members, tom);
        demoVotes.seed(this, partnershipId, g, officer, tom);
    }

    /** Decided and released: three bids funded, one part funded, two not funded with feedback. */
    private void seedSpring(Map<String, Group> g, Map<Person, MemberKind> members) {
        var round = closedRound("Community Chest spring 2026", 12_000, 300, 240,
                new AllocationRules(List.of(), true, null, 0, 50), List.of(
                new Bid(g.get("shed"), "Shed tools and open days", "Tools, a dust extractor and monthly open days so"
                        + " men who live alone can learn woodwork and repair things for neighbours.",
                        "Older men on the Roman Road estates tell link workers they have nowhere to go.",
                        "LONELINESS_ISOLATION", List.of("Bow East"), 35,
                        lines("Workshop tools and dust extractor", 2_700, "Open day materials", 900,
                                "Volunteer training", 900), new int[] {4, 3, 4, 3, 3}),
                new Bid(g.get("poplar"), "Winter warm lunches", "A hot two-course lunch every Friday from November to"
                        + " March, with a phone call on the days between for people who cannot come.",
                        "Link workers at the Aberfeldy practice have a waiting list of lonely older patients.",
                        "LONELINESS_ISOLATION", List.of("Poplar"), 40,
                        lines("Food, 20 lunches", 1_800, "Cook's sessional pay", 1_500, "Heating the hall", 500),
                        new int[] {4, 3, 3, 3, 3}),
                new Bid(g.get("digital"), "Tablet lending library", "Twenty tablets lent for a term with weekly help"
                        + " to book GP appointments, shop online and video-call family.",
                        "People referred for digital skills wait because there is no device to practise on.",
                        "DIGITAL_INCLUSION", List.of("Mile End"), 20,
                        lines("Tablets and cases, 20", 1_800, "Data SIMs for a term", 600), new int[] {3, 3, 2, 3, 3}),
                new Bid(g.get("steppers"), "Walking football for over-50s", "Two walking football sessions a week at"
                        + " the Shadwell Centre, free, with a tea afterwards.",
                        "Link workers refer people with diabetes to activity, but nothing gentle runs nearby.",
                        "PHYSICAL_ACTIVITY", List.of("Shadwell"), 30,
                        lines("Hall hire, 60 sessions", 1_500, "Qualified coach", 1_000), new int[] {3, 2, 3, 2, 2}),
                new Bid(g.get("stitch"), "Sewing circle", "A weekly sewing and mending circle for women, with"
                        + " machines to borrow and a crèche.",
                        "Women referred for isolation ask for something they can do with their hands.",
                        "ARTS_CREATIVE", List.of("Spitalfields & Banglatown"), 15,
                        lines("Sewing machines, 6", 1_800, "Fabric and thread", 700, "Crèche worker", 1_500),
                        new int[] {2, 2, 2, 2, 1}),
                new Bid(g.get("lansbury"), "Community fridge", "A community fridge and weekly cooking class using"
                        + " surplus food from local shops.",
                        "Families referred for money worries are also short of food at the end of the month.",
                        "HEALTHY_EATING_FOOD", List.of("Lansbury"), 80,
                        lines("Fridges and freezer", 2_500, "Cooking tutor", 2_000, "Food hygiene training", 1_000),
                        new int[] {2, 1, 2, 1, 1})));
        var panel = seatedPanel(round, members);
        var people = new ArrayList<>(members.keySet());
        for (int m = 0; m < people.size(); m++) {
            for (int b = 0; b < round.bids().size(); b++) {
                score(panel, people.get(m), round.bids().get(b), m, true);
            }
        }
        as(officer, () -> {
            panels.closeScoring(panel);
            moderation.moderate(panel, round.bids().get(4).id(), 52.0, "The panel agreed the crèche makes the"
                    + " circle reachable for mothers, which two members' scores did not reflect.");
            var seats = panels.members(panel).stream().filter(r -> r.kind() != MemberKind.STAFF)
                    .map(MemberRow::memberId).toList();
            decisions.record(panel, new DecisionForm(AllocationMethod.OPTIMAL, seats.size(),
                    new LinkedHashSet<>(seats.subList(0, seats.size() - 1)), List.of()));
            decisions.editFeedback(round.id(), round.bids().get(5).id(), "The panel liked the idea of using surplus"
                    + " food and would welcome a bid again. It was not clear who would run the fridge each day or"
                    + " how families referred by link workers would hear of it; the cooking tutor's costs were high"
                    + " for the number of classes.");
            decisions.release(round.id());
            return null;
        });
        demoGrants.seed(partnershipId, officer, round.id(), g);
    }

    /**
     * Scored and closed, waiting for moderation and the allocation: the second-ranked bid is large, so the greedy
     * list (down the ranking) and the optimal one (the three smaller bids) differ.
     */
    private void seedWinter(Map<String, Group> g, Map<Person, MemberKind> members) {
        var round = closedRound("Winter Warmth Chest 2026", 8_000, 100, 40,
                new AllocationRules(List.of(), true, null, 0, 50), List.of(
                new Bid(g.get("mind"), "Warm space peer support", "A warm room twice a week with peer supporters"
                        + " trained in mental health first aid, in Bengali and English.",
                        "People with low mood referred in winter have nowhere warm to go in the day.",
                        "MENTAL_WELLBEING", List.of("Whitechapel"), 45,
                        lines("Room hire, 40 sessions", 1_600, "Peer supporter training", 1_400),
                        new int[] {4, 4, 3, 3, 3}),
                new Bid(g.get("garden"), "Winter garden for carers", "Polytunnel growing and soup on Saturdays for"
                        + " unpaid carers and the people they look after.", "Carers tell link workers they have no"
                        + " break in the winter months.", "CARERS", List.of("Island Gardens"), 25,
                        lines("Polytunnel", 1_200, "Soup and seeds", 800), new int[] {3, 3, 3, 3, 3}),
                new Bid(g.get("poplar"), "Warm welcome phone tree", "Volunteers phone isolated neighbours each"
                        + " morning in cold weather and visit if no one answers, with a paid coordinator.",
                        "Link workers cannot check on every isolated patient in a cold snap.",
                        "LONELINESS_ISOLATION", List.of("Poplar"), 60,
                        lines("Coordinator, 2 days a week", 3_100, "Volunteer phone costs", 600,
                                "Volunteer training", 800), new int[] {4, 3, 3, 3, 3}),
                new Bid(g.get("shed"), "Draught-proofing workshops", "Men's Shed members fit draught excluders and"
                        + " teach neighbours to do the same.", "People referred for money worries cannot afford to"
                        + " heat their homes.", "FINANCE_DEBT_BENEFITS", List.of("Bow East", "Bow West"), 50,
                        lines("Draught-proofing materials", 1_800, "Tools", 600), new int[] {3, 3, 3, 3, 2}),
                new Bid(g.get("stitch"), "Knit and natter", "Knitting hats and blankets for the winter appeal in a"
                        + " warm room, with soup.", "Older women referred for isolation ask for a daytime group.",
                        "LONELINESS_ISOLATION", List.of("Spitalfields & Banglatown"), 20,
                        lines("Wool and needles", 500, "Soup", 400), new int[] {2, 2, 3, 2, 3})));
        var panel = seatedPanel(round, members);
        var people = new ArrayList<>(members.keySet());
        for (int m = 0; m < people.size(); m++) {
            for (int b = 0; b < round.bids().size(); b++) {
                score(panel, people.get(m), round.bids().get(b), m + 7, true);
            }
        }
        as(officer, () -> {
            panels.closeScoring(panel);
            return null;
        });
    }

    /**
     * In scoring for three more weeks: the other members have scored most bids; Tom Hughes has submitted one, has a
     * draft of another, a conflict with a third and the rest still to declare.
     */
    private void seedAutumn(Map<String, Group> g, Map<Person, MemberKind> members, Person tom) {
        var priorities = List.of(priority("LONELINESS_ISOLATION", "Bow East"), priority("LONELINESS_ISOLATION",
                "Poplar"), priority("MENTAL_WELLBEING", "Whitechapel"), priority("FINANCE_DEBT_BENEFITS", "Lansbury"),
                priority("PHYSICAL_ACTIVITY", "Shadwell"));
        var rules = new AllocationRules(List.of(new AllocationRules.MinimumShare(AllocationRules.ShareOf.AREA,
                DemoRound.ward(wards, "Poplar"), 15)), true, null, 0, 50);
        var round = closedRound("Community Chest autumn 2026", 30_000, 70, 12, rules, priorities, List.of(
                new Bid(g.get("poplar"), "Poplar Friday lunch and befriending", "A Friday lunch club at the"
                        + " Chrisp Street hall and weekly befriending calls for people who cannot get out.",
                        "The Poplar surgeries refer more lonely older patients than any other, with nothing to"
                        + " send them to on a Friday.", "LONELINESS_ISOLATION", List.of("Poplar"), 50,
                        lines("Food, 40 lunches", 1_800, "Cook and coordinator", 1_900, "Phone costs", 500),
                        new int[] {4, 3, 3, 3, 3}),
                new Bid(g.get("shed"), "Bow Men's Shed workshop", "Opening the Shed four days a week with a paid"
                        + " coordinator, so men referred by link workers always find someone there.",
                        "Link workers in Bow East refer isolated men, but the Shed opens only on Saturdays.",
                        "LONELINESS_ISOLATION", List.of("Bow East", "Bow West"), 40,
                        lines("Coordinator, 1 day a week", 4_200, "Workshop rent", 2_000, "Materials", 600),
                        new int[] {4, 3, 4, 3, 2}),
                new Bid(g.get("lansbury"), "Cost of living café", "A weekly café with a benefits adviser, a food"
                        + " share and help with energy bills, at the Lansbury community centre.",
                        "People referred for debt advice wait ten weeks; many also need food in the meantime.",
                        "FINANCE_DEBT_BENEFITS", List.of("Lansbury", "Bromley South"), 120,
                        lines("Benefits adviser, 1 day a week", 5_400, "Food share", 2_600, "Venue", 1_500),
                        new int[] {4, 3, 2, 3, 2}),
                new Bid(g.get("mind"), "Peer support circles in Bengali and Sylheti", "Fortnightly peer support"
                        + " circles for women with low mood, led by trained peers who speak their language.",
                        "Link workers in Whitechapel cannot find mental health support in Sylheti.",
                        "MENTAL_WELLBEING", List.of("Whitechapel"), 36,
                        lines("Peer leader training", 2_200, "Room hire", 1_300, "Childcare", 1_500),
                        new int[] {4, 4, 3, 3, 3}),
                new Bid(g.get("steppers"), "Shadwell Steppers chair exercise", "Chair-based exercise and a short"
                        + " walk for over-60s twice a week, with a physiotherapist once a month.",
                        "People with long-term conditions are referred to activity, but classes nearby are too hard.",
                        "PHYSICAL_ACTIVITY", List.of("Shadwell"), 30,
                        lines("Instructor, 80 sessions", 1_400, "Physiotherapist visits", 400),
                        new int[] {3, 3, 3, 3, 3}),
                new Bid(g.get("garden"), "Growing together for carers", "Raised beds and a weekly gardening"
                        + " afternoon for unpaid carers at the Mudchute allotments.",
                        "Carers referred for a break have few options on the Isle of Dogs.",
                        "CARERS", List.of("Island Gardens"), 20,
                        lines("Raised beds and tools", 1_700, "Sessional gardener", 1_200), new int[] {2, 3, 3, 2, 3}),
                new Bid(g.get("digital"), "Digital buddies", "Volunteer buddies help older residents use phones and"
                        + " tablets, once a week at the Idea Store.",
                        "Patients cannot book appointments online and link workers have nowhere to send them.",
                        "DIGITAL_INCLUSION", List.of("Mile End"), 25,
                        lines("Volunteer expenses", 450, "Printed guides", 300), new int[] {2, 2, 3, 3, 4}),
                new Bid(g.get("stitch"), "Stitch and chat", "A Tuesday stitching group for older Bangladeshi women,"
                        + " with tea, at the Brick Lane community room.",
                        "Women referred for isolation want a women-only group in Bengali.",
                        "LONELINESS_ISOLATION", List.of("Spitalfields & Banglatown"), 18,
                        lines("Materials", 600, "Room hire", 600), new int[] {3, 3, 3, 2, 3})));
        var panel = seatedPanel(round, members);
        var others = members.keySet().stream().filter(p -> !p.equals(tom)).toList();
        for (int m = 0; m < others.size(); m++) {
            for (int b = 0; b < round.bids().size(); b++) {
                if ((b + m) % 4 == 3) {
                    continue; // each member has a bid or two still to score
                }
                score(panel, others.get(m), round.bids().get(b), m + 3, (b + 2 * m) % 7 != 0);
            }
        }
        var bids = round.bids();
        score(panel, tom, bids.get(0), 0, true);
        as(tom, () -> {
            scoring.declare(panel, bids.get(1).id(), true, "I volunteer at the Bow Men's Shed on Saturdays.");
            scoring.declare(panel, bids.get(3).id(), false, null);
            var criteria = scoring.round(panel).criteria();
            scoring.mark(panel, bids.get(3).id(), criteria.get(0).id(), 4, CRITERION_COMMENTS[4]
                    .formatted("Whitechapel"));
            scoring.mark(panel, bids.get(3).id(), criteria.get(1).id(), 3, null);
            return null;
        });
    }

    record ClosedRound(long id, List<SubmittedBid> bids) {
    }

    record SubmittedBid(long id, Bid bid) {
    }

    /**
     * A round that took these bids while open and then closed. Round dates are checked against the clock (a round
     * cannot be published with its closing date passed, nor take a bid after it), so the round is published open,
     * its bids are submitted and screened eligible, and then its dates are moved into the past with one SQL update
     * (the demo only) and {@link Rounds#closeDueRounds()} closes it as the closing job would. The bids keep their
     * submission time of now, and the panel's work happens now too: only the round's dates are in the past.
     */
    ClosedRound closedRound(String title, long pot, int openedDaysAgo, int closedDaysAgo,
            AllocationRules rules, List<Bid> bids) {
        return closedRound(title, pot, openedDaysAgo, closedDaysAgo, rules, List.of(), bids);
    }

    private ClosedRound closedRound(String title, long pot, int openedDaysAgo, int closedDaysAgo,
            AllocationRules rules, List<RoundForm.PriorityRef> priorities, List<Bid> bids) {
        var now = London.toLocal(clock.instant()).withNano(0);
        var today = now.toLocalDate();
        long largest = Math.min(10_000, pot * 3 / 5);
        var form = new RoundForm(title, "Grants of £500 to £%,d for community and voluntary groups running activities"
                .formatted(largest) + " that social prescribers can refer people to.", Money.ofPounds(pot),
                Money.ofPounds(500), Money.ofPounds(largest), RoundForm.DEFAULT_SHORT_FORM_THRESHOLD, now.minusDays(1), now.plusDays(1),
                LocalDate.of(today.getYear() + 2, 3, 31), ScoringScale.ZERO_TO_FOUR, DemoRound.eligibility(),
                DemoRound.criteria(), priorities, List.of("Safeguarding policy"));
        RoundDetails round = as(officer, () -> rounds.publish(rounds.create(form, rules).id()));
        Map<Long, Boolean> eligible = new TreeMap<>();
        round.eligibility().forEach(q -> eligible.put(q.id(), q.passingAnswer()));
        var submitted = new ArrayList<SubmittedBid>();
        for (var bid : bids) {
            long id = submit(round, bid, eligible, today);
            as(officer, () -> {
                var read = screening.get(id);
                var pass = new HashMap<Long, GateDecision>();
                read.round().eligibility().forEach(q -> pass.put(q.id(), new GateDecision(true, null)));
                return screening.screen(id, read.version(), pass);
            });
            submitted.add(new SubmittedBid(id, bid));
        }
        Instant opened = now.minusDays(openedDaysAgo).atZone(London.ZONE).toInstant();
        Instant closed = now.minusDays(closedDaysAgo).atZone(London.ZONE).toInstant().minus(Duration.ofMinutes(1));
        entityManager.flush();
        jdbc.update("update funding_round set opens_at = ?, closes_at = ? where id = ?", // not user text: SQL
                LocalDateTime.ofInstant(opened, ZoneOffset.UTC), LocalDateTime.ofInstant(closed, ZoneOffset.UTC),
                round.id());
        // The seeding is one transaction: the round read afterwards must be the row just changed, not the one
        // Hibernate already holds.
        entityManager.clear();
        SystemActor.callAs(partnershipId, rounds::closeDueRounds, SystemActor.ROLE);
        return new ClosedRound(round.id(), List.copyOf(submitted));
    }

    private long submit(RoundDetails round, Bid bid, Map<Long, Boolean> eligible, LocalDate today) {
        long total = bid.budget().stream().mapToLong(l -> l.cost().pence()).sum();
        var form = total >= round.shortFormThreshold().pence() ? FormType.FULL : FormType.SHORT;
        return as(bid.group().applicant(), () -> {
            long id = drafts.start(round.id(), bid.group().id(), eligible, form);
            long version = drafts.get(id).version();
            version = drafts.saveAbout(id, version, new Answers.About(bid.title(), bid.summary(), null, bid.need()))
                    .version();
            version = drafts.saveWhoItHelps(id, version, new Answers.WhoItHelps(Set.of(DemoRound.need(needs,
                    bid.needCode())), Set.copyOf(bid.wards().stream().map(w -> DemoRound.ward(wards, w)).toList()),
                    bid.capacity(), "Residents referred by link workers and social prescribers in "
                            + String.join(" and ", bid.wards()))).version();
            if (form == FormType.FULL) {
                version = drafts.saveActivities(id, version, new Answers.Activities(bid.summary(),
                        today.plusMonths(2).withDayOfMonth(1), today.plusMonths(14).withDayOfMonth(1))).version();
            }
            version = drafts.saveBudget(id, version, new Answers.Budget(bid.budget())).version();
            for (var doc : drafts.get(id).requiredDocuments()) {
                byte[] pdf = documents.computeIfAbsent(doc.label() + ": " + bid.group().name(), DemoRound::demoPdf);
                version = drafts.uploadDocument(id, version, doc.id(), DemoRound.slug(doc.label()) + ".pdf", pdf)
                        .version();
            }
            version = drafts.saveDeclarations(id, version, new Answers.Declarations(true, true, true,
                    bid.group().declarant(), bid.group().role())).version();
            submission.submit(id, version);
            return id;
        });
    }

    /** The round's panel with the members and the officer as staff, scoring open for three weeks. */
    private long seatedPanel(ClosedRound round, Map<Person, MemberKind> members) {
        return as(officer, () -> {
            long panel = panels.create(round.id()).id();
            members.forEach((person, kind) -> panels.invite(panel, new MemberInvitation("", person.email(), kind)));
            panels.invite(panel, new MemberInvitation("", officer.email(), MemberKind.STAFF));
            panels.openScoring(panel, clock.instant().plus(Duration.ofDays(21)));
            return panel;
        });
    }

    /**
     * The member confirms the guidance, declares no conflict and marks every criterion within one level of the
     * bid's, each with the comment for the level; {@code seed} varies the members' marks.
     */
    private void score(long panel, Person member, SubmittedBid bid, int seed, boolean submit) {
        var random = new Random(bid.id() * 31 + seed);
        as(member, () -> {
            scoring.confirmGuidance(panel);
            scoring.declare(panel, bid.id(), false, null);
            var criteria = scoring.round(panel).criteria();
            for (int c = 0; c < criteria.size(); c++) {
                int roll = random.nextInt(4);
                int level = Math.clamp(bid.bid().levels()[c] + (roll == 0 ? -1 : roll == 3 ? 1 : 0), 0, 4);
                String comment = CRITERION_COMMENTS[c * 5 + level].formatted(String.join(" and ", bid.bid().wards()));
                scoring.mark(panel, bid.id(), criteria.get(c).id(), level, comment);
            }
            if (submit) {
                scoring.submit(panel, bid.id());
            }
            return null;
        });
    }

    private RoundForm.PriorityRef priority(String needCode, String wardName) {
        return new RoundForm.PriorityRef(DemoRound.need(needs, needCode), DemoRound.ward(wards, wardName),
                gaps.latestFigures(wardName, needCode), true);
    }

    private Person panellist(String email, String name) {
        return new Person(accounts.create(email, name, partnershipId, Set.of(Role.PANELLIST), DemoData.PASSWORD),
                email, "PANELLIST");
    }

    private Map<String, Group> groups() {
        var groups = new HashMap<String, Group>();
        groups.put("poplar", group("margaret@example.org", "Margaret O'Neill", "Chair", new OrganisationForm(
                "Poplar Good Neighbours", LegalForm.CONSTITUTED_GROUP, null, null, "Chrisp Street Community Hall",
                "Chrisp Street", "London", "E14 6AQ", IncomeBand.UNDER_10K, null)));
        groups.put("shed", group("dave@example.org", "Dave Collins", "Secretary", new OrganisationForm(
                "Bow East Men's Shed", LegalForm.CONSTITUTED_GROUP, null, null, "Unit 4, Wick Lane", null, "London",
                "E3 2NA", IncomeBand.UNDER_10K, null)));
        groups.put("lansbury", group("fatima@example.org", "Fatima Rahman", "Director", new OrganisationForm(
                "Lansbury Food and Money Hub", LegalForm.CIC, null, "12345678", "Lansbury Lawrence Centre",
                "Cordelia Street", "London", "E14 6DZ", IncomeBand.FROM_10K_TO_50K, null)));
        groups.put("mind", group("nasima@example.org", "Nasima Khatun", "Coordinator", new OrganisationForm(
                "Whitechapel Mind Matters", LegalForm.CONSTITUTED_GROUP, null, null, "Kobi Nazrul Centre",
                "Hanbury Street", "London", "E1 5HZ", IncomeBand.FROM_10K_TO_50K, null)));
        groups.put("steppers", group("abdul@example.org", "Abdul Karim", "Treasurer", new OrganisationForm(
                "Shadwell Steppers", LegalForm.CONSTITUTED_GROUP, null, null, "Shadwell Centre", "Sutton Street",
                "London", "E1 0BB", IncomeBand.UNDER_10K, null)));
        groups.put("garden", group("linda@example.org", "Linda Park", "Chair", new OrganisationForm(
                "Island Growing Together", LegalForm.CONSTITUTED_GROUP, null, null, "Mudchute Allotments",
                "Pier Street", "London", "E14 3HP", IncomeBand.UNDER_10K, null)));
        groups.put("digital", group("sam@example.org", "Sam Osei", "Chair", new OrganisationForm(
                "Mile End Digital Buddies", LegalForm.CONSTITUTED_GROUP, null, null, "Idea Store Bow",
                "1 Gladstone Place", "London", "E3 5ES", IncomeBand.UNDER_10K, null)));
        groups.put("stitch", group("rukhsana@example.org", "Rukhsana Begum", "Organiser", new OrganisationForm(
                "Spitalfields Stitch and Chat", LegalForm.CONSTITUTED_GROUP, null, null, "Brick Lane Community Room",
                "Brick Lane", "London", "E1 6QL", IncomeBand.UNDER_10K, null)));
        return groups;
    }

    private Group group(String email, String name, String role, OrganisationForm form) {
        var applicant = new Person(accounts.create(email, name, null, Set.of(Role.APPLICANT), DemoData.PASSWORD),
                email, "APPLICANT");
        long id = as(applicant, () -> organisations.create(form).id());
        return new Group(id, applicant, form.name(), name, role);
    }

    /** Budget lines from item and pounds pairs. */
    static List<BudgetLine> lines(Object... itemsAndPounds) {
        var lines = new ArrayList<BudgetLine>();
        for (int i = 0; i < itemsAndPounds.length; i += 2) {
            lines.add(new BudgetLine((String) itemsAndPounds[i],
                    Money.ofPounds(((Integer) itemsAndPounds[i + 1]).longValue()), null));
        }
        return lines;
    }

    private <T> T as(Person person, Supplier<T> work) {
        Long partnership = person.role().equals("APPLICANT") ? null : partnershipId; // not user text: a role
        return SystemActor.callAsUser(person.id(), person.email(), partnership, work, person.role());
    }
}
