-- Sightline schema, version 7: the admin centre. Master administrators, group permissions,
-- organisation settings, invitations to set a password, the customer survey.

-- The master administrator is an administrator with this flag (the role column's CHECK
-- cannot change in SQLite without rebuilding the table). The first administrator of each
-- organisation becomes its master administrator.
ALTER TABLE users ADD COLUMN master BIGINT NOT NULL DEFAULT 0;
UPDATE users SET master = 1 WHERE id IN (
    SELECT (SELECT v.id FROM users v WHERE v.org_id = o.id AND v.role = 'admin'
            ORDER BY v.created_at, v.id LIMIT 1)
    FROM organisations o);

-- Permission names separated by commas; NULL: every permission (groups made before).
ALTER TABLE tech_groups ADD COLUMN permissions TEXT;
-- Busy from this many active sessions (NULL: the active-session limit); consoles start
-- sessions whose customer is ready by themselves.
ALTER TABLE tech_groups ADD COLUMN busy_threshold BIGINT;
ALTER TABLE tech_groups ADD COLUMN auto_start BIGINT NOT NULL DEFAULT 0;

-- Organisation settings (NULL: the translated default).
ALTER TABLE organisations ADD COLUMN require_two_factor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE organisations ADD COLUMN field1_name TEXT;
ALTER TABLE organisations ADD COLUMN field2_name TEXT;

-- Invitations to set a password (new users, and resets by an administrator). Only the
-- SHA-256 of the token is stored; a token is used once.
CREATE TABLE password_tokens (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT
);
CREATE INDEX password_tokens_user ON password_tokens (user_id);

-- The customer survey: on or off, the organisation's question (NULL: the translated default),
-- and one answer per session (a score of 1 to 5 and an optional comment).
ALTER TABLE organisations ADD COLUMN survey_enabled BIGINT NOT NULL DEFAULT 0;
ALTER TABLE organisations ADD COLUMN survey_question TEXT;
-- The organisation's own invite texts (NULL: the translated default).
ALTER TABLE organisations ADD COLUMN email_template TEXT;
ALTER TABLE organisations ADD COLUMN sms_template TEXT;
-- The accent colour of the customer's page, '#rrggbb' (NULL: Sightline's).
ALTER TABLE organisations ADD COLUMN accent TEXT;
CREATE TABLE survey_answers (
    session_id  TEXT PRIMARY KEY REFERENCES sessions (id),
    org_id      TEXT NOT NULL REFERENCES organisations (id),
    score       BIGINT NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment     TEXT NOT NULL DEFAULT '',
    at          BIGINT NOT NULL
);
