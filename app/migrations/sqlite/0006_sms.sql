-- Sightline schema, version 6: invites sent as text messages, with their delivery status
-- (the gateway's reports update it).

CREATE TABLE sms_messages (
    sid         TEXT PRIMARY KEY,
    session_id  TEXT NOT NULL REFERENCES sessions (id),
    org_id      TEXT NOT NULL REFERENCES organisations (id),
    -- The number with its middle digits hidden (for logs and screens).
    to_masked   TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('sent', 'delivered', 'failed')),
    sent_at     BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX sms_messages_session ON sms_messages (session_id, sent_at);
