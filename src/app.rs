//! What every handler needs: the event, the translations, the database and
//! the clock, loaded once at start-up.

use std::path::Path;
use std::sync::Arc;

use crate::clock::Clock;
use crate::db::Db;
use crate::error::{Error, Result};
use crate::event::{self, Event};
use crate::i18n::{I18n, Lang};

#[derive(Debug)]
pub struct App {
    pub event: Event,
    pub i18n: I18n,
    pub db: Db,
    pub clock: Clock,
}

impl App {
    /// Loads and validates the event and the translations (the same checks as
    /// `delegate-desk check`), and opens the database.
    pub async fn load(
        event_dir: &Path,
        locales_dir: &Path,
        db: Db,
        clock: Clock,
    ) -> Result<Arc<App>> {
        let problems = event::check(event_dir, locales_dir);
        if !problems.is_empty() {
            return Err(Error::Invalid(problems));
        }
        let event = event::load(event_dir)?;
        let i18n = I18n::load(&[locales_dir, &event_dir.join("locales")])?;
        Ok(Arc::new(App {
            event,
            i18n,
            db,
            clock,
        }))
    }

    /// The language to answer a user in: the one they chose, else the one
    /// their Telegram app uses. Storage trouble falls back to the latter.
    pub async fn language_of(&self, user_id: u64, telegram_code: Option<&str>) -> Lang {
        let fallback = Lang::negotiate(telegram_code);
        let Ok(id) = i64::try_from(user_id) else {
            return fallback;
        };
        match self.db.seen_delegate(id, self.clock.now()).await {
            Ok(Some(code)) => Lang::from_code(&code).unwrap_or(fallback),
            Ok(None) => fallback,
            Err(e) => {
                tracing::warn!(error = %e, "could not read the delegate's language");
                fallback
            }
        }
    }
}
