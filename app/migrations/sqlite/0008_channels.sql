-- Sightline schema, version 8: self-service channels. A customer who opens /c/<slug> lands
-- in the channel's queue, in a session that has no owner until a technician picks it up.
--
-- `sessions.owner_id` becomes nullable, which SQLite can only do by rebuilding the table.
-- Migrations run inside a transaction, where foreign keys cannot be switched off; they are
-- deferred instead: the rows are kept aside, the table is dropped (its children are orphans
-- for a moment) and made again under the same name, and putting the rows back gives every
-- child its parent again before the commit checks.

PRAGMA defer_foreign_keys = ON;

-- A channel belongs to an organisation and, optionally, one technician group (NULL: every
-- technician of the organisation may pick its sessions up). The slug is the link's last part;
-- a deleted channel keeps its row (its sessions refer to it) and frees its slug.
CREATE TABLE channels (
    id          TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL REFERENCES organisations (id),
    group_id    TEXT REFERENCES tech_groups (id),
    slug        TEXT NOT NULL,
    name        TEXT NOT NULL,
    enabled     BIGINT NOT NULL DEFAULT 1,
    created_at  BIGINT NOT NULL,
    deleted_at  BIGINT
);
CREATE UNIQUE INDEX channels_slug ON channels (slug) WHERE deleted_at IS NULL;
CREATE INDEX channels_org ON channels (org_id, created_at);

CREATE TEMP TABLE sessions_kept AS SELECT * FROM sessions;
DROP TABLE sessions;

CREATE TABLE sessions (
    id                TEXT PRIMARY KEY,
    org_id            TEXT NOT NULL REFERENCES organisations (id),
    -- NULL: a channel session nobody has picked up yet.
    owner_id          TEXT REFERENCES users (id),
    customer_name     TEXT NOT NULL,
    field1            TEXT NOT NULL DEFAULT '',
    field2            TEXT NOT NULL DEFAULT '',
    state             TEXT NOT NULL,
    state_since       BIGINT NOT NULL,
    created_at        BIGINT NOT NULL,
    closed_at         BIGINT,
    dismissed_at      BIGINT,
    back_to           TEXT,
    transfer_from     TEXT REFERENCES users (id),
    transfer_to       TEXT REFERENCES users (id),
    transfer_note     TEXT,
    transfer_back_to  TEXT,
    media_seat        TEXT,
    last_activity_at  BIGINT,
    device_id         TEXT,
    note              TEXT NOT NULL DEFAULT '',
    note_author       TEXT REFERENCES users (id),
    note_updated_at   BIGINT,
    -- The channel the customer came through, and the problem they described there.
    channel_id        TEXT REFERENCES channels (id),
    problem           TEXT NOT NULL DEFAULT '',
    CHECK (owner_id IS NOT NULL OR channel_id IS NOT NULL)
);
INSERT INTO sessions (id, org_id, owner_id, customer_name, field1, field2, state,
    state_since, created_at, closed_at, dismissed_at, back_to, transfer_from, transfer_to,
    transfer_note, transfer_back_to, media_seat, last_activity_at, device_id, note,
    note_author, note_updated_at)
SELECT id, org_id, owner_id, customer_name, field1, field2, state,
    state_since, created_at, closed_at, dismissed_at, back_to, transfer_from, transfer_to,
    transfer_note, transfer_back_to, media_seat, last_activity_at, device_id, note,
    note_author, note_updated_at
FROM sessions_kept;
DROP TABLE sessions_kept;
CREATE INDEX sessions_owner ON sessions (owner_id, dismissed_at);
CREATE INDEX sessions_open ON sessions (closed_at);
CREATE INDEX sessions_transfer_to ON sessions (transfer_to);
CREATE INDEX sessions_device ON sessions (org_id, device_id);
CREATE INDEX sessions_channel ON sessions (channel_id, closed_at);
