//! The `attendees` table: delegates who used an invitation, and their
//! profile.

use chrono::{DateTime, Utc};
use sqlx::AnyConnection;

use super::timestamp;
use crate::error::Result;

/// A profile as stored: every field `None` until given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileRow {
    pub full_name: Option<String>,
    pub title: Option<String>,
    pub city: Option<String>,
    pub country_code: Option<String>,
    pub country_other: Option<String>,
    pub organisation: Option<String>,
    pub diet: Option<String>,
    pub diet_note: Option<String>,
    pub interpretation: Option<String>,
}

/// An attendee: who, with which invitation, and their profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    pub telegram_id: i64,
    pub invitation: String,
    pub delegation: String,
    pub profile: ProfileRow,
    pub complete: bool,
}

type Row = (
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

const SELECT: &str = "SELECT a.telegram_id, a.invitation, i.delegation, a.full_name, a.title, \
     a.city, a.country_code, a.country_other, a.organisation, a.diet, a.diet_note, \
     a.interpretation, a.completed_at FROM attendees a JOIN invitations i ON i.code = a.invitation";

fn from_row(r: Row) -> Attendee {
    let (
        telegram_id,
        invitation,
        delegation,
        full_name,
        title,
        city,
        country_code,
        country_other,
        organisation,
        diet,
        diet_note,
        interpretation,
        completed_at,
    ) = r;
    Attendee {
        telegram_id,
        invitation,
        delegation,
        profile: ProfileRow {
            full_name,
            title,
            city,
            country_code,
            country_other,
            organisation,
            diet,
            diet_note,
            interpretation,
        },
        complete: completed_at.is_some(),
    }
}

pub async fn get(conn: &mut AnyConnection, telegram_id: i64) -> Result<Option<Attendee>> {
    let row: Option<Row> = sqlx::query_as(&format!("{SELECT} WHERE a.telegram_id = $1"))
        .bind(telegram_id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(from_row))
}

/// Every attendee, by delegation and name.
pub async fn list(conn: &mut AnyConnection) -> Result<Vec<Attendee>> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "{SELECT} ORDER BY i.delegation, a.full_name, a.telegram_id"
    ))
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows.into_iter().map(from_row).collect())
}

/// Adds a delegate to an invitation's delegation (no profile yet).
pub async fn join(
    conn: &mut AnyConnection,
    telegram_id: i64,
    invitation: &str,
    at: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO attendees (telegram_id, invitation, joined_at) VALUES ($1, $2, $3) \
         ON CONFLICT (telegram_id) DO NOTHING",
    )
    .bind(telegram_id)
    .bind(invitation)
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Stores a profile, complete: every field, at once.
pub async fn save_profile(
    conn: &mut AnyConnection,
    telegram_id: i64,
    p: &ProfileRow,
    at: DateTime<Utc>,
) -> Result<bool> {
    let done = with_profile(
        sqlx::query(
            "UPDATE attendees SET full_name = $2, title = $3, city = $4, country_code = $5, \
             country_other = $6, organisation = $7, diet = $8, diet_note = $9, \
             interpretation = $10, completed_at = COALESCE(completed_at, $11) \
             WHERE telegram_id = $1",
        ),
        telegram_id,
        p,
    )
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() > 0)
}

/// Stores the answers so far of a profile being filled in (never over a
/// finished one: corrections are saved whole by [`save_profile`]).
pub async fn save_draft(conn: &mut AnyConnection, telegram_id: i64, p: &ProfileRow) -> Result<()> {
    with_profile(
        sqlx::query(
            "UPDATE attendees SET full_name = $2, title = $3, city = $4, country_code = $5, \
             country_other = $6, organisation = $7, diet = $8, diet_note = $9, \
             interpretation = $10 WHERE telegram_id = $1 AND completed_at IS NULL",
        ),
        telegram_id,
        p,
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// Binds `$1` (the delegate) and `$2`–`$10` (the profile's fields, in
/// order).
fn with_profile<'q>(q: Query<'q>, telegram_id: i64, p: &'q ProfileRow) -> Query<'q> {
    q.bind(telegram_id)
        .bind(&p.full_name)
        .bind(&p.title)
        .bind(&p.city)
        .bind(&p.country_code)
        .bind(&p.country_other)
        .bind(&p.organisation)
        .bind(&p.diet)
        .bind(&p.diet_note)
        .bind(&p.interpretation)
}
