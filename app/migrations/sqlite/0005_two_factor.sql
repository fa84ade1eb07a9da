-- Sightline schema, version 5: two-factor sign-in (TOTP, RFC 6238) with recovery codes, and
-- the audit log of sign-ins and account changes.

-- Base32 TOTP secret while two-factor sign-in is on; the one being set up; the last time
-- step accepted (a code is accepted once).
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_pending TEXT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;

-- Single-use recovery codes; only their SHA-256 is stored.
CREATE TABLE recovery_codes (
    user_id    TEXT NOT NULL REFERENCES users (id),
    code_hash  TEXT NOT NULL,
    used_at    BIGINT,
    PRIMARY KEY (user_id, code_hash)
);

-- A sign-in whose password was right, waiting for its code. The cookie holds a token; only
-- its SHA-256 is stored.
CREATE TABLE second_factor_pending (
    token_hash  TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users (id),
    expires_at  BIGINT NOT NULL,
    failures    BIGINT NOT NULL DEFAULT 0
);

-- Sign-ins and changes to accounts and settings, per organisation.
CREATE TABLE audit (
    id        TEXT PRIMARY KEY,
    org_id    TEXT NOT NULL REFERENCES organisations (id),
    at        BIGINT NOT NULL,
    actor_id  TEXT,
    kind      TEXT NOT NULL,
    subject   TEXT,
    detail    TEXT
);
CREATE INDEX audit_org_at ON audit (org_id, at);
