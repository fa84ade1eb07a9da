-- Sightline schema, version 4: snapshots (PNG of the picture with the drawings), kept with
-- the session and listed in History & Notes.

CREATE TABLE snapshots (
    id          TEXT PRIMARY KEY,
    session_id  TEXT NOT NULL REFERENCES sessions (id),
    org_id      TEXT NOT NULL REFERENCES organisations (id),
    taken_by    TEXT NOT NULL REFERENCES users (id),
    taken_at    BIGINT NOT NULL,
    width       BIGINT NOT NULL,
    height      BIGINT NOT NULL,
    png         BLOB NOT NULL
);
CREATE INDEX snapshots_session ON snapshots (session_id, taken_at);
