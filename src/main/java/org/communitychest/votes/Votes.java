package org.communitychest.votes;

import org.communitychest.rounds.DecisionMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communitychest.applications.DecisionRelease;
import org.communitychest.applications.EligibleBid;
import org.communitychest.audit.AuditLog;
import org.communitychest.base.AppProperties;
import org.communitychest.base.CurrentUser;
import org.communitychest.base.InvalidInputException;
import org.communitychest.base.London;
import org.communitychest.base.Message;
import org.communitychest.base.RecordNotFoundException;
import org.communitychest.notifications.Mailer;
import org.communitychest.notifications.OutgoingMail;
import org.communitychest.place.Partnerships;
import org.communitychest.rounds.RoundDetails;
import org.communitychest.rounds.RoundStatus;
import org.communitychest.rounds.Rounds;
import org.communitychest.security.Accounts;
import org.communitychest.base.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer's votes: one a round, set up, opened and closed, with who may vote (residents invited by email,
 * printed codes, the round's applicant groups). Officers see turnout, never a ballot's voter.
 */
@Service
@PreAuthorize("hasRole('OFFICER')")
public class Votes {

    static final String VOTE = "Vote"; // not user text: audit subject type
    static final int MOST_CODES_AT_ONCE = 500;
    static final int MOST_EMAILS_AT_ONCE = 500;
    private static final java.security.SecureRandom SEEDS = new java.security.SecureRandom();

    private final VoteRepository votes;
    private final VoterRepository voters;
    private final BallotBox ballots;
    private final Rounds rounds;
    private final DecisionRelease bids;
    private final Mailer mailer;
    private final Accounts accounts;
    private final Partnerships partnerships;
    private final AppProperties properties;
    private final AuditLog auditLog;
    private final CurrentUser currentUser;
    private final VoteCodesPdf codesPdf;
    private final org.communitychest.applications.BallotBids ballotBids;
    private final Clock clock;

