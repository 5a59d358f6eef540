-- Where each chat is in a conversation of several steps (a form, a
-- composer), so that a restart mid-way loses nothing. No row: not in one.
CREATE TABLE dialogues (
    chat_id BIGINT PRIMARY KEY,
    -- The step and what was gathered so far, as JSON.
    state TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
