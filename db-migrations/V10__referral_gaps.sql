-- Referral gaps (src/docs/spec/referral-gaps.md): the figures social prescribers' systems export, need by need and
-- area by area, imported all or nothing. A figure replaced by a later import of the same period, area and need is
-- kept, marked with the import that replaced it: the current figures are those not replaced.

CREATE TABLE gap_import (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id        BIGINT        NOT NULL,
    file_name             VARCHAR(255)  NOT NULL,
    file_sha256           CHAR(64)      NOT NULL,
    file_bytes            BIGINT        NOT NULL,
    imported_by           VARCHAR(320)  NOT NULL,
    started_at            DATETIME(6)   NOT NULL,
    finished_at           DATETIME(6),
    state                 VARCHAR(20)   NOT NULL,
    rows_read             BIGINT        NOT NULL DEFAULT 0,
    bytes_read            BIGINT        NOT NULL DEFAULT 0,
    rows_saved            BIGINT        NOT NULL DEFAULT 0,
    rows_replaced         BIGINT        NOT NULL DEFAULT 0,
    problem_count         BIGINT        NOT NULL DEFAULT 0,
    warnings              VARCHAR(4000),
    failure               VARCHAR(1000),
    same_as_import_id     BIGINT,
    CONSTRAINT fk_gap_import_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
);
CREATE INDEX ix_gap_import_file ON gap_import (partnership_id, file_sha256);

-- The bad rows of a refused import, the first 10,000 of them, for the officer to read and download.
CREATE TABLE gap_import_problem (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    import_id             BIGINT        NOT NULL,
    line_number           BIGINT        NOT NULL,
    column_name           VARCHAR(100),
    message_key           VARCHAR(120)  NOT NULL,
    message_args          VARCHAR(1000),
    CONSTRAINT fk_gap_problem_import FOREIGN KEY (import_id) REFERENCES gap_import (id)
);
CREATE INDEX ix_gap_problem_import ON gap_import_problem (import_id, line_number);

-- A count left NULL was suppressed by the source (fewer than 5): never zero.
CREATE TABLE gap_figure (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id        BIGINT        NOT NULL,
    import_id             BIGINT        NOT NULL,
    replaced_by_import_id BIGINT,
    line_number           BIGINT        NOT NULL,
    period_start          DATE          NOT NULL,
    period_end            DATE          NOT NULL,
    area_id               BIGINT        NOT NULL,
    need_category_id      BIGINT        NOT NULL,
    referrals_received    INT,
    referrals_connected   INT,
    referrals_unmet       INT,
    referrals_waiting     INT,
    median_wait_days      INT,
    source_system         VARCHAR(20)   NOT NULL,
    CONSTRAINT fk_gap_figure_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_gap_figure_import FOREIGN KEY (import_id) REFERENCES gap_import (id),
    CONSTRAINT fk_gap_figure_area FOREIGN KEY (area_id) REFERENCES area (id),
    CONSTRAINT fk_gap_figure_need FOREIGN KEY (need_category_id) REFERENCES need_category (id)
);
CREATE INDEX ix_gap_figure_key ON gap_figure (partnership_id, period_start, period_end, area_id, need_category_id);
CREATE INDEX ix_gap_figure_import ON gap_figure (import_id, period_start, period_end, area_id, need_category_id);