    Votes(VoteRepository votes, VoterRepository voters, BallotBox ballots, Rounds rounds, DecisionRelease bids,
            Mailer mailer, Accounts accounts, Partnerships partnerships, AppProperties properties, AuditLog auditLog,
            CurrentUser currentUser, VoteCodesPdf codesPdf, org.communitychest.applications.BallotBids ballotBids,
            Clock clock) {
        this.codesPdf = codesPdf;
        this.ballotBids = ballotBids;
        this.votes = votes;
        this.voters = voters;
        this.ballots = ballots;
        this.rounds = rounds;
        this.bids = bids;
        this.mailer = mailer;
        this.accounts = accounts;
        this.partnerships = partnerships;
        this.properties = properties;
        this.auditLog = auditLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<VoteDetails> ofRound(long roundId) {
        rounds.requireMine(roundId);
        return votes.findByRoundId(roundId).map(this::details);
    }

    @Transactional(readOnly = true)
    public VoteDetails get(long voteId) {
        return details(mine(voteId));
    }

    /** The round's eligible bids, any of which may go on the ballot. */
    @Transactional(readOnly = true)
    public List<EligibleBid> candidates(long roundId) {
        return bids.eligibleBids(roundId);
    }

    /**
     * Sets up the round's vote, or changes it while it is still being set up. Every problem is refused beside its
     * field and nothing changes.
     */
    @Transactional
    public VoteDetails save(long roundId, VoteSettings settings) {
        var round = rounds.get(roundId);
        var errors = check(round, settings);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
        var vote = votes.findByRoundId(roundId).orElseGet(() -> new Vote(round.partnershipId(), roundId,
                settings.pot().pence(), SEEDS.nextLong(), clock.instant(), currentUser.actorName()));
        if (vote.getState() != VoteState.DRAFT) {
            throw new InvalidInputException("mode", Message.of("staff.votes.settings.fixed"));
        }
        vote.change(settings);
        var saved = votes.saveAndFlush(vote);
        rounds.chooseDecisionMode(roundId, settings.mode());
        auditLog.record(round.partnershipId(), "VOTE_SET_UP", VOTE, saved.getId(), null,
                "%s;opens=%s;closes=%s;pot=%s;ticks=%d-%d;applicants=%s;bids=%d".formatted( // not user text: audit
                        settings.mode(), settings.opensAt(), settings.closesAt(), settings.pot(),
                        settings.minTicks(), settings.maxTicks(), settings.applicantsVote(), settings.bids().size()));
        return details(saved);
    }

    private Map<String, Message> check(RoundDetails round, VoteSettings s) {
        Map<String, Message> errors = new LinkedHashMap<>();
        if (round.status().compareTo(RoundStatus.CLOSED) < 0) {
            errors.put("mode", Message.of("staff.votes.settings.round-not-closed"));
        }
        if (s.mode() == null || s.mode() == DecisionMode.PANEL) {
            errors.put("mode", Message.of("staff.votes.settings.mode-required"));
        }
        var now = clock.instant();
        if (s.opensAt() == null) {
            errors.put("opensAt", Message.of("staff.votes.settings.opens-required"));
        }
        if (s.closesAt() == null) {
            errors.put("closesAt", Message.of("staff.votes.settings.closes-required"));
        } else if (!s.closesAt().isAfter(now)) {
            errors.put("closesAt", Message.of("staff.votes.settings.closes-passed", London.format(s.closesAt())));
        } else if (s.opensAt() != null && !s.closesAt().isAfter(s.opensAt())) {
            errors.put("closesAt", Message.of("staff.votes.settings.closes-before-opens"));
        }
        if (s.pot() == null || s.pot().pence() <= 0) {
            errors.put("pot", Message.of("staff.votes.settings.pot-required"));
        }
        var eligible = new HashSet<Long>();
        bids.eligibleBids(round.id()).forEach(b -> eligible.add(b.id()));
        if (s.bids().isEmpty()) {
            errors.put("bids", Message.of("staff.votes.settings.bids-required"));
        } else if (!eligible.containsAll(s.bids()) || new HashSet<>(s.bids()).size() != s.bids().size()) {
            errors.put("bids", Message.of("staff.votes.settings.bids-eligible"));
        }
        if (s.minTicks() < 0 || s.maxTicks() < 0) {
            errors.put("minTicks", Message.of("staff.votes.settings.ticks-negative"));
        } else if (s.maxTicks() > 0 && s.minTicks() > s.maxTicks()) {
            errors.put("maxTicks", Message.of("staff.votes.settings.ticks-order"));
        } else if (!s.bids().isEmpty() && Math.max(s.minTicks(), s.maxTicks()) > s.bids().size()) {
            errors.put("maxTicks", Message.of("staff.votes.settings.ticks-more-than-bids", s.bids().size()));
        }
        return errors;
    }

    /** Opens the vote for ballots from its opening time; its settings are fixed from now. */
    @Transactional
    public VoteDetails open(long voteId) {
        var vote = mine(voteId);
        if (vote.getState() != VoteState.DRAFT) {
            throw new InvalidInputException("state", Message.of("staff.votes.open.not-draft"));
        }
        if (!vote.getClosesAt().isAfter(clock.instant())) {
            throw new InvalidInputException("closesAt", Message.of("staff.votes.settings.closes-passed",
                    London.format(vote.getClosesAt())));
        }
        if (!vote.isApplicantsVote() && voters.countByVoteId(voteId) == 0) {
            throw new InvalidInputException("state", Message.of("staff.votes.open.no-voters"));
        }
        vote.open(BallotKeys.newSecret());
        auditLog.record(vote.getPartnershipId(), "VOTE_OPENED", VOTE, voteId, "DRAFT",
                "OPEN;seed=" + vote.getLotterySeed()); // not user text: audit detail
        return details(votes.saveAndFlush(vote));
    }

    /** Closes the vote before its closing time; from now nothing, not even the database, links a ballot to its voter. */
    @Transactional
    public VoteDetails close(long voteId) {
        var vote = mine(voteId);
        if (vote.getState() != VoteState.OPEN) {
            throw new InvalidInputException("state", Message.of("staff.votes.close.not-open"));
        }
        vote.close(clock.instant());
        auditLog.record(vote.getPartnershipId(), "VOTE_CLOSED", VOTE, voteId, "OPEN", "CLOSED");
        return details(votes.saveAndFlush(vote));
    }

    /** Closes every open vote whose closing time has passed; run by {@link VoteCloser}. */
    @PreAuthorize("hasRole('SYSTEM')")
    @Transactional
    public int closeDue() {
        var now = clock.instant();
        int closed = 0;
        for (var vote : votes.findByStateAndClosesAtLessThanEqual(VoteState.OPEN, now)) {
            vote.close(now);
            auditLog.recordAs("system", vote.getPartnershipId(), "VOTE_CLOSED", VOTE, vote.getId(), "OPEN",
                    "CLOSED");
            closed++;
        }
        return closed;
    }

    /**
     * Invites residents by email, one address a line (or separated by commas): each gets a link with a code of
     * their own, queued. Someone already invited is left as they are. Returns how many were invited now.
     */
    @Transactional
    public int inviteByEmail(long voteId, String addresses) {
        var vote = mine(voteId);
        if (vote.getState() == VoteState.CLOSED) {
            throw new InvalidInputException("emails", Message.of("staff.votes.voters.closed"));
        }
        var emails = new ArrayList<String>();
        for (String part : (addresses == null ? "" : addresses).split("[,;\\s]+")) {
            String email = part.strip().toLowerCase(java.util.Locale.ROOT);
            if (email.isEmpty()) {
                continue;
            }
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new InvalidInputException("emails", Message.of("staff.votes.voters.email-invalid", email));
            }
            if (!emails.contains(email)) {
                emails.add(email);
            }
        }
        if (emails.isEmpty()) {
            throw new InvalidInputException("emails", Message.of("staff.votes.voters.emails-required"));
        }
        if (emails.size() > MOST_EMAILS_AT_ONCE) {
            throw new InvalidInputException("emails", Message.of("staff.votes.voters.too-many", MOST_EMAILS_AT_ONCE));
        }
        var round = rounds.get(vote.getRoundId());
        String partnership = partnerships.get(vote.getPartnershipId()).name();
        int invited = 0;
        for (String email : emails) {
            if (voters.findByVoteIdAndEmail(voteId, email).isPresent()) {
                continue;
            }
            String code = BallotKeys.newCode();
            voters.save(Voter.byEmail(voteId, email, BallotKeys.hashOfCode(code)));
            Language language = accounts.languageFor(email, Language.ENGLISH);
            mailer.queue(OutgoingMail.of("vote-invitation", email, language, vote.getPartnershipId())
                    .with("partnership", partnership)
                    .with("round", round.title())
                    .with("closes", London.format(vote.getClosesAt()))
                    .with("code", code)
                    .with("link", properties.link(VotePaths.ballot(code))));
            invited++;
        }
        voters.flush();
        auditLog.record(vote.getPartnershipId(), "VOTE_VOTERS_INVITED", VOTE, voteId, null,
                invited + " by email"); // not user text: audit detail
        return invited;
    }

