-- Delegates who have talked to the bot.
-- Portable between SQLite and PostgreSQL: timestamps are RFC 3339 text (UTC).
CREATE TABLE delegates (
    telegram_id BIGINT PRIMARY KEY,
    -- The language the delegate chose (a code such as 'th' or 'zh-CN');
    -- NULL until they choose one: replies then follow Telegram's language.
    language TEXT,
    first_seen TEXT NOT NULL
);
