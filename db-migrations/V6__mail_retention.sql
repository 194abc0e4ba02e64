-- One-time tokens are kept apart from the stored mail, and only until the mail is sent or the token expires;
-- bodies and attachments are deleted after the retention period.
ALTER TABLE mail_message ADD COLUMN one_time_token VARCHAR(100);
ALTER TABLE mail_message ADD COLUMN token_expires_at DATETIME(6);
ALTER TABLE mail_message ADD COLUMN body_deleted_at DATETIME(6);
CREATE INDEX ix_mail_created ON mail_message (created_at);

-- Mail stored before this kept its links' tokens in the body: take them out and treat the links as expired.
UPDATE mail_message
SET text_body = REGEXP_REPLACE(text_body, 'token=[A-Za-z0-9_-]+', 'token=[one-time-token]'),
    html_body = REGEXP_REPLACE(html_body, 'token=[A-Za-z0-9_-]+', 'token=[one-time-token]'),
    token_expires_at = created_at
WHERE text_body LIKE '%token=%' OR html_body LIKE '%token=%';