    /** Codes made for printing: shown this once, with the cards to print them on. */
    public record PrintedCodes(List<String> codes, byte[] pdf) {
    }

    /**
     * One-time codes to print and hand out, for people without email: shown this once, kept only as their hashes.
     */
    @Transactional
    public PrintedCodes printCodes(long voteId, int count) {
        var vote = mine(voteId);
        if (vote.getState() == VoteState.CLOSED) {
            throw new InvalidInputException("codes", Message.of("staff.votes.voters.closed"));
        }
        if (count < 1 || count > MOST_CODES_AT_ONCE) {
            throw new InvalidInputException("codes", Message.of("staff.votes.voters.codes-range", MOST_CODES_AT_ONCE));
        }
        var codes = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            String code = BallotKeys.newCode();
            voters.save(Voter.byCode(voteId, BallotKeys.hashOfCode(code)));
            codes.add(code);
        }
        voters.flush();
        auditLog.record(vote.getPartnershipId(), "VOTE_CODES_PRINTED", VOTE, voteId, null,
                count + " codes"); // not user text: audit detail
        var round = rounds.get(vote.getRoundId());
        return new PrintedCodes(List.copyOf(codes), codesPdf.render(partnerships.get(vote.getPartnershipId()).name(),
                round.title(), vote.getClosesAt(), properties.link(VotePaths.ballotEntry()), codes));
    }

    /**
     * Adds the ballots of a Pabulib file to a closed vote: paper ballots counted elsewhere, or a rehearsal. The
     * file's projects must be the vote's bids (by id or reference) at the same cost in whole pounds; each of its
     * ballots is stored as an anonymous ballot of its own. A file that does not fit is refused whole.
     */
    @Transactional
    public int loadBallots(long voteId, String fileName, byte[] content) {
        var vote = mine(voteId);
        if (vote.getState() != VoteState.CLOSED) {
            throw new InvalidInputException("pb", Message.of("staff.votes.load.not-closed"));
        }
        org.communitychest.votes.count.ApprovalElection election;
        try {
            election = org.communitychest.votes.count.PabulibFile.read(new String(content,
                    java.nio.charset.StandardCharsets.UTF_8)).election();
        } catch (org.communitychest.votes.count.PabulibFormatException e) {
            throw new InvalidInputException("pb", Message.of("staff.votes.load.unreadable", e.line(),
                    Message.of("staff.votes.load.problem." + e.problem().name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', '-'), e.detail())));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("pb", Message.of("staff.votes.load.inconsistent", e.getMessage()));
        }
        Map<String, org.communitychest.applications.BallotBid> byKey = new java.util.HashMap<>();
        for (var bid : ballotBids.of(vote.getRoundId(), vote.getBids())) {
            byKey.put(String.valueOf(bid.id()), bid);
            byKey.put(bid.reference(), bid);
        }
        Map<String, Long> ids = new java.util.HashMap<>();
        for (var project : election.projects()) {
            var bid = byKey.get(project.id());
            if (bid == null) {
                throw new InvalidInputException("pb", Message.of("staff.votes.load.unknown-project", project.id()));
            }
            long pounds = VoteCounting.pounds(bid.cost());
            if (project.cost() != pounds) {
                throw new InvalidInputException("pb", Message.of("staff.votes.load.cost-differs", project.id(),
                        project.cost(), pounds));
            }
            ids.put(project.id(), bid.id());
        }
        int loaded = 0;
        for (var ballot : election.ballots()) {
            if (!ballot.isEmpty()) {
                ballots.put(voteId, BallotKeys.newSecret(), ballot.stream().map(ids::get)
                        .collect(java.util.stream.Collectors.toSet()));
                loaded++;
            }
        }
        auditLog.record(vote.getPartnershipId(), "VOTE_BALLOTS_LOADED", VOTE, voteId, null,
                fileName + ": " + loaded + " ballots"); // not user text: audit detail
        return loaded;
    }

    private Vote mine(long voteId) {
        var vote = votes.findById(voteId).orElseThrow(() -> new RecordNotFoundException(VOTE));
        if (vote.getPartnershipId() != currentUser.partnershipId()) {
            throw new RecordNotFoundException(VOTE);
        }
        return vote;
    }

    private VoteDetails details(Vote vote) {
        long id = vote.getId();
        return new VoteDetails(id, vote.getRoundId(), rounds.get(vote.getRoundId()).decisionMode(), vote.getState(),
                vote.getOpensAt(), vote.getClosesAt(), vote.getClosedAt(), org.communitychest.base.Money.ofPence(vote.getPotPence()),
                vote.getMinTicks(), vote.getMaxTicks(), vote.isApplicantsVote(), vote.getBids(),
                voters.countByVoteId(id), voters.countByVoteIdAndHasVotedTrue(id), ballots.count(id));
    }
}
