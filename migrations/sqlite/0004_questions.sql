-- Typed questions: every one asked (and what answered it), the tickets
-- passed to volunteers, the messages relayed both ways, and the languages
-- volunteers answer in.

-- A question a delegate typed, and the entry that answered it (NULL: the
-- bot was not sure). One per message: a redelivered update adds nothing.
CREATE TABLE questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    telegram_id BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    text TEXT NOT NULL,
    lang TEXT NOT NULL,
    answer TEXT,
    asked_at TEXT NOT NULL,
    UNIQUE (telegram_id, message_id)
);

-- A question passed to the volunteers' group.
CREATE TABLE tickets (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    telegram_id BIGINT NOT NULL,
    -- What opened it: the delegate's message (or, from a button, the
    -- question's id, negated). A redelivered update opens nothing new.
    source BIGINT NOT NULL,
    lang TEXT NOT NULL,
    question TEXT NOT NULL,
    first_name TEXT NOT NULL,
    delegation TEXT,
    -- open | claimed | closed
    status TEXT NOT NULL DEFAULT 'open',
    -- Where it was posted (NULL until it was).
    group_chat_id BIGINT,
    group_message_id BIGINT,
    thread_id BIGINT,
    claimed_by BIGINT,
    claimed_name TEXT,
    created_at TEXT NOT NULL,
    claimed_at TEXT,
    first_answer_at TEXT,
    raised_at TEXT,
    closed_at TEXT,
    -- The delegate's feedback: 1 helpful, 0 not, NULL not given.
    helpful BIGINT,
    UNIQUE (telegram_id, source)
);
CREATE INDEX tickets_delegate ON tickets (telegram_id, status);
CREATE INDEX tickets_status ON tickets (status, raised_at);

-- A message of a ticket, relayed: from the delegate to the group, or from a
-- volunteer to the delegate. `(chat_id, message_id)` is the original, so a
-- message is relayed once; `copy_*` is where the bot put it.
CREATE TABLE ticket_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id BIGINT NOT NULL REFERENCES tickets (id),
    from_volunteer BIGINT NOT NULL,
    chat_id BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    copy_chat_id BIGINT,
    copy_message_id BIGINT,
    at TEXT NOT NULL,
    UNIQUE (chat_id, message_id)
);
CREATE INDEX ticket_messages_copy ON ticket_messages (copy_chat_id, copy_message_id);

-- A volunteer's languages (codes, comma-separated), set in a private chat.
CREATE TABLE volunteers (
    telegram_id BIGINT PRIMARY KEY,
    name TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
