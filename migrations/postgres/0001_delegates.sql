-- Delegates who have talked to the bot.
-- Timestamps are RFC 3339 text (UTC), as on SQLite, so that one set of
-- statements serves both backends.
CREATE TABLE delegates (
    telegram_id BIGINT PRIMARY KEY,
    -- The language the delegate chose (a code such as 'th' or 'zh-CN');
    -- NULL until they choose one: replies then follow Telegram's language.
    language TEXT,
    first_seen TEXT NOT NULL
);
