-- The panel's decision on an eligible application, stored when the officer releases the round's decisions: the
-- outcome is the application's status (FUNDED, PART_FUNDED, NOT_FUNDED), with the money awarded (the request, a
-- part of it, or 0), the feedback the group reads, and when it was released. All NULL until then.
ALTER TABLE application ADD COLUMN amount_awarded_pence BIGINT NULL;
ALTER TABLE application ADD COLUMN decision_feedback LONGTEXT NULL;
ALTER TABLE application ADD COLUMN decision_released_at DATETIME(6) NULL;
