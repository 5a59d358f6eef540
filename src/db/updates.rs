//! The `handled_updates` and `once_jobs` tables: each Telegram update
//! handled once across restarts and instances (and, behind a webhook,
//! kept from its arrival until it is handled, so that a live instance
//! takes over what a dead one left), and work done by one instance for
//! all.

use chrono::{DateTime, Utc};
use sqlx::AnyConnection;

use super::timestamp;
use crate::error::Result;

/// What [`begin`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Begin {
    /// Not begun before (new, or queued and not yet begun): handle it
    /// now; nothing of it is recorded in the journal of writes.
    New,
    /// Begun before by a run that did not finish (its instance died, or
    /// its lease ran out): handle it now, without making again the writes
    /// that run recorded (see `db::journal`).
    Again,
    /// Handled already: change nothing.
    Done,
    /// Being handled (by another instance, or before a crash not long
    /// ago): leave it.
    Busy,
}

/// Takes `update_id` for `instance`: new, queued (by [`queue`] or
/// [`orphans`]) and not yet begun, or handled by an instance whose claim
/// started before `stale_before` (it crashed) and never finished. Each
/// take counts a run: [`Begin::New`] for the first, [`Begin::Again`] for
/// a run after one that did not finish (queued again by [`orphans`], or
/// taken after its lease).
pub async fn begin(
    conn: &mut AnyConnection,
    update_id: i64,
    instance: &str,
    now: DateTime<Utc>,
    stale_before: DateTime<Utc>,
) -> Result<Begin> {
    let taken: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO handled_updates (update_id, state, instance, started_at, runs) \
         VALUES ($1, 'handling', $2, $3, 1) \
         ON CONFLICT (update_id) DO UPDATE SET state = 'handling', instance = $2, started_at = $3, \
         runs = handled_updates.runs + 1 \
         WHERE handled_updates.state = 'queued' \
         OR (handled_updates.state = 'handling' AND handled_updates.started_at < $4) \
         RETURNING runs",
    )
    .bind(update_id)
    .bind(instance)
    .bind(timestamp(now))
    .bind(timestamp(stale_before))
    .fetch_optional(&mut *conn)
    .await?;
    match taken {
        Some((1,)) => return Ok(Begin::New),
        Some(_) => return Ok(Begin::Again),
        None => {}
    }
    let state: Option<(String,)> =
        sqlx::query_as("SELECT state FROM handled_updates WHERE update_id = $1")
            .bind(update_id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(match state.as_ref().map(|s| s.0.as_str()) {
        Some("done") => Begin::Done,
        _ => Begin::Busy,
    })
}

/// Keeps update `update_id` (its JSON, `body`) as accepted by `instance`,
/// before Telegram is told it arrived; `false`: known already (delivered
/// again), nothing written.
pub async fn queue(
    conn: &mut AnyConnection,
    update_id: i64,
    instance: &str,
    now: DateTime<Utc>,
    body: &str,
) -> Result<bool> {
    let written = sqlx::query(
        "INSERT INTO handled_updates (update_id, state, instance, started_at, body, queued_at) \
         VALUES ($1, 'queued', $2, $3, $4, $3) ON CONFLICT (update_id) DO NOTHING",
    )
    .bind(update_id)
    .bind(instance)
    .bind(timestamp(now))
    .bind(body)
    .execute(&mut *conn)
    .await?;
    Ok(written.rows_affected() == 1)
}

/// When [`orphans`] takes an update over.
#[derive(Debug, Clone, Copy)]
pub struct Orphaned {
    /// Its holder was not heard of since then (it died, or stopped before
    /// it got to the update), nor the update taken since.
    pub alive_since: DateTime<Utc>,
    /// If begun, it was begun before then (its lease ran out: a holder
    /// that is alive but slow to say so is not robbed of it).
    pub begun_before: DateTime<Utc>,
    /// It arrived after then: an answer later than that would confuse
    /// more than help (and a row a failed `finish` left is never taken
    /// over hours later).
    pub arrived_since: DateTime<Utc>,
}

/// How many times an update is taken over at most (one that makes its
/// instances die is not handed on for ever).
const TAKEOVERS: i64 = 3;

