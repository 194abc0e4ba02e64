-- Panels (issue 10): a round's panel and its members, conflict declarations, score sheets with their criterion
-- scores and amendments, moderated scores, and the panel's decision with who voted for it.

CREATE TABLE panel (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id  BIGINT        NOT NULL,
    round_id        BIGINT        NOT NULL,
    lottery_seed    BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(320)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_panel_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_panel_round FOREIGN KEY (round_id) REFERENCES funding_round (id),
    CONSTRAINT uk_panel_round UNIQUE (round_id)
);

CREATE TABLE panel_member (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    panel_id               BIGINT        NOT NULL,
    account_id             BIGINT        NOT NULL,
    kind                   VARCHAR(20)   NOT NULL,
    invited_at             DATETIME(6)   NOT NULL,
    guidance_confirmed_at  DATETIME(6),
    practice_scored_at     DATETIME(6),
    CONSTRAINT fk_member_panel FOREIGN KEY (panel_id) REFERENCES panel (id),
    CONSTRAINT fk_member_account FOREIGN KEY (account_id) REFERENCES app_user (id),
    CONSTRAINT uk_panel_member UNIQUE (panel_id, account_id)
);

CREATE TABLE panel_conflict (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    panel_id        BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    conflicted      BOOLEAN       NOT NULL,
    reason          VARCHAR(1000),
    declared_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_conflict_panel FOREIGN KEY (panel_id) REFERENCES panel (id),
    CONSTRAINT fk_conflict_member FOREIGN KEY (member_id) REFERENCES panel_member (id),
    CONSTRAINT fk_conflict_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT uk_panel_conflict UNIQUE (member_id, application_id)
);

CREATE TABLE score_sheet (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    panel_id        BIGINT        NOT NULL,
    round_id        BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    submitted_at    DATETIME(6),
    locked_at       DATETIME(6),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_sheet_panel FOREIGN KEY (panel_id) REFERENCES panel (id),
    CONSTRAINT fk_sheet_member FOREIGN KEY (member_id) REFERENCES panel_member (id),
    CONSTRAINT fk_sheet_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT uk_score_sheet UNIQUE (round_id, member_id, application_id)
);
CREATE INDEX ix_sheet_panel ON score_sheet (panel_id, status);

CREATE TABLE score_sheet_criterion (
    sheet_id      BIGINT        NOT NULL,
    criterion_id  BIGINT        NOT NULL,
    level         INT,
    comment       VARCHAR(2000),
    PRIMARY KEY (sheet_id, criterion_id),
    CONSTRAINT fk_sheet_criterion_sheet FOREIGN KEY (sheet_id) REFERENCES score_sheet (id),
    CONSTRAINT fk_sheet_criterion_criterion FOREIGN KEY (criterion_id) REFERENCES round_criterion (id)
);

CREATE TABLE score_amendment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    sheet_id        BIGINT        NOT NULL,
    criterion_id    BIGINT        NOT NULL,
    before_level    INT,
    before_comment  VARCHAR(2000),
    after_level     INT           NOT NULL,
    after_comment   VARCHAR(2000) NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    amended_at      DATETIME(6)   NOT NULL,
    amended_by      VARCHAR(320)  NOT NULL,
    CONSTRAINT fk_amendment_sheet FOREIGN KEY (sheet_id) REFERENCES score_sheet (id)
);

CREATE TABLE moderated_score (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    panel_id        BIGINT        NOT NULL,
    application_id  BIGINT        NOT NULL,
    score           DOUBLE,
    previous_score  DOUBLE,
    reason          VARCHAR(1000) NOT NULL,
    set_at          DATETIME(6)   NOT NULL,
    set_by          VARCHAR(320)  NOT NULL,
    CONSTRAINT fk_moderated_panel FOREIGN KEY (panel_id) REFERENCES panel (id),
    CONSTRAINT fk_moderated_application FOREIGN KEY (application_id) REFERENCES application (id)
);
CREATE INDEX ix_moderated_panel ON moderated_score (panel_id, application_id, set_at);

CREATE TABLE panel_decision (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    panel_id         BIGINT        NOT NULL,
    method           VARCHAR(20)   NOT NULL,
    lottery_seed     BIGINT        NOT NULL,
    members_present  INT           NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    recorded_by      VARCHAR(320)  NOT NULL,
    released_at      DATETIME(6),
    released_by      VARCHAR(320),
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_decision_panel FOREIGN KEY (panel_id) REFERENCES panel (id),
    CONSTRAINT uk_decision_panel UNIQUE (panel_id)
);

CREATE TABLE panel_decision_vote (
    decision_id  BIGINT NOT NULL,
    member_id    BIGINT NOT NULL,
    PRIMARY KEY (decision_id, member_id),
    CONSTRAINT fk_vote_decision FOREIGN KEY (decision_id) REFERENCES panel_decision (id),
    CONSTRAINT fk_vote_member FOREIGN KEY (member_id) REFERENCES panel_member (id)
);

CREATE TABLE panel_decision_bid (
    decision_id      BIGINT        NOT NULL,
    application_id   BIGINT        NOT NULL,
    outcome          VARCHAR(20)   NOT NULL,
    amount_pence     BIGINT        NOT NULL,
    override_reason  VARCHAR(1000),
    feedback         VARCHAR(4000),
    PRIMARY KEY (decision_id, application_id),
    CONSTRAINT fk_decision_bid_decision FOREIGN KEY (decision_id) REFERENCES panel_decision (id),
    CONSTRAINT fk_decision_bid_application FOREIGN KEY (application_id) REFERENCES application (id)
);
