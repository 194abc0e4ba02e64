-- Monitoring: a grant's reports (scheduled when it is accepted), their reminders (each sent once), the people
-- social prescribers referred per need, spend per budget line, optional banded demographics, photos with consent;
-- wellbeing answers per pseudonymous participant; the funded activities' directory listings.

CREATE TABLE grant_report (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id     BIGINT        NOT NULL,
    grant_id           BIGINT        NOT NULL,
    round_id           BIGINT        NOT NULL,
    organisation_id    BIGINT        NOT NULL,
    kind               VARCHAR(10)   NOT NULL,
    form_type          VARCHAR(10)   NOT NULL,
    due_on             DATE          NOT NULL,
    status             VARCHAR(12)   NOT NULL,
    sessions           INT,
    participants       INT,
    attendances        INT,
    story              LONGTEXT,
    challenges         LONGTEXT,
    plan_changes       LONGTEXT,
    spend_confirmed    BOOLEAN       NOT NULL DEFAULT FALSE,
    photo_consent      BOOLEAN       NOT NULL DEFAULT FALSE,
    submitted_at       DATETIME(6),
    submitted_by       BIGINT,
    reviewed_at        DATETIME(6),
    reviewed_by        VARCHAR(200),
    review_comments    LONGTEXT,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_report_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id),
    CONSTRAINT uk_report_grant_kind UNIQUE (grant_id, kind)
);
CREATE INDEX ix_report_due ON grant_report (status, due_on);
CREATE INDEX ix_report_partnership ON grant_report (partnership_id, status, due_on);

CREATE TABLE grant_report_referral (
    report_id         BIGINT NOT NULL,
    need_category_id  BIGINT NOT NULL,
    referrals         INT    NOT NULL,
    PRIMARY KEY (report_id, need_category_id),
    CONSTRAINT fk_report_referral_report FOREIGN KEY (report_id) REFERENCES grant_report (id),
    CONSTRAINT fk_report_referral_need FOREIGN KEY (need_category_id) REFERENCES need_category (id)
);
CREATE INDEX ix_report_referral_need ON grant_report_referral (need_category_id);

CREATE TABLE grant_report_spend (
    report_id     BIGINT       NOT NULL,
    position      INT          NOT NULL,
    item          VARCHAR(200) NOT NULL,
    budget_pence  BIGINT       NOT NULL,
    spent_pence   BIGINT,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_report_spend_report FOREIGN KEY (report_id) REFERENCES grant_report (id)
);

CREATE TABLE grant_report_demographic (
    report_id  BIGINT      NOT NULL,
    dimension  VARCHAR(20) NOT NULL,
    band       VARCHAR(30) NOT NULL,
    people     INT         NOT NULL,
    PRIMARY KEY (report_id, dimension, band),
    CONSTRAINT fk_report_demographic_report FOREIGN KEY (report_id) REFERENCES grant_report (id)
);

CREATE TABLE grant_report_photo (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id     BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    content       LONGBLOB     NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_report_photo_report FOREIGN KEY (report_id) REFERENCES grant_report (id)
);

-- One row per reminder sent: the primary key is what makes two nodes, or a restart, send it once.
CREATE TABLE report_reminder (
    report_id  BIGINT       NOT NULL,
    reminder   VARCHAR(12)  NOT NULL,
    due_on     DATE         NOT NULL,
    sent_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (report_id, reminder, due_on),
    CONSTRAINT fk_report_reminder_report FOREIGN KEY (report_id) REFERENCES grant_report (id)
);

CREATE TABLE outcome_answer (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id    BIGINT       NOT NULL,
    grant_id          BIGINT       NOT NULL,
    round_id          BIGINT       NOT NULL,
    participant_code  VARCHAR(20)  NOT NULL,
    stage             VARCHAR(10)  NOT NULL,
    collected_on      DATE,
    ons4_satisfied    INT,
    ons4_worthwhile   INT,
    ons4_happy        INT,
    ons4_anxious      INT,
    swemwbs_1         INT,
    swemwbs_2         INT,
    swemwbs_3         INT,
    swemwbs_4         INT,
    swemwbs_5         INT,
    swemwbs_6         INT,
    swemwbs_7         INT,
    entered_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_outcome_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id),
    CONSTRAINT uk_outcome_participant_stage UNIQUE (grant_id, participant_code, stage)
);
CREATE INDEX ix_outcome_round ON outcome_answer (round_id);

CREATE TABLE directory_listing (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id        VARCHAR(36)   NOT NULL,
    partnership_id   BIGINT        NOT NULL,
    grant_id         BIGINT        NOT NULL,
    organisation_id  BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    description      VARCHAR(4000) NOT NULL,
    who_for          VARCHAR(2000),
    how_to_refer     VARCHAR(2000),
    referral_email   VARCHAR(254),
    web_address      VARCHAR(500),
    venue_name       VARCHAR(200),
    address_line     VARCHAR(300),
    postcode         VARCHAR(10),
    published        BOOLEAN       NOT NULL DEFAULT FALSE,
    updated_at       DATETIME(6)   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_listing_grant FOREIGN KEY (grant_id) REFERENCES grant_award (id),
    CONSTRAINT uk_listing_grant UNIQUE (grant_id),
    CONSTRAINT uk_listing_public_id UNIQUE (public_id)
);
CREATE INDEX ix_listing_partnership ON directory_listing (partnership_id, published);

CREATE TABLE directory_session (
    listing_id   BIGINT       NOT NULL,
    position     INT          NOT NULL,
    day_of_week  VARCHAR(9)   NOT NULL,
    starts_at    TIME         NOT NULL,
    ends_at      TIME         NOT NULL,
    note         VARCHAR(200),
    PRIMARY KEY (listing_id, position),
    CONSTRAINT fk_session_listing FOREIGN KEY (listing_id) REFERENCES directory_listing (id)
);
