-- Sightline schema, version 3: in-session tools.
-- Predefined replies and links: a technician's own (user_id set); organisation-wide ones
-- (user_id NULL) come with the admin centre.

CREATE TABLE replies (
    id          TEXT PRIMARY KEY,
    org_id      TEXT NOT NULL REFERENCES organisations (id),
    user_id     TEXT REFERENCES users (id),
    kind        TEXT NOT NULL CHECK (kind IN ('text', 'url')),
    title       TEXT NOT NULL,
    body        TEXT NOT NULL,
    position    BIGINT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX replies_owner ON replies (org_id, user_id, position);
