//! The `delegate_settings` table: each delegate's reminders and morning
//! briefing.

use chrono::{DateTime, Utc};
use sqlx::AnyConnection;

use super::timestamp;
use crate::error::Result;

/// Minutes before a session by default.
pub const DEFAULT_REMINDER: u32 = 15;

/// A delegate's settings (the defaults when they never changed them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Minutes before each session; `None`: no reminders.
    pub reminder: Option<u32>,
    pub briefing: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            reminder: Some(DEFAULT_REMINDER),
            briefing: true,
        }
    }
}

pub async fn get(conn: &mut AnyConnection, telegram_id: i64) -> Result<Settings> {
    let row: Option<(i64, i64)> = sqlx::query_as(
        "SELECT reminder_minutes, briefing FROM delegate_settings WHERE telegram_id = $1",
    )
    .bind(telegram_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match row {
        Some((m, b)) => Settings {
            reminder: u32::try_from(m).ok().filter(|m| *m > 0),
            briefing: b != 0,
        },
        None => Settings::default(),
    })
}

/// Stores both settings (idempotent).
pub async fn put(
    conn: &mut AnyConnection,
    telegram_id: i64,
    s: Settings,
    at: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO delegate_settings (telegram_id, reminder_minutes, briefing, updated_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (telegram_id) DO UPDATE SET \
         reminder_minutes = excluded.reminder_minutes, briefing = excluded.briefing, \
         updated_at = excluded.updated_at",
    )
    .bind(telegram_id)
    .bind(i64::from(s.reminder.unwrap_or(0)))
    .bind(i64::from(s.briefing))
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}
