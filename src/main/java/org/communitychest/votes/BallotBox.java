package org.communitychest.votes;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The ballots of a vote, in plain JDBC: one row a voter, keyed by the voter's ballot key, which the database keeps
 * unique, so two submissions at once write one ballot (the later one's ticks win).
 */
@Component
class BallotBox {

    private final JdbcTemplate jdbc;

    BallotBox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void put(long voteId, String ballotKey, Set<Long> approved) {
        String ticks = new TreeSet<>(approved).stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.update("""
                INSERT INTO ballot (vote_id, ballot_key, approved) VALUES (?, ?, ?)
                ON DUPLICATE KEY UPDATE approved = ?""", voteId, ballotKey, ticks, ticks);
    }

    Optional<Set<Long>> get(long voteId, String ballotKey) {
        return jdbc.query("SELECT approved FROM ballot WHERE vote_id = ? AND ballot_key = ?", // not user text: SQL
                (rs, n) -> parse(rs.getString(1)), voteId, ballotKey).stream().findFirst();
    }

    /** Every ballot of the vote, in the order of their keys (which says nothing of who or when). */
    List<Set<Long>> all(long voteId) {
        return jdbc.query("SELECT approved FROM ballot WHERE vote_id = ? ORDER BY ballot_key", // not user text
                (rs, n) -> parse(rs.getString(1)), voteId);
    }

    long count(long voteId) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM ballot WHERE vote_id = ?", // not user text: SQL
                Long.class, voteId);
        return count == null ? 0 : count;
    }

    private static Set<Long> parse(String ticks) {
        return ticks.isEmpty() ? Set.of() : Arrays.stream(ticks.split(",")).map(Long::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }
}
