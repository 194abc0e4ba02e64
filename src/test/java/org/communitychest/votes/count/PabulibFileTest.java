package org.communitychest.votes.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.communitychest.votes.count.EqualSharesTest.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communitychest.votes.count.PabulibFormatException.Problem;
import org.junit.jupiter.api.Test;

class PabulibFileTest {

    private static final String SMALL = """
            META
            key; value
            description; A small vote
            num_projects; 3
            num_votes; 4
            budget; 100.00
            vote_type; approval
            rule; greedy
            PROJECTS
            project_id; cost; votes; name; selected; category
            1; 60; 3; "Park; bench"; 1; green
            2; 40; 2; "The ""Hub"" café"; 1; community
            3; 30; 1; Plain; 0; sport
            VOTES
            voter_id; vote
            a; 1,2
            b; 1, 2
            c; 1,3
            d;
            """;

    @Test
    void readsQuotedFieldsSpacesAndEmptyVotes() throws Exception {
        var file = PabulibFile.read(SMALL);

        assertThat(file.meta()).containsEntry("description", "A small vote").containsEntry("budget", "100.00");
        assertThat(file.budget()).isEqualTo(100);
        assertThat(file.rule()).contains("greedy");
        assertThat(file.projects()).extracting(row -> row.get("name"))
                .containsExactly("Park; bench", "The \"Hub\" café", "Plain");
        assertThat(file.projects().getFirst()).containsEntry("category", "green");
        assertThat(file.selected()).containsExactly("1", "2");
        var election = file.election();
        assertThat(election.ballots()).containsExactly(Set.of("1", "2"), Set.of("1", "2"), Set.of("1", "3"),
                Set.of());
        assertThat(election.budget()).isEqualTo(100);
        // ties: cheaper first, then more approvals, then file order
        assertThat(election.tieOrder()).containsExactly("3", "2", "1");
    }

    @Test
    void writesWhatItReadsAndReadsWhatItWrites() throws Exception {
        var file = PabulibFile.read(SMALL);
        String written = file.text();
        var again = PabulibFile.read(written);

        assertThat(again).isEqualTo(file);
        assertThat(again.text()).isEqualTo(written);
        assertThat(written).contains("1;60;3;\"Park; bench\";1;green\n")
                .contains("2;40;2;\"The \"\"Hub\"\" café\";1;community\n").contains("d;\n");
    }

    @Test
    void aClosedVoteBecomesAFileThatCountsTheSame() throws Exception {
        var election = ApprovalElection.inBallotOrder(
                List.of(project("1", 60), new Project("2", 40, "Hall \"north\"; roof"), project("3", 40)),
                List.of(Set.of("1", "2"), Set.of("2", "1"), Set.of("3"), Set.of(), Set.of("3", "1")), 100);
        var count = EqualShares.count(election);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("currency", "GBP");
        meta.put("description", "Community Chest resident vote");
        meta.put("country", "United Kingdom");
        meta.put("unit", "Tower Hamlets");
        meta.put("instance", "2026");
        meta.put("date_begin", "01.03.2026");
        meta.put("date_end", "15.03.2026");

        var file = PabulibFile.of(election, count, CountingRule.EQUAL_SHARES_ADD1.pabulibName(), meta);
        var read = PabulibFile.read(file.text());

        assertThat(read.meta().keySet()).containsExactly("description", "country", "unit", "instance",
                "num_projects", "num_votes", "budget", "vote_type", "rule", "date_begin", "date_end", "currency");
        assertThat(read.meta()).containsEntry("num_votes", "5").containsEntry("rule", "equalshares/add1")
                .containsEntry("vote_type", "approval");
        assertThat(read.projectColumns()).containsExactly("project_id", "cost", "votes", "name", "selected");
        assertThat(read.projects().get(1)).containsEntry("name", "Hall \"north\"; roof").containsEntry("votes", "2");
        assertThat(read.selected()).containsExactlyInAnyOrderElementsOf(count.selected());
        assertThat(read.election().projects()).isEqualTo(election.projects());
        assertThat(read.election().ballots()).isEqualTo(election.ballots());
        assertThat(EqualShares.count(read.election()).selected()).isEqualTo(count.selected());
        assertThat(read.votes().getFirst()).containsEntry("voter_id", "1").containsEntry("vote", "1,2");
    }

    @Test
    void aVoteTypeOtherThanApprovalIsRefusedOnItsLine() {
        String ordinal = SMALL.replace("vote_type; approval", "vote_type; ordinal");
        assertThatThrownBy(() -> PabulibFile.read(ordinal)).isInstanceOfSatisfying(PabulibFormatException.class,
                e -> {
                    assertThat(e.line()).isEqualTo(7);
                    assertThat(e.problem()).isEqualTo(Problem.NOT_APPROVAL);
                    assertThat(e.detail()).isEqualTo("ordinal");
                    assertThat(e.getMessage()).isEqualTo("line 7 has vote_type other than approval: ordinal");
                });
    }

    @Test
    void errorsNameTheirLine() {
        assertProblem(SMALL.replace("3; 30; 1;", "3; 30.5; 1;"), 13, Problem.NOT_A_WHOLE_AMOUNT, "30.5");
        assertProblem(SMALL.replace("c; 1,3", "c; 1,7"), 18, Problem.UNKNOWN_PROJECT, "7");
        assertProblem(SMALL.replace("c; 1,3", "c; 1,3,1"), 18, Problem.DUPLICATE_APPROVAL, "1");
        assertProblem(SMALL.replace("3; 30; 1; Plain", "3; 30; 1; \"Plain"), 13, Problem.UNCLOSED_QUOTE, "");
        assertProblem(SMALL.replace("b; 1, 2", "b; 1, 2; extra"), 17, Problem.WRONG_FIELD_COUNT, "3 / 2");
        assertProblem(SMALL.replace("2; 40; 2;", "1; 40; 2;"), 12, Problem.DUPLICATE_PROJECT, "1");
        assertProblem(SMALL.replace("budget; 100.00\n", ""), 2, Problem.MISSING_META_KEY, "budget");
        assertProblem(SMALL.replace("project_id; cost;", "id; cost;"), 10, Problem.MISSING_COLUMN, "project_id");
        assertProblem(SMALL.substring(0, SMALL.indexOf("VOTES")), 13, Problem.MISSING_SECTION, "VOTES");
        assertProblem("PROJECTS\n", 1, Problem.NO_META_SECTION, "");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreRead() throws Exception {
        var file = PabulibFile.read("\uFEFF" + SMALL.replace("\n", "\r\n"));
        assertThat(file.meta()).containsEntry("description", "A small vote");
        assertThat(file.votes()).hasSize(4);
    }

    private static void assertProblem(String text, int line, Problem problem, String detail) {
        assertThatThrownBy(() -> PabulibFile.read(text)).as("%s", problem)
                .isInstanceOfSatisfying(PabulibFormatException.class, e -> {
                    assertThat(e.problem()).isEqualTo(problem);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.detail()).isEqualTo(detail);
                });
    }
}
