//! The `update_writes` table: each write transaction made while an update
//! is handled records, in that same transaction, the update's id, which
//! write it was and what it returned. Handled again (Telegram delivered it
//! again, or another instance took it over after a crash), the update
//! makes none of its recorded writes a second time: each returns what it
//! returned the first time, so the second run changes nothing and answers
//! as the first would have (the seat taken, the delegates a cancellation
//! gave seats to, who still have to be told).
//!
//! The update being handled is a task-local set by the handler tree
//! ([`within`]); [`crate::db::Db::write`] and [`crate::db::Db::write_locked`]
//! (and the announcement outbox's own transactions) consult it. Work
//! outside an update (workers, the command line) is not journaled.
//! Records are stamped with the real time (never the rehearsal clock of
//! `DELEGATE_DESK_NOW`), as update ids are, and pruned with them.
//!
//! The conversation step gets the same care: the step a chat was in when
//! the update first changed it is recorded ([`keep_step_before`]), and
//! until a run changes the step itself, it reads that one
//! ([`step_before`]), so a second run takes the same branch as the first.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::AnyConnection;

use super::timestamp;
use crate::error::{Error, Result};

tokio::task_local! {
    static HANDLING: Handling;
}

/// The update whose handling this task is doing, and how many writes of
/// each kind it has made so far.
struct Handling {
    update_id: i64,
    /// A run after one that did not finish: the journal is read. (A first
    /// run has nothing to read, and only records.)
    again: bool,
    made: Mutex<HashMap<&'static str, u32>>,
    /// Whether this run has changed the conversation step yet.
    step_changed: AtomicBool,
}

/// Runs `work` (the handling of update `update_id`) with its writes
/// journaled; `again`: a run after one that did not finish (see
/// `updates::Begin::Again`), which makes none of that run's recorded
/// writes again.
pub async fn within<F: Future>(update_id: i64, again: bool, work: F) -> F::Output {
    let handling = Handling {
        update_id,
        again,
        made: Mutex::new(HashMap::new()),
        step_changed: AtomicBool::new(false),
    };
    HANDLING.scope(handling, work).await
}

/// One write of the update being handled: its id, and the step's name
/// (`kind#n`, the n-th write of that kind). A second run of the same
/// handler makes the same writes in the same order, so the names match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub update_id: i64,
    pub name: String,
    /// Whether an earlier run may have made it (see [`recorded`]).
    pub again: bool,
}

/// The next write of kind `kind` of the update being handled; `None`
/// outside one.
pub fn step(kind: &'static str) -> Option<Step> {
    HANDLING
        .try_with(|h| {
            let mut made = h.made.lock().unwrap_or_else(|p| p.into_inner());
            let n = made.entry(kind).or_insert(0);
            *n += 1;
            Step {
                update_id: h.update_id,
                name: format!("{kind}#{n}"),
                again: h.again,
            }
        })
        .ok()
}

/// What the journal holds for a step.
#[derive(Debug)]
pub enum Recorded<T> {
    /// Made before: what it returned.
    Made(T),
    /// Not made.
    Missing,
    /// Made, but its record no longer reads (the program changed between
    /// the two runs): to be made again, and its record replaced.
    Unreadable,
}

/// What `step` returned when it was made before, if it was (read inside
/// the write's transaction, after its locks). A first run need not look
/// (nothing of it was recorded before), unless its own record clashed.
pub async fn recorded<T: DeserializeOwned>(
    conn: &mut AnyConnection,
    step: &Step,
) -> Result<Recorded<T>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT result FROM update_writes WHERE update_id = $1 AND step = $2")
            .bind(step.update_id)
            .bind(&step.name)
            .fetch_optional(&mut *conn)
            .await?;
    let Some((json,)) = row else {
        return Ok(Recorded::Missing);
    };
    match serde_json::from_str(&json) {
        Ok(value) => Ok(Recorded::Made(value)),
        Err(e) => {
            tracing::warn!(step = %step.name, error = %e, "a recorded write no longer reads; making it again");
            Ok(Recorded::Unreadable)
        }
    }
}

/// Records that `step` was made and returned `value`, in the write's own
/// transaction (`replace`: over a record that no longer reads). `false`:
/// another run of the same update recorded it first (this transaction
/// must then be rolled back).
pub async fn record<T: Serialize>(
    conn: &mut AnyConnection,
    step: &Step,
    value: &T,
    replace: bool,
) -> Result<bool> {
    let json = serde_json::to_string(value).map_err(|e| Error::State(e.to_string()))?;
    let sql = if replace {
        "INSERT INTO update_writes (update_id, step, result, written_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (update_id, step) \
         DO UPDATE SET result = excluded.result, written_at = excluded.written_at"
    } else {
        "INSERT INTO update_writes (update_id, step, result, written_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (update_id, step) DO NOTHING"
    };
    let written = sqlx::query(sql)
        .bind(step.update_id)
        .bind(&step.name)
        .bind(json)
        .bind(timestamp(Utc::now()))
        .execute(&mut *conn)
        .await?;
    Ok(written.rows_affected() == 1)
}

/// The update being handled; `None` outside one.
pub fn handling() -> Option<i64> {
    HANDLING.try_with(|h| h.update_id).ok()
}

/// The update being handled, when its conversation step is to be read as
/// the update found it: a run after one that did not finish, which has
/// not changed the step itself yet.
pub fn step_found() -> Option<i64> {
    HANDLING
        .try_with(|h| (h.again && !h.step_changed.load(Ordering::Relaxed)).then_some(h.update_id))
        .ok()
        .flatten()
}

/// This run changes the conversation step: from now on it reads the step
/// as it is.
pub fn step_changes() {
    let _ = HANDLING.try_with(|h| h.step_changed.store(true, Ordering::Relaxed));
}

/// The step name of chat `chat_id`'s conversation step as the update
/// found it.
fn step_before_name(chat_id: i64) -> String {
    format!("conversation-before:{chat_id}")
}

/// Before update `update_id` first changes chat `chat_id`'s conversation
/// step, records the step as it is (none: empty), in the change's own
/// transaction. Handled again, the update reads that step
/// ([`step_before`]), not the one its first run left: the same message
/// is not taken as the answer to the next question.
pub async fn keep_step_before(
    conn: &mut AnyConnection,
    update_id: i64,
    chat_id: i64,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO update_writes (update_id, step, result, written_at) \
         SELECT $1, $2, COALESCE((SELECT state FROM dialogues WHERE chat_id = $3), ''), $4 \
         WHERE TRUE ON CONFLICT (update_id, step) DO NOTHING",
    )
    .bind(update_id)
    .bind(step_before_name(chat_id))
    .bind(chat_id)
    .bind(timestamp(Utc::now()))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Chat `chat_id`'s conversation step as update `update_id` found it, if
/// a run of it changed the step: `Some(None)` when there was none.
pub async fn step_before(
    conn: &mut AnyConnection,
    update_id: i64,
    chat_id: i64,
) -> Result<Option<Option<String>>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT result FROM update_writes WHERE update_id = $1 AND step = $2")
            .bind(update_id)
            .bind(step_before_name(chat_id))
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row.map(|(state,)| Some(state).filter(|s| !s.is_empty())))
}

/// Forgets the writes of updates handled before `before`.
pub async fn prune(conn: &mut AnyConnection, before: DateTime<Utc>) -> Result<u64> {
    let done = sqlx::query("DELETE FROM update_writes WHERE written_at < $1")
        .bind(timestamp(before))
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected())
}
