//! The `delegates` table: who has talked to the bot, and in which language.

use chrono::{DateTime, Utc};
use sqlx::AnyConnection;

use super::timestamp;
use crate::error::Result;

/// A delegate as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delegate {
    pub telegram_id: i64,
    /// The chosen language code, if they chose one.
    pub language: Option<String>,
    /// The language code their Telegram app reported last.
    pub app_language: Option<String>,
    pub first_seen: String,
}

/// Records the delegate if new (or reachable again, if Telegram had said
/// they could not be reached) (a second delivery of the same update is
/// harmless), and the language their app reports if it changed; returns
/// their chosen language code, if any.
pub async fn seen(
    conn: &mut AnyConnection,
    telegram_id: i64,
    app_language: Option<&str>,
    at: DateTime<Utc>,
) -> Result<Option<String>> {
    let row: Option<(Option<String>, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT language, app_language, unreachable_at FROM delegates WHERE telegram_id = $1",
    )
    .bind(telegram_id)
    .fetch_optional(&mut *conn)
    .await?;
    if let Some((language, stored_app, unreachable)) = row {
        if app_language.is_some() && stored_app.as_deref() != app_language {
            sqlx::query("UPDATE delegates SET app_language = $2 WHERE telegram_id = $1")
                .bind(telegram_id)
                .bind(app_language)
                .execute(&mut *conn)
                .await?;
        }
        if unreachable.is_some() {
            // They wrote again: announcements reach them again.
            sqlx::query("UPDATE delegates SET unreachable_at = NULL WHERE telegram_id = $1")
                .bind(telegram_id)
                .execute(&mut *conn)
                .await?;
        }
        return Ok(language);
    }
    sqlx::query(
        "INSERT INTO delegates (telegram_id, language, app_language, first_seen) \
         VALUES ($1, NULL, $2, $3) ON CONFLICT (telegram_id) DO NOTHING",
    )
    .bind(telegram_id)
    .bind(app_language)
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(None)
}

/// Stores the delegate's chosen language (idempotent).
pub async fn set_language(
    conn: &mut AnyConnection,
    telegram_id: i64,
    language: &str,
    at: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO delegates (telegram_id, language, first_seen) VALUES ($1, $2, $3) \
         ON CONFLICT (telegram_id) DO UPDATE SET language = excluded.language",
    )
    .bind(telegram_id)
    .bind(language)
    .bind(timestamp(at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub async fn get(conn: &mut AnyConnection, telegram_id: i64) -> Result<Option<Delegate>> {
    let row: Option<(i64, Option<String>, Option<String>, String)> = sqlx::query_as(
        "SELECT telegram_id, language, app_language, first_seen FROM delegates \
         WHERE telegram_id = $1",
    )
    .bind(telegram_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(
        |(telegram_id, language, app_language, first_seen)| Delegate {
            telegram_id,
            language,
            app_language,
            first_seen,
        },
    ))
}

/// How many delegates have talked to the bot, by chosen language code
/// (`None`: following Telegram's language), most first.
pub async fn count_by_language(conn: &mut AnyConnection) -> Result<Vec<(Option<String>, i64)>> {
    let rows: Vec<(Option<String>, i64)> = sqlx::query_as(
        "SELECT language, COUNT(*) AS n FROM delegates GROUP BY language \
         ORDER BY n DESC, COALESCE(language, '')",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows)
}

pub async fn count(conn: &mut AnyConnection) -> Result<i64> {
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM delegates")
        .fetch_one(&mut *conn)
        .await?;
    Ok(n)
}

/// The language to write to a delegate in, from what is stored: the one
/// they chose, else the one their app reported last, else English.
pub fn language_of(language: Option<&str>, app_language: Option<&str>) -> crate::i18n::Lang {
    use crate::i18n::Lang;
    language
        .and_then(Lang::from_code)
        .or_else(|| app_language.map(|c| Lang::negotiate(Some(c))))
        .unwrap_or(Lang::En)
}
