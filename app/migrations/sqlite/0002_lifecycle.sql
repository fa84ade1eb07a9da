-- Sightline schema, version 2: the session lifecycle.
-- Technician groups with their settings (admin pages come later; every organisation gets a
-- default group), the fields of transfers, reconnection, history and notes, console
-- preferences, and client-generated log ids so a resent report is stored once.

CREATE TABLE tech_groups (
    id                       TEXT PRIMARY KEY,
    org_id                   TEXT NOT NULL REFERENCES organisations (id),
    name                     TEXT NOT NULL,
    connecting_timeout_secs  BIGINT NOT NULL DEFAULT 1800,
    inactivity_timeout_secs  BIGINT NOT NULL DEFAULT 3600,
    hold_limit_secs          BIGINT NOT NULL DEFAULT 1209600,
    max_active_sessions      BIGINT NOT NULL DEFAULT 1,
    auto_away_secs           BIGINT NOT NULL DEFAULT 600,
    created_at               BIGINT NOT NULL
);
CREATE INDEX tech_groups_org ON tech_groups (org_id, created_at);
INSERT INTO tech_groups (id, org_id, name, created_at)
    SELECT 'g-' || id, id, 'Technicians', created_at FROM organisations;

ALTER TABLE users ADD COLUMN group_id TEXT REFERENCES tech_groups (id);
UPDATE users SET group_id = 'g-' || org_id;
-- Console preferences, JSON (absent: defaults).
ALTER TABLE users ADD COLUMN prefs TEXT;
-- Presence chosen by hand: 'online' or 'away'.
ALTER TABLE users ADD COLUMN presence TEXT NOT NULL DEFAULT 'online';

-- Reconnecting / Offline: the state to return to.
ALTER TABLE sessions ADD COLUMN back_to TEXT;
ALTER TABLE sessions ADD COLUMN transfer_from TEXT REFERENCES users (id);
ALTER TABLE sessions ADD COLUMN transfer_to TEXT REFERENCES users (id);
ALTER TABLE sessions ADD COLUMN transfer_note TEXT;
ALTER TABLE sessions ADD COLUMN transfer_back_to TEXT;
-- The console window that runs the media (a seat: hash of its resume token).
ALTER TABLE sessions ADD COLUMN media_seat TEXT;
ALTER TABLE sessions ADD COLUMN last_activity_at BIGINT;
UPDATE sessions SET last_activity_at = state_since;
-- A random identifier the customer's browser keeps (History & Notes).
ALTER TABLE sessions ADD COLUMN device_id TEXT;
ALTER TABLE sessions ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE sessions ADD COLUMN note_author TEXT REFERENCES users (id);
ALTER TABLE sessions ADD COLUMN note_updated_at BIGINT;
CREATE INDEX sessions_open ON sessions (closed_at);
CREATE INDEX sessions_transfer_to ON sessions (transfer_to);
CREATE INDEX sessions_device ON sessions (org_id, device_id);

ALTER TABLE session_events ADD COLUMN client_id TEXT;
CREATE UNIQUE INDEX session_events_client ON session_events (session_id, client_id)
    WHERE client_id IS NOT NULL;
