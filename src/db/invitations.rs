//! The `invitations` table, and `code_failures` (wrong codes, to slow
//! down guessing).

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::AnyConnection;

use super::timestamp;
use crate::error::Result;

/// An invitation as stored, with how many people have used it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invitation {
    pub code: String,
    pub delegation: String,
    pub people: i64,
    /// The last day it can be used (the event's local date).
    pub expires_on: Option<NaiveDate>,
    pub revoked: bool,
    pub used: i64,
    pub created_at: String,
}

type Row = (
    String,
    String,
    i64,
    Option<String>,
    Option<String>,
    i64,
    String,
);

const SELECT: &str = "SELECT i.code, i.delegation, i.people, i.expires_on, i.revoked_at, \
     (SELECT COUNT(*) FROM attendees a WHERE a.invitation = i.code) AS used, i.created_at \
     FROM invitations i";

fn from_row(r: Row) -> Invitation {
    let (code, delegation, people, expires_on, revoked_at, used, created_at) = r;
    Invitation {
        code,
        delegation,
        people,
        expires_on: expires_on.and_then(|d| d.parse().ok()),
        revoked: revoked_at.is_some(),
        used,
        created_at,
    }
}

/// Stores a new invitation. Codes are random: a clash is practically
/// impossible, and would fail here rather than merge two delegations.
pub async fn create(
    conn: &mut AnyConnection,
    code: &str,
    delegation: &str,
    people: i64,
    expires_on: Option<NaiveDate>,
    created_by: Option<i64>,
    at: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO invitations (code, delegation, people, expires_on, created_by, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(code)
    .bind(delegation)
    .bind(people)
    .bind(expires_on.map(|d| d.to_string()))
    .bind(created_by)
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn get(conn: &mut AnyConnection, code: &str) -> Result<Option<Invitation>> {
    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE i.code = $1"))
        .bind(code)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(from_row))
}

/// Every invitation, newest first.
pub async fn list(conn: &mut AnyConnection) -> Result<Vec<Invitation>> {
    let rows: Vec<Row> = sqlx::query_as(&format!("{SELECT} ORDER BY i.created_at DESC, i.code"))
        .fetch_all(&mut *conn)
        .await?;
    Ok(rows.into_iter().map(from_row).collect())
}

/// Revokes an invitation (once: the first moment is kept). Whether it exists.
pub async fn revoke(conn: &mut AnyConnection, code: &str, at: DateTime<Utc>) -> Result<bool> {
    let done =
        sqlx::query("UPDATE invitations SET revoked_at = COALESCE(revoked_at, $2) WHERE code = $1")
            .bind(code)
            .bind(timestamp(at))
            .execute(&mut *conn)
            .await?;
    Ok(done.rows_affected() > 0)
}

/// Records a wrong code, and forgets those older than `since`.
pub async fn record_failure(
    conn: &mut AnyConnection,
    telegram_id: i64,
    at: DateTime<Utc>,
    since: DateTime<Utc>,
) -> Result<()> {
    sqlx::query("DELETE FROM code_failures WHERE at < $1")
        .bind(timestamp(since))
        .execute(&mut *conn)
        .await?;
    sqlx::query("INSERT INTO code_failures (telegram_id, at) VALUES ($1, $2)")
        .bind(telegram_id)
        .bind(timestamp(at))
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The moments of a user's wrong codes since `since`, oldest first.
pub async fn failures_since(
    conn: &mut AnyConnection,
    telegram_id: i64,
    since: DateTime<Utc>,
) -> Result<Vec<DateTime<Utc>>> {
    let rows: Vec<(String,)> = sqlx::query_as(
        "SELECT at FROM code_failures WHERE telegram_id = $1 AND at >= $2 ORDER BY at",
    )
    .bind(telegram_id)
    .bind(timestamp(since))
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(at,)| DateTime::parse_from_rfc3339(&at).ok())
        .map(|at| at.to_utc())
        .collect())
}
