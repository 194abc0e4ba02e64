-- Applications: drafts saved as the applicant goes, budget, targets, documents, submission, screening.

CREATE TABLE application (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id          BIGINT        NOT NULL,
    round_id                BIGINT        NOT NULL,
    organisation_id         BIGINT        NOT NULL,
    organisation_name       VARCHAR(200)  NOT NULL,
    created_by              BIGINT        NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    reference               VARCHAR(20),
    status                  VARCHAR(20)   NOT NULL,
    form_type               VARCHAR(10)   NOT NULL,
    project_title           VARCHAR(200),
    summary                 VARCHAR(4000),
    summary_media_url       VARCHAR(500),
    need_statement          LONGTEXT,
    beneficiaries           VARCHAR(2000),
    referral_capacity       INT,
    activities              LONGTEXT,
    start_date              DATE,
    end_date                DATE,
    amount_requested_pence  BIGINT        NOT NULL DEFAULT 0,
    no_governing_document   BOOLEAN       NOT NULL DEFAULT FALSE,
    declared_true           BOOLEAN       NOT NULL DEFAULT FALSE,
    declared_share          BOOLEAN       NOT NULL DEFAULT FALSE,
    declared_safeguarding   BOOLEAN       NOT NULL DEFAULT FALSE,
    declarant_name          VARCHAR(100),
    declarant_role          VARCHAR(100),
    submitted_at            DATETIME(6),
    screened_at             DATETIME(6),
    withdrawn_at            DATETIME(6),
    version                 BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_application_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_application_round FOREIGN KEY (round_id) REFERENCES funding_round (id),
    CONSTRAINT fk_application_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uk_application_reference UNIQUE (reference)
);
CREATE INDEX ix_application_round ON application (round_id, status);
CREATE INDEX ix_application_organisation ON application (organisation_id);

CREATE TABLE application_need (
    application_id    BIGINT NOT NULL,
    need_category_id  BIGINT NOT NULL,
    PRIMARY KEY (application_id, need_category_id),
    CONSTRAINT fk_app_need_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_app_need_category FOREIGN KEY (need_category_id) REFERENCES need_category (id)
);
CREATE INDEX ix_app_need_category ON application_need (need_category_id);

CREATE TABLE application_area (
    application_id  BIGINT NOT NULL,
    area_id         BIGINT NOT NULL,
    PRIMARY KEY (application_id, area_id),
    CONSTRAINT fk_app_area_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_app_area_area FOREIGN KEY (area_id) REFERENCES area (id)
);
CREATE INDEX ix_app_area_area ON application_area (area_id);

CREATE TABLE application_budget_line (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT       NOT NULL,
    position        INT          NOT NULL,
    item            VARCHAR(200) NOT NULL,
    cost_pence      BIGINT       NOT NULL,
    other_funder    VARCHAR(200),
    CONSTRAINT fk_budget_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE application_eligibility_answer (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id   BIGINT        NOT NULL,
    question_id      BIGINT        NOT NULL,
    answer           BOOLEAN       NOT NULL,
    screening_pass   BOOLEAN,
    screening_reason VARCHAR(1000),
    CONSTRAINT fk_answer_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT uk_answer UNIQUE (application_id, question_id)
);

CREATE TABLE application_document (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id        BIGINT       NOT NULL,
    required_document_id  BIGINT,
    label                 VARCHAR(200) NOT NULL,
    file_name             VARCHAR(255) NOT NULL,
    content_type          VARCHAR(100) NOT NULL,
    size_bytes            BIGINT       NOT NULL,
    sha256                VARCHAR(64)  NOT NULL,
    uploaded_at           DATETIME(6)  NOT NULL,
    uploaded_by           BIGINT       NOT NULL,
    CONSTRAINT fk_document_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE application_document_content (
    document_id  BIGINT   NOT NULL PRIMARY KEY,
    content      LONGBLOB NOT NULL,
    CONSTRAINT fk_content_document FOREIGN KEY (document_id) REFERENCES application_document (id)
);

CREATE TABLE information_request (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT        NOT NULL,
    question        VARCHAR(2000) NOT NULL,
    asked_by        VARCHAR(254)  NOT NULL,
    asked_at        DATETIME(6)   NOT NULL,
    answer          VARCHAR(4000),
    answered_by     VARCHAR(254),
    answered_at     DATETIME(6),
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_info_application FOREIGN KEY (application_id) REFERENCES application (id)
);

CREATE TABLE reference_counter (
    partnership_id  BIGINT NOT NULL,
    ref_year        INT    NOT NULL,
    last_value      INT    NOT NULL,
    PRIMARY KEY (partnership_id, ref_year)
);
