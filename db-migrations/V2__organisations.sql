-- Community groups: the profile a group keeps once and reuses in every application, its members and the
-- invitations members send to colleagues. Runs unchanged on H2 (MySQL mode) and on MySQL 8 / MariaDB 10.11.

CREATE TABLE organisation (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    legal_form       VARCHAR(40)  NOT NULL,
    charity_number   VARCHAR(12),
    company_number   VARCHAR(8),
    address_line1    VARCHAR(200) NOT NULL,
    address_line2    VARCHAR(200),
    town             VARCHAR(100) NOT NULL,
    postcode         VARCHAR(8)   NOT NULL,
    income_band      VARCHAR(30)  NOT NULL,
    web_address      VARCHAR(300),
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE organisation_member (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL,
    user_id          BIGINT      NOT NULL,
    joined_at        DATETIME(6) NOT NULL,
    CONSTRAINT uk_member UNIQUE (organisation_id, user_id),
    CONSTRAINT fk_member_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_member_user ON organisation_member (user_id);

CREATE TABLE organisation_invitation (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL,
    email            VARCHAR(254) NOT NULL,
    token_hash       VARCHAR(64)  NOT NULL,
    invited_by       BIGINT       NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    accepted_at      DATETIME(6),
    accepted_by      BIGINT,
    CONSTRAINT uk_invitation_token UNIQUE (token_hash),
    CONSTRAINT fk_invitation_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_invitation_inviter FOREIGN KEY (invited_by) REFERENCES app_user (id),
    CONSTRAINT fk_invitation_accepter FOREIGN KEY (accepted_by) REFERENCES app_user (id)
);
CREATE INDEX ix_invitation_organisation ON organisation_invitation (organisation_id, email);
