-- Sightline schema, version 1 (SQLite flavour).
-- Portable types only (TEXT, BIGINT); times are Unix milliseconds; flags are nullable
-- timestamps. The PostgreSQL flavour differs only in the identity column of session_events.

CREATE TABLE organisations (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    -- NULL: the shipped, translated default terms.
    terms_text  TEXT,
    created_at  BIGINT NOT NULL
);

CREATE TABLE users (
    id              TEXT PRIMARY KEY,
    org_id          TEXT NOT NULL REFERENCES organisations (id),
    -- Stored lower-cased; unique across the installation (sign-in needs no organisation).
    email           TEXT NOT NULL,
    name            TEXT NOT NULL,
    password_hash   TEXT NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('admin', 'technician')),
    created_at      BIGINT NOT NULL,
    deactivated_at  BIGINT
);
CREATE UNIQUE INDEX users_email ON users (email);

-- Signed-in browsers. The cookie holds a token; only its SHA-256 is stored.
CREATE TABLE auth_sessions (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL
);
CREATE INDEX auth_sessions_user ON auth_sessions (user_id);

CREATE TABLE sessions (
    id             TEXT PRIMARY KEY,
    org_id         TEXT NOT NULL REFERENCES organisations (id),
    owner_id       TEXT NOT NULL REFERENCES users (id),
    customer_name  TEXT NOT NULL,
    field1         TEXT NOT NULL DEFAULT '',
    field2         TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL,
    state_since    BIGINT NOT NULL,
    created_at     BIGINT NOT NULL,
    closed_at      BIGINT,
    dismissed_at   BIGINT
);
CREATE INDEX sessions_owner ON sessions (owner_id, dismissed_at);

-- The session log: every transition and every reported event, in order.
CREATE TABLE session_events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id  TEXT NOT NULL REFERENCES sessions (id),
    at          BIGINT NOT NULL,
    -- 'technician:<user id>', 'customer' or 'system'.
    actor       TEXT NOT NULL,
    kind        TEXT NOT NULL,
    from_state  TEXT,
    to_state    TEXT,
    detail      TEXT
);
CREATE INDEX session_events_session ON session_events (session_id, id);

-- PINs and links. A PIN is stored as its digits (it is only ever valid for minutes and is
-- shown to the technician); a link token only as its SHA-256.
CREATE TABLE invites (
    id          TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL REFERENCES organisations (id),
    session_id  TEXT NOT NULL REFERENCES sessions (id),
    kind        TEXT NOT NULL CHECK (kind IN ('pin', 'link')),
    secret      TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('open', 'used', 'expired', 'revoked')),
    created_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    used_at     BIGINT
);
-- A PIN is unique among open invites; a link token is unique for ever.
CREATE UNIQUE INDEX invites_open_pin ON invites (secret) WHERE kind = 'pin' AND status = 'open';
CREATE UNIQUE INDEX invites_link ON invites (secret) WHERE kind = 'link';
CREATE INDEX invites_pin_lookup ON invites (kind, secret, created_at);
CREATE INDEX invites_session ON invites (session_id);

-- The customer's credential after a PIN or link was redeemed (cookie token, hashed).
CREATE TABLE customer_access (
    token_hash  TEXT PRIMARY KEY,
    session_id  TEXT NOT NULL REFERENCES sessions (id),
    org_id      TEXT NOT NULL REFERENCES organisations (id),
    created_at  BIGINT NOT NULL
);
CREATE INDEX customer_access_session ON customer_access (session_id);
