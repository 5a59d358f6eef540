-- Webhook mode keeps each update it accepted until it is handled: the
-- update's JSON, written before Telegram is answered 200 (state 'queued'),
-- and cleared once it is done. An instance that dies leaves its queued
-- and half-handled updates here, and a live one takes them over: at most
-- three times, and within ten minutes of its arrival (`queued_at`).
ALTER TABLE handled_updates ADD COLUMN body TEXT;
ALTER TABLE handled_updates ADD COLUMN queued_at TEXT;
ALTER TABLE handled_updates ADD COLUMN takeovers BIGINT NOT NULL DEFAULT 0;
-- The ones not done yet, which the instances look for every few seconds.
CREATE INDEX handled_updates_open ON handled_updates (started_at) WHERE state <> 'done';
