-- Organisers' announcements and schedule-change notices: the outbox.
-- An announcement and every recipient are written before the first send;
-- workers (one per instance) claim pending deliveries, send them within
-- Telegram's limits and record each outcome, so that a restart resumes
-- where it stopped. Sessions changed on site are stored here too, over
-- the event file.

-- What is being said, to whom, and how far it went.
CREATE TABLE announcements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- 'message': a copy of the organiser's own message (per language
    -- versions in announcement_versions); 'notice': a text rendered in
    -- each recipient's language from a Fluent template (notice, as JSON).
    kind TEXT NOT NULL CHECK (kind IN ('message', 'notice')),
    notice TEXT,
    -- The audience, as encoded by the announcements module ('all',
    -- 'reg:<session>', 'lang:th' ...), and a short plain-text preview of
    -- the original for lists.
    audience TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    needs_ack BIGINT NOT NULL DEFAULT 0,
    -- sending | done | stopped
    state TEXT NOT NULL DEFAULT 'sending',
    created_by BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    finished_at TEXT,
    -- The organiser's live progress message.
    progress_chat BIGINT,
    progress_message BIGINT,
    -- What created it (the organiser's confirming button, a change): a
    -- redelivered update creates nothing new.
    source TEXT UNIQUE
);
CREATE INDEX announcements_by_state ON announcements (state, id);

-- The message to copy for each language ('' : the original, for every
-- language without a version of its own).
CREATE TABLE announcement_versions (
    announcement_id BIGINT NOT NULL REFERENCES announcements (id),
    lang TEXT NOT NULL,
    from_chat BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    PRIMARY KEY (announcement_id, lang)
);

-- One row per recipient: the outbox.
CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    announcement_id BIGINT NOT NULL REFERENCES announcements (id),
    telegram_id BIGINT NOT NULL,
    lang TEXT NOT NULL,
    -- pending | sending | sent | failed | unreachable | stopped
    state TEXT NOT NULL DEFAULT 'pending',
    attempts BIGINT NOT NULL DEFAULT 0,
    not_before TEXT NOT NULL,
    claimed_at TEXT,
    sent_at TEXT,
    error TEXT,
    acked_at TEXT,
    UNIQUE (announcement_id, telegram_id)
);
CREATE INDEX deliveries_pending ON deliveries (state, not_before, id);

-- Delegates Telegram says cannot be reached (blocked the bot, deleted
-- account): skipped by announcements until they write to the bot again.
ALTER TABLE delegates ADD COLUMN unreachable_at TEXT;

-- A session changed on site, over the event file: delayed (minutes, may
-- be negative), moved (venue and room), or cancelled.
CREATE TABLE session_changes (
    session_id TEXT PRIMARY KEY,
    delay_minutes BIGINT NOT NULL DEFAULT 0,
    venue TEXT,
    room TEXT,
    cancelled BIGINT NOT NULL DEFAULT 0,
    changed_by BIGINT NOT NULL,
    changed_at TEXT NOT NULL
);
