-- Updates handled, by Telegram's update_id: one delivered again (after a
-- crash, a slow answer, or a proxy's retry to another instance) is not
-- handled twice. Pruned after two days (Telegram redelivers for a day).
CREATE TABLE handled_updates (
    update_id BIGINT PRIMARY KEY,
    -- handling | done
    state TEXT NOT NULL,
    instance TEXT NOT NULL,
    started_at TEXT NOT NULL,
    done_at TEXT
);
CREATE INDEX handled_updates_by_start ON handled_updates (started_at);

-- Work that one instance does for all (publishing the command menus):
-- the name is held by one instance until `until`.
CREATE TABLE once_jobs (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    until TEXT NOT NULL
);

-- Instances alive (each writes its row every few seconds): they share the
-- pace of sending, each taking its part of BROADCAST_RATE.
CREATE TABLE instances (
    name TEXT PRIMARY KEY,
    seen_at TEXT NOT NULL
);
