-- The throttles' counters (wrong PINs and sign-ins per address and account, sends per
-- technician, the installation's PIN budget), kept across restarts.
CREATE TABLE throttle_counts (
    throttle TEXT NOT NULL,
    key TEXT NOT NULL,
    count INTEGER NOT NULL,
    last_ms INTEGER NOT NULL,
    PRIMARY KEY (throttle, key)
);
