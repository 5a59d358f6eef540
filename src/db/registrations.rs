//! The `registrations` table: delegates' places in sessions, confirmed or
//! on the waitlist (in order of arrival), with their check-in.
//!
//! Statements that read then write run in [`super::Db::write_locked`],
//! which holds the session's and the delegate's locks.

use chrono::{DateTime, Utc};
use sqlx::AnyConnection;

use super::timestamp;
use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Status {
    Confirmed,
    Waitlisted,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Confirmed => "confirmed",
            Status::Waitlisted => "waitlisted",
        }
    }

    fn parse(s: &str) -> Status {
        if s == "confirmed" {
            Status::Confirmed
        } else {
            Status::Waitlisted
        }
    }
}

/// A delegate's place in a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Order of arrival.
    pub id: i64,
    pub session_id: String,
    pub telegram_id: i64,
    pub status: Status,
    pub token: String,
    /// RFC 3339, UTC.
    pub checked_in_at: Option<String>,
}

type Row = (i64, String, i64, String, String, Option<String>);

const SELECT: &str =
    "SELECT id, session_id, telegram_id, status, token, checked_in_at FROM registrations";

fn from_row((id, session_id, telegram_id, status, token, checked_in_at): Row) -> Place {
    Place {
        id,
        session_id,
        telegram_id,
        status: Status::parse(&status),
        token,
        checked_in_at,
    }
}

pub async fn place(
    conn: &mut AnyConnection,
    session_id: &str,
    telegram_id: i64,
) -> Result<Option<Place>> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE session_id = $1 AND telegram_id = $2"
    ))
    .bind(session_id)
    .bind(telegram_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(from_row))
}

/// A delegate's places, in order of arrival.
pub async fn places_of(conn: &mut AnyConnection, telegram_id: i64) -> Result<Vec<Place>> {
    let rows: Vec<Row> = sqlx::query_as(&format!("{SELECT} WHERE telegram_id = $1 ORDER BY id"))
        .bind(telegram_id)
        .fetch_all(&mut *conn)
        .await?;
    Ok(rows.into_iter().map(from_row).collect())
}

pub async fn by_token(conn: &mut AnyConnection, token: &str) -> Result<Option<Place>> {
    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE token = $1"))
        .bind(token)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(from_row))
}

pub async fn count(conn: &mut AnyConnection, session_id: &str, status: Status) -> Result<i64> {
    let (n,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM registrations WHERE session_id = $1 AND status = $2")
            .bind(session_id)
            .bind(status.as_str())
            .fetch_one(&mut *conn)
            .await?;
    Ok(n)
}

/// A waitlisted place's position (1 is next), counting places that
/// arrived before it.
pub async fn position(conn: &mut AnyConnection, session_id: &str, id: i64) -> Result<i64> {
    let (n,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM registrations \
         WHERE session_id = $1 AND status = 'waitlisted' AND id <= $2",
    )
    .bind(session_id)
    .bind(id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(n)
}

/// Takes a place; its id is its order of arrival.
pub async fn insert(
    conn: &mut AnyConnection,
    session_id: &str,
    telegram_id: i64,
    status: Status,
    token: &str,
    at: DateTime<Utc>,
) -> Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO registrations (session_id, telegram_id, status, token, created_at) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(session_id)
    .bind(telegram_id)
    .bind(status.as_str())
    .bind(token)
    .bind(timestamp(at))
    .fetch_one(&mut *conn)
    .await?;
    Ok(id)
}

/// Gives up a place. Whether there was one.
pub async fn delete(conn: &mut AnyConnection, session_id: &str, telegram_id: i64) -> Result<bool> {
    let done = sqlx::query("DELETE FROM registrations WHERE session_id = $1 AND telegram_id = $2")
        .bind(session_id)
        .bind(telegram_id)
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// The first place on a session's waitlist.
pub async fn first_waitlisted(conn: &mut AnyConnection, session_id: &str) -> Result<Option<Place>> {
    let row: Option<Row> = sqlx::query_as(&format!(
        "{SELECT} WHERE session_id = $1 AND status = 'waitlisted' ORDER BY id LIMIT 1"
    ))
    .bind(session_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(from_row))
}

pub async fn confirm(conn: &mut AnyConnection, id: i64) -> Result<()> {
    sqlx::query("UPDATE registrations SET status = 'confirmed' WHERE id = $1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Marks a place as checked in, unless it already is; returns when it was
/// checked in (now, or the first time), or `None` for an unknown token.
pub async fn check_in(
    conn: &mut AnyConnection,
    token: &str,
    by: i64,
    at: DateTime<Utc>,
) -> Result<Option<(String, bool)>> {
    let done = sqlx::query(
        "UPDATE registrations SET checked_in_at = $2, checked_in_by = $3 \
         WHERE token = $1 AND checked_in_at IS NULL AND status = 'confirmed'",
    )
    .bind(token)
    .bind(timestamp(at))
    .bind(by)
    .execute(&mut *conn)
    .await?;
    let now_done = done.rows_affected() > 0;
    let row: Option<(Option<String>,)> =
        sqlx::query_as("SELECT checked_in_at FROM registrations WHERE token = $1")
            .bind(token)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(row.and_then(|(at,)| at).map(|at| (at, now_done)))
}

/// Per session: confirmed, waitlisted, checked in.
pub async fn summary(conn: &mut AnyConnection) -> Result<Vec<(String, i64, i64, i64)>> {
    let rows: Vec<(String, i64, i64, i64)> = sqlx::query_as(
        "SELECT session_id, \
         SUM(CASE WHEN status = 'confirmed' THEN 1 ELSE 0 END), \
         SUM(CASE WHEN status = 'waitlisted' THEN 1 ELSE 0 END), \
         SUM(CASE WHEN checked_in_at IS NOT NULL THEN 1 ELSE 0 END) \
         FROM registrations GROUP BY session_id ORDER BY session_id",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows)
}

/// Every place, by session and order of arrival.
pub async fn all(conn: &mut AnyConnection) -> Result<Vec<Place>> {
    let rows: Vec<Row> = sqlx::query_as(&format!("{SELECT} ORDER BY session_id, id"))
        .fetch_all(&mut *conn)
        .await?;
    Ok(rows.into_iter().map(from_row).collect())
}
