-- A round's panel stages after it closes, CLOSED → SCORING → MODERATION → DECIDED (status stays VARCHAR(20)), with
-- when each began and the scoring deadline; and its allocation rules (src/docs/spec/scoring.md, section 7), fixed
-- once scoring opens. small_group_income_band holds an organisations.IncomeBand name; NULL share percent with it:
-- no share kept for small groups. 0 in min_priority_gaps_covered or partial_award_min_percent: no such rule.
ALTER TABLE funding_round ADD COLUMN scoring_opened_at DATETIME(6) NULL;
ALTER TABLE funding_round ADD COLUMN scoring_closes_at DATETIME(6) NULL;
ALTER TABLE funding_round ADD COLUMN scoring_closed_at DATETIME(6) NULL;
ALTER TABLE funding_round ADD COLUMN decided_at DATETIME(6) NULL;
ALTER TABLE funding_round ADD COLUMN one_grant_per_organisation BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE funding_round ADD COLUMN small_group_share_percent INT NULL;
ALTER TABLE funding_round ADD COLUMN small_group_income_band VARCHAR(30) NULL;
ALTER TABLE funding_round ADD COLUMN min_priority_gaps_covered INT NOT NULL DEFAULT 0;
ALTER TABLE funding_round ADD COLUMN partial_award_min_percent INT NOT NULL DEFAULT 0;
CREATE INDEX ix_round_scoring ON funding_round (status, scoring_closes_at);

-- The least part of the pot for bids for an area or for a need category: exactly one of the two is set.
CREATE TABLE round_minimum_share (
    round_id          BIGINT NOT NULL,
    position          INT    NOT NULL,
    area_id           BIGINT NULL,
    need_category_id  BIGINT NULL,
    share_percent     INT    NOT NULL,
    PRIMARY KEY (round_id, position),
    CONSTRAINT fk_share_round FOREIGN KEY (round_id) REFERENCES funding_round (id),
    CONSTRAINT fk_share_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_share_need FOREIGN KEY (need_category_id) REFERENCES need_category (id),
    CONSTRAINT ck_share_one_target CHECK ((area_id IS NULL AND need_category_id IS NOT NULL)
        OR (area_id IS NOT NULL AND need_category_id IS NULL)),
    CONSTRAINT ck_share_percent CHECK (share_percent BETWEEN 1 AND 100)
);
