package org.communitychest.votes;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.communitychest.applications.BallotBid;
import org.communitychest.applications.BallotBids;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.Message;
import org.communitychest.base.Money;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.organisations.OrganisationSummary;
import org.communitychest.organisations.Organisations;
import org.communitychest.place.Partnerships;
import org.communitychest.panels.PublishedDecisions;
import org.communitychest.rounds.Rounds;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A voter's side of a vote, open to anyone who holds a code or is signed in as someone the vote lets in: the ballot,
 * and casting it (again, as often as they like, until the vote closes). The ballot is stored under a key only the
 * open vote's secret links to the voter; the voter's own row says only that they have voted.
 */
@Service
public class Ballots {

    private final VoteRepository votes;
    private final VoterRepository voters;
    private final BallotBox box;
    private final BallotBids bids;
    private final Rounds rounds;
    private final Partnerships partnerships;
    private final Organisations organisations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final PublishedDecisions decisions;

    Ballots(VoteRepository votes, VoterRepository voters, BallotBox box, BallotBids bids, Rounds rounds,
            Partnerships partnerships, Organisations organisations, CurrentUser currentUser, Clock clock,
            PublishedDecisions decisions) {
        this.decisions = decisions;
        this.votes = votes;
        this.voters = voters;
        this.box = box;
        this.bids = bids;
        this.rounds = rounds;
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The ballot a code opens; an unknown code is refused beside the code field, whatever the reason. */
    @Transactional(readOnly = true)
    public BallotPaper withCode(String code) {
        var voter = voters.findByCodeHash(BallotKeys.hashOfCode(code))
                .orElseThrow(() -> new InvalidInputException("code", Message.of("votes.ballot.code-unknown")));
        return paper(new BallotPass(voter.getVoteId(), BallotKeys.normalise(code)), votes.findById(voter.getVoteId())
                .orElseThrow(), voter);
    }

    /** The ballot of a signed-in voter; someone the vote does not let in finds no such ballot. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public BallotPaper forMe(long voteId) {
        var pass = new BallotPass(voteId, null);
        var vote = votes.findById(voteId).orElseThrow(Ballots::notFound);
        return paper(pass, vote, voter(pass, vote, true));
    }

    /** The open votes the signed-in person may vote in, and whether they have, for their home page. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MyVote> myOpenVotes() {
        if (currentUser.optional().isEmpty()) {
            return List.of();
        }
        var now = clock.instant();
        return votes.findByStateOrderByClosesAtAsc(VoteState.OPEN).stream().filter(v -> v.takesBallots(now))
                .flatMap(vote -> hasVoted(vote).map(voted -> new MyVote(vote.getId(),
                        rounds.published(vote.getRoundId()).title(), vote.getClosesAt(), voted)).stream())
                .toList();
    }

    /** Whether the signed-in person has voted in the vote, if they may vote in it at all. */
    private Optional<Boolean> hasVoted(Vote vote) {
        var voter = findSignedInVoter(vote, false);
        if (voter.isPresent()) {
            return Optional.of(voter.get().hasVoted());
        }
        return applicantGroup(vote).map(group -> false);
    }

    /**
     * Casts the ballot, or changes the one cast before: every tick must be a bid on this voter's ballot, and as many
     * as the vote allows. Refused beside the ticks, and nothing changes, if not; refused once the vote has closed.
     */
    @Transactional
    public BallotPaper cast(BallotPass pass, Set<Long> approved) {
        var vote = votes.findById(pass.voteId()).orElseThrow(Ballots::notFound);
        var voter = voter(pass, vote, true);
        if (!vote.takesBallots(clock.instant())) {
            throw new InvalidInputException("ticks", Message.of(vote.getState() == VoteState.CLOSED
                    || !clock.instant().isBefore(vote.getClosesAt()) ? "votes.ballot.closed"
                    : "votes.ballot.not-open"));
        }
        var onBallot = ballotFor(vote, voter);
        var allowed = new HashSet<Long>();
        onBallot.forEach(b -> allowed.add(b.id()));
        if (!allowed.containsAll(approved)) {
            throw notFound();
        }
        if (approved.size() < Math.max(1, vote.getMinTicks())) {
            throw new InvalidInputException("ticks", vote.getMinTicks() > 1
                    ? Message.of("votes.ballot.too-few", vote.getMinTicks())
                    : Message.of("votes.ballot.none-ticked"));
        }
        if (vote.getMaxTicks() > 0 && approved.size() > vote.getMaxTicks()) {
            throw new InvalidInputException("ticks", Message.of("votes.ballot.too-many", vote.getMaxTicks()));
        }
        box.put(vote.getId(), BallotKeys.ballotKey(vote.getBallotSecret(), voter.getId()), approved);
        voter.voted();
        voters.saveAndFlush(voter);
        return paper(pass, vote, voter, onBallot);
    }

    private BallotPaper paper(BallotPass pass, Vote vote, Voter voter) {
        return paper(pass, vote, voter, ballotFor(vote, voter));
    }

    private BallotPaper paper(BallotPass pass, Vote vote, Voter voter, List<BallotBid> onBallot) {
        var round = rounds.published(vote.getRoundId());
        Set<Long> approved = vote.getBallotSecret() == null ? Set.of()
                : box.get(vote.getId(), BallotKeys.ballotKey(vote.getBallotSecret(), voter.getId())).orElse(Set.of());
        boolean published = vote.getState() == VoteState.CLOSED && decisions.ofRound(round.id())
                .filter(d -> d.method().byVote()).isPresent();
        return new BallotPaper(pass, round.id(), published, round.title(),
                partnerships.get(vote.getPartnershipId()).name(), Money.ofPence(vote.getPotPence()),
                vote.getClosesAt(), vote.takesBallots(clock.instant()), vote.getState(), vote.getMinTicks(),
                vote.getMaxTicks(), onBallot, approved, voter.hasVoted());
    }

    private List<BallotBid> ballotFor(Vote vote, Voter voter) {
        var all = bids.of(vote.getRoundId(), vote.getBids());
        if (voter.getKind() != VoterKind.APPLICANT) {
            return all;
        }
        return all.stream().filter(b -> b.organisationId() != voter.getOrganisationId()).toList();
    }

    private Voter voter(BallotPass pass, Vote vote, boolean enrolApplicant) {
        if (pass.code() != null) {
            return voters.findByCodeHash(BallotKeys.hashOfCode(pass.code()))
                    .filter(v -> v.getVoteId() == vote.getId()).orElseThrow(Ballots::notFound);
        }
        return findSignedInVoter(vote, enrolApplicant).orElseThrow(Ballots::notFound);
    }

    /**
     * A resident invited at the email they sign in with, or the first of their groups that applied to the round
     * (the group's ballot, shared by its members: a group votes once).
     */
    private Optional<Voter> findSignedInVoter(Vote vote, boolean enrolApplicant) {
        var user = currentUser.optional();
        if (user.isEmpty()) {
            return Optional.empty();
        }
        var invited = voters.findByVoteIdAndEmail(vote.getId(), user.get().email());
        if (invited.isPresent()) {
            return invited;
        }
        var group = applicantGroup(vote);
        if (group.isEmpty()) {
            return Optional.empty();
        }
        var existing = voters.findByVoteIdAndOrganisationId(vote.getId(), group.get());
        if (existing.isPresent() || !enrolApplicant) {
            return existing;
        }
        voters.enrolApplicant(vote.getId(), group.get());
        return voters.lockApplicant(vote.getId(), group.get());
    }

    /** The first of the signed-in applicant's groups that applied to the round, if the round's groups vote. */
    private Optional<Long> applicantGroup(Vote vote) {
        var user = currentUser.optional();
        if (!vote.isApplicantsVote() || user.isEmpty() || !user.get().roleNames().contains("APPLICANT")) {
            return Optional.empty();
        }
        var mine = organisations.mine().stream().map(OrganisationSummary::id).toList();
        var applied = bids.applicantsAmong(vote.getRoundId(), mine);
        return mine.stream().filter(applied::contains).sorted().findFirst();
    }

    private static RecordNotFoundException notFound() {
        return new RecordNotFoundException("Ballot"); // not user text: what was not found
    }
}
