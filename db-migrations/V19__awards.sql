-- Awards (issue 12): a released decision's funded bids become grants, offered, accepted online, checked and paid.

-- What a partnership prints on its letters and publishes its grants under (360Giving).
ALTER TABLE partnership ADD COLUMN letter_address VARCHAR(500) NULL;
ALTER TABLE partnership ADD COLUMN contact_email VARCHAR(320) NULL;
ALTER TABLE partnership ADD COLUMN giving_prefix VARCHAR(40) NULL;
ALTER TABLE partnership ADD COLUMN funder_org_id VARCHAR(100) NULL;

-- "grant" is a reserved word in SQL: the table is grant_award.
CREATE TABLE grant_award (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id       BIGINT         NOT NULL,
    round_id             BIGINT         NOT NULL,
    application_id       BIGINT         NOT NULL,
    organisation_id      BIGINT         NOT NULL,
    reference            VARCHAR(40)    NOT NULL,
    organisation_name    VARCHAR(200)   NOT NULL,
    project_title        VARCHAR(200)   NOT NULL,
    summary              TEXT           NULL,
    requested_pence      BIGINT         NOT NULL,
    status               VARCHAR(20)    NOT NULL,
    amount_pence         BIGINT         NOT NULL,
    conditions           TEXT           NULL,
    start_date           DATE           NOT NULL,
    end_date             DATE           NOT NULL,
    safeguarding_needed  BOOLEAN        NOT NULL DEFAULT TRUE,
    letter_language      VARCHAR(5)     NOT NULL DEFAULT 'en',
    offered_at           DATETIME(6)    NULL,
    offered_by           VARCHAR(320)   NULL,
    answered_at          DATETIME(6)    NULL,
    answered_by          BIGINT         NULL,
    signer_name          VARCHAR(200)   NULL,
    signer_role          VARCHAR(200)   NULL,
    signer_address       VARCHAR(64)    NULL,
    decline_reason       TEXT           NULL,
    withdrawn_at         DATETIME(6)    NULL,
    withdrawn_by         VARCHAR(320)   NULL,
    withdraw_reason      TEXT           NULL,
    completed_at         DATETIME(6)    NULL,
    updated_at           DATETIME(6)    NOT NULL,
    version              BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_grant_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_grant_round FOREIGN KEY (round_id) REFERENCES funding_round (id),
    CONSTRAINT fk_grant_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_grant_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uk_grant_application UNIQUE (application_id),
    CONSTRAINT ck_grant_amount CHECK (amount_pence > 0),
    CONSTRAINT ck_grant_dates CHECK (end_date >= start_date)
);
CREATE INDEX ix_grant_round ON grant_award (round_id, status);
CREATE INDEX ix_grant_organisation ON grant_award (organisation_id);
CREATE INDEX ix_grant_published ON grant_award (partnership_id, status, id);

-- What the grant is for, as the application said when it was funded: published with it.
CREATE TABLE grant_need (
    grant_id  BIGINT NOT NULL,
    need_id   BIGINT NOT NULL,
    PRIMARY KEY (grant_id, need_id),
    CONSTRAINT fk_grant_need_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id),
    CONSTRAINT fk_grant_need_need FOREIGN KEY (need_id) REFERENCES need_category (id)
);

CREATE TABLE grant_area (
    grant_id  BIGINT NOT NULL,
    area_id   BIGINT NOT NULL,
    PRIMARY KEY (grant_id, area_id),
    CONSTRAINT fk_grant_area_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id),
    CONSTRAINT fk_grant_area_area FOREIGN KEY (area_id) REFERENCES area (id)
);

-- The payment schedule; an instalment is paid once, with the finance system's reference (no bank details here).
CREATE TABLE grant_instalment (
    grant_id           BIGINT        NOT NULL,
    position           INT           NOT NULL,
    amount_pence       BIGINT        NOT NULL,
    due_date           DATE          NOT NULL,
    on_final_report    BOOLEAN       NOT NULL DEFAULT FALSE,
    paid_on            DATE          NULL,
    paid_pence         BIGINT        NULL,
    finance_reference  VARCHAR(100)  NULL,
    recorded_by        VARCHAR(320)  NULL,
    recorded_at        DATETIME(6)   NULL,
    PRIMARY KEY (grant_id, position),
    CONSTRAINT fk_instalment_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id),
    CONSTRAINT ck_instalment_amount CHECK (amount_pence > 0)
);

-- The budget the grant pays for, copied from the application and changed only by an approved variation.
CREATE TABLE grant_budget_line (
    grant_id      BIGINT        NOT NULL,
    position      INT           NOT NULL,
    item          VARCHAR(200)  NOT NULL,
    cost_pence    BIGINT        NOT NULL,
    PRIMARY KEY (grant_id, position),
    CONSTRAINT fk_grant_budget_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id)
);

-- The letters as sent and as signed, kept as they were.
CREATE TABLE grant_letter (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    grant_id     BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    language     VARCHAR(5)    NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    content      LONGBLOB      NOT NULL,
    made_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_letter_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id)
);
CREATE INDEX ix_letter_grant ON grant_letter (grant_id, kind);

-- Each version of the grant's terms: the offer, then every approved variation.
CREATE TABLE grant_version (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    grant_id      BIGINT         NOT NULL,
    number        INT            NOT NULL,
    made_at       DATETIME(6)    NOT NULL,
    made_by       VARCHAR(320)   NOT NULL,
    amount_pence  BIGINT         NOT NULL,
    start_date    DATE           NOT NULL,
    end_date      DATE           NOT NULL,
    budget        TEXT           NOT NULL,
    reason        TEXT           NULL,
    CONSTRAINT fk_version_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id),
    CONSTRAINT uk_version_number UNIQUE (grant_id, number)
);

-- A group's request to change its grant, and the officer's answer.
CREATE TABLE grant_variation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    grant_id        BIGINT         NOT NULL,
    status          VARCHAR(20)    NOT NULL,
    reason          TEXT           NOT NULL,
    start_date      DATE           NOT NULL,
    end_date        DATE           NOT NULL,
    amount_pence    BIGINT         NOT NULL,
    budget          TEXT           NOT NULL,
    requested_at    DATETIME(6)    NOT NULL,
    requested_by    BIGINT         NOT NULL,
    answered_at     DATETIME(6)    NULL,
    answered_by     VARCHAR(320)   NULL,
    answer          TEXT           NULL,
    version         BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_variation_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id)
);
CREATE INDEX ix_variation_grant ON grant_variation (grant_id, status);

-- Due diligence documents belong to the organisation, so one verified this year is not asked for again.
CREATE TABLE due_diligence_document (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT         NOT NULL,
    kind             VARCHAR(30)    NOT NULL,
    file_name        VARCHAR(255)   NOT NULL,
    content_type     VARCHAR(100)   NOT NULL,
    size_bytes       BIGINT         NOT NULL,
    sha256           VARCHAR(64)    NOT NULL,
    uploaded_at      DATETIME(6)    NOT NULL,
    uploaded_by      BIGINT         NOT NULL,
    verified_at      DATETIME(6)    NULL,
    verified_by      VARCHAR(320)   NULL,
    rejected_reason  TEXT           NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_diligence_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id)
);
CREATE INDEX ix_diligence_organisation ON due_diligence_document (organisation_id, kind, uploaded_at);

CREATE TABLE due_diligence_content (
    document_id  BIGINT    NOT NULL PRIMARY KEY,
    content      LONGBLOB  NOT NULL,
    CONSTRAINT fk_diligence_content FOREIGN KEY (document_id) REFERENCES due_diligence_document (id)
);
