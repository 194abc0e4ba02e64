-- Foundation: partnerships, reference data, accounts, mail log, audit trail.
-- Runs unchanged on H2 (MySQL mode) and on MySQL 8 / MariaDB 10.11.

CREATE TABLE partnership (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(16)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_partnership_code UNIQUE (code)
);

CREATE TABLE area (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id  BIGINT       NOT NULL,
    area_type       VARCHAR(20)  NOT NULL,
    code            VARCHAR(20)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    parent_id       BIGINT,
    imd_decile      INT,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_area_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_area_parent FOREIGN KEY (parent_id) REFERENCES area (id),
    CONSTRAINT uk_area_code UNIQUE (partnership_id, code)
);

CREATE TABLE need_category (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id  BIGINT       NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    label           VARCHAR(120) NOT NULL,
    snomed_code     VARCHAR(20),
    retired         BOOLEAN      NOT NULL DEFAULT FALSE,
    sort_order      INT          NOT NULL DEFAULT 0,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_need_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT uk_need_code UNIQUE (partnership_id, code)
);

CREATE TABLE app_user (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(200),
    email_verified  BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    partnership_id  BIGINT,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_email UNIQUE (email),
    CONSTRAINT fk_user_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
);

CREATE TABLE user_role (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE one_time_token (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT      NOT NULL,
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    used_at     DATETIME(6),
    CONSTRAINT uk_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE login_throttle (
    email           VARCHAR(254) NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL,
    first_failure   DATETIME(6)  NOT NULL,
    locked_until    DATETIME(6)
);

CREATE TABLE mail_message (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id   BIGINT,
    template         VARCHAR(40)  NOT NULL,
    recipient        VARCHAR(254) NOT NULL,
    subject          VARCHAR(300) NOT NULL,
    text_body        LONGTEXT     NOT NULL,
    html_body        LONGTEXT     NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6),
    last_error       VARCHAR(1000),
    created_at       DATETIME(6)  NOT NULL,
    sent_at          DATETIME(6),
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ix_mail_due ON mail_message (status, next_attempt_at);

CREATE TABLE mail_attachment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    mail_id       BIGINT       NOT NULL,
    file_name     VARCHAR(200) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    content       LONGBLOB     NOT NULL,
    CONSTRAINT fk_attachment_mail FOREIGN KEY (mail_id) REFERENCES mail_message (id)
);

CREATE TABLE audit_entry (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at     DATETIME(6)  NOT NULL,
    actor           VARCHAR(254) NOT NULL,
    partnership_id  BIGINT,
    action          VARCHAR(60)  NOT NULL,
    subject_type    VARCHAR(60)  NOT NULL,
    subject_id      VARCHAR(60),
    before_value    LONGTEXT,
    after_value     LONGTEXT
);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_partnership ON audit_entry (partnership_id, occurred_at);

CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until  DATETIME(3)  NOT NULL,
    locked_at   DATETIME(3)  NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);
