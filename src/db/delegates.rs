//! The `delegates` table: who has talked to the bot, and in which language.

use chrono::{DateTime, SecondsFormat, Utc};

use super::Db;
use crate::error::Result;

/// A delegate as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delegate {
    pub telegram_id: i64,
    /// The chosen language code, if they chose one.
    pub language: Option<String>,
    pub first_seen: String,
}

fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl Db {
    /// Records the delegate if new (a second delivery of the same update is
    /// harmless) and returns their chosen language code, if any.
    pub async fn seen_delegate(
        &self,
        telegram_id: i64,
        at: DateTime<Utc>,
    ) -> Result<Option<String>> {
        let row: Option<(Option<String>,)> =
            sqlx::query_as("SELECT language FROM delegates WHERE telegram_id = $1")
                .bind(telegram_id)
                .fetch_optional(self.pool())
                .await?;
        if let Some((language,)) = row {
            return Ok(language);
        }
        sqlx::query(
            "INSERT INTO delegates (telegram_id, language, first_seen) VALUES ($1, NULL, $2) \
             ON CONFLICT (telegram_id) DO NOTHING",
        )
        .bind(telegram_id)
        .bind(timestamp(at))
        .execute(self.pool())
        .await?;
        Ok(None)
    }

    /// Stores the delegate's chosen language (idempotent).
    pub async fn set_language(
        &self,
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
        .execute(self.pool())
        .await?;
        Ok(())
    }

    pub async fn delegate(&self, telegram_id: i64) -> Result<Option<Delegate>> {
        let row: Option<(i64, Option<String>, String)> = sqlx::query_as(
            "SELECT telegram_id, language, first_seen FROM delegates WHERE telegram_id = $1",
        )
        .bind(telegram_id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|(telegram_id, language, first_seen)| Delegate {
            telegram_id,
            language,
            first_seen,
        }))
    }

    pub async fn count_delegates(&self) -> Result<i64> {
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM delegates")
            .fetch_one(self.pool())
            .await?;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn db() -> (tempfile::TempDir, Db) {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let db = Db::connect(&url).await.unwrap();
        db.migrate().await.unwrap();
        (dir, db)
    }

    #[tokio::test]
    async fn first_contact_is_recorded_once() {
        let (_dir, db) = db().await;
        let t0 = DateTime::parse_from_rfc3339("2025-01-15T10:00:00Z")
            .unwrap()
            .to_utc();
        let t1 = DateTime::parse_from_rfc3339("2025-01-16T10:00:00Z")
            .unwrap()
            .to_utc();
        assert_eq!(db.seen_delegate(7, t0).await.unwrap(), None);
        assert_eq!(db.seen_delegate(7, t1).await.unwrap(), None);
        let d = db.delegate(7).await.unwrap().unwrap();
        assert_eq!(d.first_seen, "2025-01-15T10:00:00Z");
        assert_eq!(db.count_delegates().await.unwrap(), 1);
    }

    #[tokio::test]
    async fn chosen_language_survives_reopening() {
        let (dir, db) = db().await;
        let now = Utc::now();
        db.set_language(7, "th", now).await.unwrap();
        db.set_language(7, "th", now).await.unwrap();
        db.close().await;
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let db = Db::connect(&url).await.unwrap();
        db.migrate().await.unwrap();
        assert_eq!(
            db.seen_delegate(7, now).await.unwrap().as_deref(),
            Some("th")
        );
    }
}
