-- Funding rounds: pot, limits, dates, eligibility questions, scoring criteria, priority gaps, documents.

CREATE TABLE funding_round (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id              BIGINT        NOT NULL,
    title                       VARCHAR(200)  NOT NULL,
    description                 VARCHAR(4000) NOT NULL,
    pot_pence                   BIGINT        NOT NULL,
    min_grant_pence             BIGINT        NOT NULL,
    max_grant_pence             BIGINT        NOT NULL,
    short_form_threshold_pence  BIGINT        NOT NULL,
    opens_at                    DATETIME(6)   NOT NULL,
    closes_at                   DATETIME(6)   NOT NULL,
    project_end_limit           DATE          NOT NULL,
    scale                       VARCHAR(20)   NOT NULL,
    status                      VARCHAR(20)   NOT NULL,
    published_at                DATETIME(6),
    closed_at                   DATETIME(6),
    version                     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_round_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_round_status ON funding_round (status, closes_at);

CREATE TABLE round_eligibility_question (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id      BIGINT        NOT NULL,
    position      INT           NOT NULL,
    question      VARCHAR(500)  NOT NULL,
    passing_answer BOOLEAN      NOT NULL,
    fail_reason   VARCHAR(1000) NOT NULL,
    signpost      VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_eligibility_round FOREIGN KEY (round_id) REFERENCES funding_round (id)
);

CREATE TABLE round_criterion (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id  BIGINT        NOT NULL,
    position  INT           NOT NULL,
    title     VARCHAR(200)  NOT NULL,
    guidance  VARCHAR(2000) NOT NULL,
    weight    INT           NOT NULL,
    CONSTRAINT fk_criterion_round FOREIGN KEY (round_id) REFERENCES funding_round (id)
);

CREATE TABLE round_criterion_descriptor (
    criterion_id  BIGINT        NOT NULL,
    score         INT           NOT NULL,
    descriptor    VARCHAR(1000) NOT NULL,
    PRIMARY KEY (criterion_id, score),
    CONSTRAINT fk_descriptor_criterion FOREIGN KEY (criterion_id) REFERENCES round_criterion (id)
);

CREATE TABLE round_priority (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id          BIGINT NOT NULL,
    need_category_id  BIGINT NOT NULL,
    area_id           BIGINT NOT NULL,
    CONSTRAINT fk_priority_round FOREIGN KEY (round_id) REFERENCES funding_round (id),
    CONSTRAINT fk_priority_need FOREIGN KEY (need_category_id) REFERENCES need_category (id),
    CONSTRAINT fk_priority_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT uk_priority UNIQUE (round_id, need_category_id, area_id)
);

CREATE TABLE round_required_document (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    round_id    BIGINT       NOT NULL,
    position    INT          NOT NULL,
    label       VARCHAR(200) NOT NULL,
    CONSTRAINT fk_document_round FOREIGN KEY (round_id) REFERENCES funding_round (id)
);
