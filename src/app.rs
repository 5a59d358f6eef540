//! What every handler shares: the content, the database, the clock, who
//! has which role, and the shutdown signal.

use std::collections::BTreeSet;
use std::sync::Arc;

use crate::clock::Clock;
use crate::content::Content;
use crate::db::{Db, delegates};
use crate::i18n::Lang;
use crate::shutdown::Shutdown;

#[derive(Debug)]
pub struct App {
    /// The event and every text, validated.
    pub content: Content,
    pub db: Db,
    pub clock: Clock,
    pub roles: Roles,
    pub shutdown: Shutdown,
}

/// Who is who, from the settings.
#[derive(Debug, Clone, Default)]
pub struct Roles {
    /// `ORGANISER_IDS`: Telegram user ids of the organisers.
    pub organisers: BTreeSet<u64>,
    /// `VOLUNTEER_CHAT_ID`: the volunteers' group.
    pub volunteer_chat: Option<i64>,
}

impl Roles {
    pub fn is_organiser(&self, user_id: u64) -> bool {
        self.organisers.contains(&user_id)
    }

    pub fn is_volunteer_chat(&self, chat_id: i64) -> bool {
        self.volunteer_chat == Some(chat_id)
    }
}

impl App {
    pub fn new(
        content: Content,
        db: Db,
        clock: Clock,
        roles: Roles,
        shutdown: Shutdown,
    ) -> Arc<App> {
        Arc::new(App {
            content,
            db,
            clock,
            roles,
            shutdown,
        })
    }

    /// The language to answer a user in: the one they chose, else the one
    /// their Telegram app uses. Storage trouble falls back to the latter.
    pub async fn language_of(&self, user_id: u64, telegram_code: Option<&str>) -> Lang {
        let fallback = Lang::negotiate(telegram_code);
        let Ok(id) = i64::try_from(user_id) else {
            return fallback;
        };
        let seen =
            async { delegates::seen(&mut *self.db.conn().await?, id, self.clock.now()).await };
        match seen.await {
            Ok(Some(code)) => Lang::from_code(&code).unwrap_or(fallback),
            Ok(None) => fallback,
            Err(e) => {
                tracing::warn!(error = %e, "could not read the delegate's language");
                fallback
            }
        }
    }
}
