-- The audit trail names its subject in words ("Application THT-2026-0004 · Bow Common Neighbours"), so an
-- administrator can search by reference or group name, and finds every entry about the same subject, also those
-- written before it had a reference.
ALTER TABLE audit_entry ADD COLUMN subject_label VARCHAR(300);
CREATE INDEX ix_audit_subject ON audit_entry (subject_type, subject_id);

-- Questions show who asked and who answered by name, as they were called when they did.
ALTER TABLE information_request ADD COLUMN asked_by_name VARCHAR(100);
ALTER TABLE information_request ADD COLUMN answered_by_name VARCHAR(100);
UPDATE information_request SET asked_by_name = (SELECT u.display_name FROM app_user u WHERE u.email = asked_by);
UPDATE information_request SET answered_by_name = (SELECT u.display_name FROM app_user u WHERE u.email = answered_by)
WHERE answered_by IS NOT NULL;