/// Takes over, for `instance`, at most `limit` updates that another
/// instance accepted (queued, or begun) and never finished, as `when`
/// says: they are queued again under `instance`, and returned as (update
/// id, JSON), oldest first. Two instances never take the same one: the
/// claim re-checks, row by row, that its holder is neither alive nor the
/// taker.
pub async fn orphans(
    conn: &mut AnyConnection,
    instance: &str,
    now: DateTime<Utc>,
    when: Orphaned,
    limit: i64,
) -> Result<Vec<(i64, String)>> {
    let mut taken: Vec<(i64, String)> = sqlx::query_as(
        "UPDATE handled_updates \
         SET state = 'queued', instance = $1, started_at = $2, takeovers = takeovers + 1 \
         WHERE update_id IN ( \
             SELECT update_id FROM handled_updates \
             WHERE state <> 'done' AND body IS NOT NULL AND instance <> $1 \
             AND started_at < $3 AND (state = 'queued' OR started_at < $4) \
             AND queued_at >= $5 AND takeovers < $6 \
             AND instance NOT IN (SELECT name FROM instances WHERE seen_at >= $3) \
             ORDER BY started_at LIMIT $7) \
         AND state <> 'done' AND body IS NOT NULL AND instance <> $1 \
         AND started_at < $3 AND (state = 'queued' OR started_at < $4) \
         AND instance NOT IN (SELECT name FROM instances WHERE seen_at >= $3) \
         RETURNING update_id, body",
    )
    .bind(instance)
    .bind(timestamp(now))
    .bind(timestamp(when.alive_since))
    .bind(timestamp(when.begun_before))
    .bind(timestamp(when.arrived_since))
    .bind(TAKEOVERS)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    taken.sort_by_key(|(id, _)| *id);
    Ok(taken)
}

/// Marks `update_id` handled (and lets its JSON go).
pub async fn finish(conn: &mut AnyConnection, update_id: i64, now: DateTime<Utc>) -> Result<()> {
    sqlx::query(
        "UPDATE handled_updates SET state = 'done', done_at = $2, body = NULL \
         WHERE update_id = $1",
    )
    .bind(update_id)
    .bind(timestamp(now))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The holder of job `name`, if anyone ever took it.
pub async fn job_holder(conn: &mut AnyConnection, name: &str) -> Result<Option<String>> {
    let row: Option<(String,)> = sqlx::query_as("SELECT holder FROM once_jobs WHERE name = $1")
        .bind(name)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|r| r.0))
}

/// Records `holder` for job `name` whoever held it (a result, such as the
/// fingerprint of what was published).
pub async fn put_job(
    conn: &mut AnyConnection,
    name: &str,
    holder: &str,
    until: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO once_jobs (name, holder, until) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO UPDATE SET holder = $2, until = $3",
    )
    .bind(name)
    .bind(holder)
    .bind(timestamp(until))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Forgets updates taken before `before` (Telegram no longer redelivers
/// them, and may reuse their ids after a week of silence).
pub async fn prune(conn: &mut AnyConnection, before: DateTime<Utc>) -> Result<u64> {
    let done = sqlx::query("DELETE FROM handled_updates WHERE started_at < $1")
        .bind(timestamp(before))
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected())
}

/// Takes the job `name` for `holder` until `until`, unless another holder
/// has it until later than `now`. `true`: do the job.
pub async fn take_job(
    conn: &mut AnyConnection,
    name: &str,
    holder: &str,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Result<bool> {
    let taken: Option<(String,)> = sqlx::query_as(
        "INSERT INTO once_jobs (name, holder, until) VALUES ($1, $2, $3) \
         ON CONFLICT (name) DO UPDATE SET holder = $2, until = $3 \
         WHERE once_jobs.until <= $4 OR once_jobs.holder = $2 \
         RETURNING name",
    )
    .bind(name)
    .bind(holder)
    .bind(timestamp(until))
    .bind(timestamp(now))
    .fetch_optional(&mut *conn)
    .await?;
    Ok(taken.is_some())
}

/// Records that `instance` is alive at `now`, and returns how many
/// instances were alive since `alive_since` (this one included).
pub async fn heartbeat(
    conn: &mut AnyConnection,
    instance: &str,
    now: DateTime<Utc>,
    alive_since: DateTime<Utc>,
) -> Result<i64> {
    sqlx::query(
        "INSERT INTO instances (name, seen_at) VALUES ($1, $2) \
         ON CONFLICT (name) DO UPDATE SET seen_at = $2",
    )
    .bind(instance)
    .bind(timestamp(now))
    .execute(&mut *conn)
    .await?;
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM instances WHERE seen_at >= $1")
        .bind(timestamp(alive_since))
        .fetch_one(&mut *conn)
        .await?;
    // Forget the long gone.
    sqlx::query("DELETE FROM instances WHERE seen_at < $1")
        .bind(timestamp(alive_since - chrono::TimeDelta::days(1)))
        .execute(&mut *conn)
        .await?;
    Ok(n)
}

/// `instance` stopped.
pub async fn gone(conn: &mut AnyConnection, instance: &str) -> Result<()> {
    sqlx::query("DELETE FROM instances WHERE name = $1")
        .bind(instance)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
