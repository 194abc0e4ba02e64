package org.communitychest.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.communitychest.base.Money;
import org.communitychest.base.SystemActor;
import org.communitychest.demo.DemoPanels.Bid;
import org.communitychest.demo.DemoPanels.ClosedRound;
import org.communitychest.demo.DemoPanels.Group;
import org.communitychest.demo.DemoPanels.Person;
import org.communitychest.rounds.AllocationRules;
import org.communitychest.votes.Ballots;
import org.communitychest.rounds.DecisionMode;
import org.communitychest.votes.VoteSettings;
import org.communitychest.votes.Votes;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * The demo's resident votes: one closed, with 200 ballots cast through printed codes, where counting by approvals
 * alone lets the largest bloc (Bow) take most of the pot and equal shares gives each neighbourhood its part; and one
 * open for two weeks, to which the demo resident (Tom Hughes) is invited at his account's email.
 */
@Component
class DemoVotes {

    private static final int BALLOTS = 200;

    private final Votes votes;
    private final Ballots ballots;
    private final Clock clock;
    private long partnershipId;

    DemoVotes(Votes votes, Ballots ballots, Clock clock) {
        this.votes = votes;
        this.ballots = ballots;
        this.clock = clock;
    }

    void seed(DemoPanels panels, long partnershipId, Map<String, Group> g, Person officer, Person resident) {
        this.partnershipId = partnershipId;
        seedClosed(panels, g, officer);
        seedOpen(panels, g, officer, resident);
    }

    private void seedClosed(DemoPanels panels, Map<String, Group> g, Person officer) {
        var round = panels.closedRound("Neighbourhood Chest vote 2026", 10_000, 120, 30,
                new AllocationRules(List.of(), false, null, 0, 0), List.of(
                bid(g.get("shed"), "Bow summer festival", "A free one-day festival on Bow Common with stalls from"
                        + " local groups, so people who rarely go out meet their neighbours.", "LONELINESS_ISOLATION",
                        "Bow East", 4_500),
                bid(g.get("digital"), "Roman Road street party", "A street party with music and food for everyone"
                        + " on the Roman Road, and a stall where link workers explain what runs nearby.",
                        "LONELINESS_ISOLATION", "Bow West", 3_500),
                bid(g.get("steppers"), "Bow youth football", "Weekly football for young people aged 14 to 18, with"
                        + " a coach trained to spot low mood.", "PHYSICAL_ACTIVITY", "Bow East", 2_500),
                bid(g.get("stitch"), "Women's walking group", "A weekly walk in Bengali and English round Victoria"
                        + " Park, with a tea after.", "PHYSICAL_ACTIVITY", "Spitalfields & Banglatown", 1_500),
                bid(g.get("mind"), "Homework and chat club", "A quiet room after school for young people to do"
                        + " homework and talk to a youth worker.", "MENTAL_WELLBEING", "Whitechapel", 2_000),
                bid(g.get("garden"), "Befriending phone calls", "Volunteers phone older people on the Island"
                        + " every week, and visit once a month.", "LONELINESS_ISOLATION", "Island Gardens", 1_200),
                bid(g.get("lansbury"), "Community kitchen", "Cooking together once a week with surplus food, for"
                        + " families short at the end of the month.", "HEALTHY_EATING_FOOD", "Lansbury", 2_800),
                bid(g.get("poplar"), "Chess in the library", "A chess club for all ages in Poplar library on"
                        + " Saturdays.", "LONELINESS_ISOLATION", "Poplar", 800)));
        var ids = round.bids().stream().map(DemoPanels.SubmittedBid::id).toList();
        long voteId = open(round, officer, 10_000, Duration.ofHours(1), false);
        var codes = as(officer, () -> votes.printCodes(voteId, BALLOTS).codes());
        var random = new Random(2026);
        // Three neighbourhoods vote as blocs: Bow (110), the west (55) and the Island and Poplar (35).
        int[][] blocs = {{0, 1, 2}, {3, 4}, {5, 6, 7}};
        int[] sizes = {110, 55, 35};
        int next = 0;
        for (int b = 0; b < blocs.length; b++) {
            for (int v = 0; v < sizes[b]; v++) {
                Set<Long> ticks = new HashSet<>();
                for (int project : blocs[b]) {
                    if (random.nextDouble() < 0.9) {
                        ticks.add(ids.get(project));
                    }
                }
                if (random.nextDouble() < 0.15) {
                    ticks.add(ids.get(random.nextInt(ids.size())));
                }
                if (ticks.isEmpty()) {
                    ticks.add(ids.get(blocs[b][0]));
                }
                var paper = ballots.withCode(codes.get(next++));
                ballots.cast(paper.pass(), ticks);
            }
        }
        as(officer, () -> votes.close(voteId));
    }

    private void seedOpen(DemoPanels panels, Map<String, Group> g, Person officer, Person resident) {
        var round = panels.closedRound("Spring Residents' Choice 2027", 6_000, 60, 3,
                new AllocationRules(List.of(), false, null, 0, 0), List.of(
                bid(g.get("poplar"), "Tea and talk mornings", "A weekly tea morning in Chrisp Street hall, with a"
                        + " volunteer who can help with forms.", "LONELINESS_ISOLATION", "Poplar", 1_800),
                bid(g.get("mind"), "Men's wellbeing walks", "A walk and talk group for men, led by peer supporters.",
                        "MENTAL_WELLBEING", "Whitechapel", 1_500),
                bid(g.get("digital"), "Help with phones and forms", "Drop-in help with phones, tablets and online"
                        + " forms for benefits and GP appointments.", "DIGITAL_INCLUSION", "Mile End", 2_200),
                bid(g.get("garden"), "Growing club for carers", "Saturday growing sessions for unpaid carers and"
                        + " the people they look after.", "CARERS", "Island Gardens", 2_000),
                bid(g.get("stitch"), "Sewing and mending circle", "A weekly circle with machines to borrow and a"
                        + " crèche.", "ARTS_CREATIVE", "Spitalfields & Banglatown", 2_400)));
        long voteId = open(round, officer, 6_000, Duration.ofDays(14), true);
        as(officer, () -> votes.inviteByEmail(voteId, resident.email()));
        as(officer, () -> votes.printCodes(voteId, 20));
    }

    private long open(ClosedRound round, Person officer, long potPounds, Duration openFor, boolean applicants) {
        var now = clock.instant();
        var ids = round.bids().stream().map(DemoPanels.SubmittedBid::id).toList();
        return as(officer, () -> {
            var vote = votes.save(round.id(), new VoteSettings(DecisionMode.VOTE, now.minusSeconds(60),
                    now.plus(openFor), Money.ofPounds(potPounds), 0, 0, applicants,
                    new ArrayList<>(ids)));
            votes.printCodes(vote.id(), 1);
            return votes.open(vote.id()).id();
        });
    }

    private static Bid bid(Group group, String title, String summary, String needCode, String ward, int pounds) {
        return new Bid(group, title, summary, "Link workers in " + ward + " have people to refer and nothing near"
                + " to refer them to.", needCode, List.of(ward), 20,
                DemoPanels.lines("Running costs", pounds), new int[] {2, 2, 2, 2, 2});
    }

    private <T> T as(Person person, Supplier<T> work) {
        return SystemActor.callAsUser(person.id(), person.email(), partnershipId, work, person.role());
    }
}
