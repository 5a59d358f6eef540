-- Each delegate's reminders and morning briefing (defaults: 15 minutes
-- before each session, briefing on). No row: the defaults.
CREATE TABLE delegate_settings (
    telegram_id BIGINT PRIMARY KEY,
    -- Minutes before a session; 0: no reminders.
    reminder_minutes BIGINT NOT NULL DEFAULT 15,
    -- 1: the morning briefing; 0: none.
    briefing BIGINT NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL
);
