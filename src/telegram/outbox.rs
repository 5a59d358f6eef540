//! The outbox's courier on Telegram: copies an announcement (the version
//! in the recipient's language) or renders a notice in it, and keeps the
//! organiser's progress message up to date.

use std::sync::Arc;

use futures_util::future::BoxFuture;
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{MessageId, ParseMode};

use super::callback::Callback;
use super::screen::{Screen, button};
use super::send::{Sender, unreachable_user};
use super::views::{View, announcements as av, reminders as rv};
use crate::announcements::outbox::{Courier, Letter, Outcome, Report};
use crate::announcements::{Notice, reminders};
use crate::app::App;
use crate::db::announcements::Kind;
use crate::db::registrations;

pub struct TelegramCourier {
    pub tg: Sender,
    pub app: Arc<App>,
}

impl TelegramCourier {
    pub fn new(bot: Bot, app: Arc<App>) -> TelegramCourier {
        TelegramCourier {
            tg: Sender::for_app(bot, &app),
            app,
        }
    }

    async fn send(&self, letter: &Letter) -> Result<(), RequestError> {
        let bot = &self.tg.bot;
        let chat = ChatId(letter.telegram_id);
        let a = &letter.announcement.row;
        let paid = self.app.outbox.pace.paid();
        let v = View::new(self.app.content(), letter.lang, self.app.clock.now());
        match a.kind {
            Kind::Message => {
                let Some((from, message)) = letter.announcement.version_for(letter.lang) else {
                    return Err(RequestError::Io(Arc::new(std::io::Error::other(
                        "the announcement has no message to copy",
                    ))));
                };
                let message = MessageId(i32::try_from(message).unwrap_or_default());
                let mut request = bot.copy_message(chat, ChatId(from), message);
                if a.needs_ack {
                    request = request.reply_markup(av::ack_button(&v, a.id).keyboard());
                }
                if paid {
                    request = request.allow_paid_broadcast(true);
                }
                request.await.map(|_| ())
            }
            Kind::Notice => {
                let notice = a.notice.as_deref().and_then(Notice::from_json);
                let Some(notice) = notice else {
                    return Err(RequestError::Io(Arc::new(std::io::Error::other(
                        "a notice that does not read",
                    ))));
                };
                let screen = match self.personal(&v, letter, &notice).await? {
                    Some(screen) => screen,
                    None => {
                        let mut screen = Screen::new(av::notice(&v, &notice));
                        if let Notice::Session { session, .. } = &notice
                            && v.event().session(session).is_some()
                        {
                            screen = screen.row(vec![button(
                                v.raw("button-notice-session"),
                                Callback::Session(session.clone()),
                            )]);
                        }
                        screen
                    }
                };
                let mut request = bot
                    .send_message(chat, screen.fitted_text())
                    .parse_mode(ParseMode::Html);
                if !screen.rows.is_empty() {
                    request = request.reply_markup(screen.keyboard());
                }
                if paid {
                    request = request.allow_paid_broadcast(true);
                }
                request.await.map(|_| ())
            }
        }
    }
}

impl TelegramCourier {
    /// The sessions the reader has a confirmed seat in. A database that
    /// cannot tell fails the delivery (tried again later), rather than
    /// send a briefing that says they have nothing today.
    async fn registered(&self, telegram_id: i64) -> Result<Vec<String>, RequestError> {
        let places =
            async { registrations::places_of(&mut *self.app.db.conn().await?, telegram_id).await };
        match places.await {
            Ok(p) => Ok(p
                .into_iter()
                .filter(|p| p.status == registrations::Status::Confirmed)
                .map(|p| p.session_id)
                .collect()),
            Err(e) => Err(RequestError::Io(Arc::new(std::io::Error::other(format!(
                "cannot read a delegate's seats: {e}"
            ))))),
        }
    }

    /// A reminder or a briefing, made for its reader; `None` for other
    /// notices.
    async fn personal(
        &self,
        v: &View,
        letter: &Letter,
        notice: &Notice,
    ) -> Result<Option<Screen>, RequestError> {
        Ok(match notice {
            Notice::Reminder {
                session, minutes, ..
            } => {
                let Some(s) = v.event().session(session) else {
                    return Ok(None);
                };
                let registered = self.registered(letter.telegram_id).await?;
                let taxi = reminders::from_elsewhere(v.event(), &registered, s);
                // Never more minutes than are left (a reminder written
                // late, after a restart or a delay, says the truth).
                let minutes = reminders::minutes_left(v.event(), s, v.now)
                    .map_or(*minutes, |left| left.min(*minutes));
                Some(rv::reminder(v, s, minutes, taxi))
            }
            Notice::Briefing { date } => {
                let registered = self.registered(letter.telegram_id).await?;
                let day = reminders::day_of(v.event(), &registered, *date);
                Some(rv::briefing(v, *date, &day))
            }
            _ => None,
        })
    }
}

impl Courier for TelegramCourier {
    fn deliver<'a>(&'a self, letter: &'a Letter) -> BoxFuture<'a, Outcome> {
        Box::pin(async move {
            // A reminder of a session that moved or began, or a briefing
            // after the morning, is no longer true or timely.
            if let Some(notice) = letter
                .announcement
                .row
                .notice
                .as_deref()
                .and_then(Notice::from_json)
                && !reminders::still_due(&self.app.content().event, &notice, self.app.clock.now())
            {
                return Outcome::Skipped;
            }
            let started = std::time::Instant::now();
            let sent = self.send(letter).await;
            crate::ops::telegram_request(crate::ops::outcome_of(&sent), started.elapsed());
            match sent {
                Ok(()) => Outcome::Sent,
                Err(RequestError::RetryAfter(wait)) => Outcome::RetryAfter(wait.duration()),
                Err(e) if unreachable_user(&e) => Outcome::Unreachable,
                Err(e) => Outcome::Failed(e.to_string()),
            }
        })
    }

    fn progress<'a>(&'a self, report: &'a Report) -> BoxFuture<'a, ()> {
        Box::pin(async move {
            let Some((chat, message)) = report.announcement.progress else {
                return;
            };
            let lang = self.app.language_of_stored(chat).await;
            let v = View::new(self.app.content(), lang, self.app.clock.now());
            let screen = av::progress(&v, report);
            let message = MessageId(i32::try_from(message).unwrap_or_default());
            if let Err(e) = self.tg.replace(ChatId(chat), message, &screen).await {
                tracing::info!(error = %e, "the progress of an announcement could not be shown");
            }
        })
    }
}
