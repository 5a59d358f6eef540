-- Registration for the sessions that need it: invitations per delegation,
-- the delegates who used them (with their profile), their places in
-- sessions, and wrong invitation codes (to slow down guessing).

CREATE TABLE invitations (
    -- The code as normalized (Crockford base32, upper case, no separators).
    code TEXT PRIMARY KEY,
    delegation TEXT NOT NULL,
    -- How many people it covers.
    people BIGINT NOT NULL CHECK (people > 0),
    -- The last local day it can be used (YYYY-MM-DD); NULL: no expiry.
    expires_on TEXT,
    revoked_at TEXT,
    created_by BIGINT,
    created_at TEXT NOT NULL
);

-- A delegate who used an invitation, and their profile (NULL until given).
CREATE TABLE attendees (
    telegram_id BIGINT PRIMARY KEY,
    invitation TEXT NOT NULL REFERENCES invitations (code),
    joined_at TEXT NOT NULL,
    full_name TEXT,
    title TEXT,
    city TEXT,
    -- A listed country's code (th, vn, cn ...), or NULL with country_other.
    country_code TEXT,
    country_other TEXT,
    organisation TEXT,
    -- none | halal | vegetarian | vegan | other (described in diet_note).
    diet TEXT,
    diet_note TEXT,
    -- A language code, or 'none'.
    interpretation TEXT,
    -- When the profile was completed; NULL while it is being filled in.
    completed_at TEXT
);
CREATE INDEX attendees_invitation ON attendees (invitation);

-- A delegate's place in a session: confirmed, or on its waitlist. The id
-- gives the order of arrival (the waitlist's order). Cancelling deletes it.
CREATE TABLE registrations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    session_id TEXT NOT NULL,
    telegram_id BIGINT NOT NULL REFERENCES attendees (telegram_id),
    status TEXT NOT NULL CHECK (status IN ('confirmed', 'waitlisted')),
    -- The personal check-in token in the QR code.
    token TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    checked_in_at TEXT,
    checked_in_by BIGINT,
    UNIQUE (session_id, telegram_id)
);
CREATE INDEX registrations_by_session ON registrations (session_id, status, id);
CREATE INDEX registrations_by_delegate ON registrations (telegram_id);

-- Wrong invitation codes, kept for ten minutes.
CREATE TABLE code_failures (
    telegram_id BIGINT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX code_failures_by_user ON code_failures (telegram_id, at);

-- The language code the delegate's Telegram app reported last, for
-- messages the bot sends first (a seat from the waitlist) to delegates who
-- never chose a language.
ALTER TABLE delegates ADD COLUMN app_language TEXT;
