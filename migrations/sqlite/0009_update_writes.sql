-- The writes an update made, each recorded with the update's id in the
-- transaction that made it: `step` names the write (its kind and its
-- number among the update's writes of that kind), `result` is what it
-- returned, as JSON. When the update is handled again (redelivered, or
-- taken over after a crash), a write already made is not made again:
-- its recorded result is returned instead, so the second run changes
-- nothing and answers as the first did (the seat it got, the delegates a
-- cancellation promoted). Pruned with handled_updates.
CREATE TABLE update_writes (
    update_id BIGINT NOT NULL,
    step TEXT NOT NULL,
    result TEXT NOT NULL,
    written_at TEXT NOT NULL,
    PRIMARY KEY (update_id, step)
);
CREATE INDEX update_writes_by_time ON update_writes (written_at);

-- How many times an update was begun: 1 for its first run, which has
-- nothing recorded to read (it only records); more for a run after one
-- that did not finish, which reads what the earlier ones recorded.
ALTER TABLE handled_updates ADD COLUMN runs BIGINT NOT NULL DEFAULT 0;
