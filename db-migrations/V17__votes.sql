-- Resident votes (issue 11): a round's vote with its times, pot and ballot, who may vote, and the ballots.
-- Ballots are secret: a ballot's key is an HMAC of the voter's row with the vote's own secret, so a voter can change
-- their ballot while the vote is open; the secret is wiped when the vote closes, and from then no one can tell whose
-- ballot is whose. A ballot has no time and no number that follows the order votes came in; a voter row says only
-- whether they have voted.
CREATE TABLE vote (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id  BIGINT        NOT NULL,
    round_id        BIGINT        NOT NULL,
    decision_mode   VARCHAR(20)   NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    opens_at        DATETIME(6)   NULL,
    closes_at       DATETIME(6)   NULL,
    closed_at       DATETIME(6)   NULL,
    pot_pence       BIGINT        NOT NULL,
    min_ticks       INT           NOT NULL DEFAULT 0,
    max_ticks       INT           NOT NULL DEFAULT 0,
    applicants_vote BOOLEAN       NOT NULL DEFAULT FALSE,
    ballot_secret   VARCHAR(64)   NULL,
    lottery_seed    BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(320)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_vote_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_vote_round FOREIGN KEY (round_id) REFERENCES funding_round (id),
    CONSTRAINT uk_vote_round UNIQUE (round_id),
    CONSTRAINT ck_vote_ticks CHECK (min_ticks >= 0 AND max_ticks >= 0)
);
CREATE INDEX ix_vote_state ON vote (state, closes_at);

CREATE TABLE vote_bid (
    vote_id         BIGINT NOT NULL,
    position        INT    NOT NULL,
    application_id  BIGINT NOT NULL,
    PRIMARY KEY (vote_id, position),
    CONSTRAINT fk_vote_bid_vote FOREIGN KEY (vote_id) REFERENCES vote (id),
    CONSTRAINT fk_vote_bid_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT uk_vote_bid UNIQUE (vote_id, application_id)
);

-- Who may vote: a resident invited by email (who also gets a code in the link), a printed one-time code, or a
-- group that applied to the round. Codes are kept only as their SHA-256.
CREATE TABLE vote_voter (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id          BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    email            VARCHAR(320)  NULL,
    organisation_id  BIGINT        NULL,
    code_hash        VARCHAR(64)   NULL,
    has_voted        BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_voter_vote FOREIGN KEY (vote_id) REFERENCES vote (id),
    CONSTRAINT fk_voter_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uk_voter_email UNIQUE (vote_id, email),
    CONSTRAINT uk_voter_organisation UNIQUE (vote_id, organisation_id),
    CONSTRAINT uk_voter_code UNIQUE (code_hash)
);

CREATE TABLE ballot (
    vote_id     BIGINT        NOT NULL,
    ballot_key  VARCHAR(64)   NOT NULL,
    approved    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (vote_id, ballot_key),
    CONSTRAINT fk_ballot_vote FOREIGN KEY (vote_id) REFERENCES vote (id)
);
