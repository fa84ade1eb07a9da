-- Sightline schema, version 9: the organisation's logo on its customers' pages (a PNG, kept
-- in the database like snapshots, so a backup of the database is a backup of everything).

CREATE TABLE org_logos (
    org_id      TEXT PRIMARY KEY REFERENCES organisations (id),
    png         BLOB NOT NULL,
    width       BIGINT NOT NULL,
    height      BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
