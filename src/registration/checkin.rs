//! Check-in at the door: what a scanned token shows, and marking present.

use chrono::{DateTime, Utc};

use crate::db::registrations::{self, Status};
use crate::db::{Db, attendees};
use crate::error::Result;

/// Whose place a token is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ticket {
    pub telegram_id: i64,
    pub session_id: String,
    pub full_name: String,
    pub delegation: String,
    /// When they were checked in, if they were.
    pub checked_in_at: Option<DateTime<Utc>>,
}

fn parse(at: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(at).ok().map(|t| t.to_utc())
}

/// The confirmed place a token stands for; `None` for an unknown token or
/// a place that is (again) only on the waitlist.
pub async fn ticket(db: &Db, token: &str) -> Result<Option<Ticket>> {
    let mut conn = db.conn().await?;
    let Some(place) = registrations::by_token(&mut conn, token).await? else {
        return Ok(None);
    };
    if place.status != Status::Confirmed {
        return Ok(None);
    }
    let attendee = attendees::get(&mut conn, place.telegram_id).await?;
    Ok(Some(Ticket {
        telegram_id: place.telegram_id,
        session_id: place.session_id,
        full_name: attendee
            .as_ref()
            .and_then(|a| a.profile.full_name.clone())
            .unwrap_or_default(),
        delegation: attendee.map(|a| a.delegation).unwrap_or_default(),
        checked_in_at: place.checked_in_at.as_deref().and_then(parse),
    }))
}

/// What marking present did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckedIn {
    Now(DateTime<Utc>),
    Already(DateTime<Utc>),
    Unknown,
}

/// Marks the token's holder present (once: a second scan keeps the first
/// time).
pub async fn check_in(db: &Db, token: &str, by: i64, now: DateTime<Utc>) -> Result<CheckedIn> {
    let done = registrations::check_in(&mut *db.conn().await?, token, by, now).await?;
    Ok(match done {
        Some((at, fresh)) => match (parse(&at), fresh) {
            (Some(at), true) => CheckedIn::Now(at),
            (Some(at), false) => CheckedIn::Already(at),
            (None, _) => CheckedIn::Unknown,
        },
        None => CheckedIn::Unknown,
    })
}
