//! Sending to Telegram safely: in-place edits that tolerate "message is not
//! modified" and messages that can no longer be edited, waits on 429
//! (`retry_after`) that never outlast a shutdown, and quiet handling of
//! users who blocked the bot.

use std::future::Future;
use std::time::Duration;

use teloxide::prelude::*;
use teloxide::types::{
    ChatFullInfoKind, ChatFullInfoPublicKind, InputFile, MessageId, ParseMode, ReactionType,
    ReplyParameters, ThreadId,
};
use teloxide::{ApiError, RequestError};

use std::sync::Arc;

use super::screen::{Screen, Target};
use super::views::venues::Pin;
use crate::announcements::pace::Pace;
use crate::app::App;
use crate::error::Result;
use crate::shutdown::Shutdown;

/// How many times a request is tried when Telegram answers 429.
const ATTEMPTS: u32 = 3;
/// The longest wait on a 429 inside a handler; longer waits give up.
const MAX_WAIT: Duration = Duration::from_secs(30);

/// The bot, for one update's replies, with the shutdown signal that cuts
/// long waits short.
#[derive(Clone)]
pub struct Sender {
    pub bot: Bot,
    shutdown: Shutdown,
    /// The shared pace of sending (replies take the next free slot, ahead
    /// of announcements); `None`: unpaced.
    pace: Option<Arc<Pace>>,
}

impl Sender {
    pub fn new(bot: Bot, shutdown: Shutdown) -> Sender {
        Sender {
            bot,
            shutdown,
            pace: None,
        }
    }

    /// A sender for the bot's replies, at the app's shared pace.
    pub fn for_app(bot: Bot, app: &App) -> Sender {
        Sender {
            bot,
            shutdown: app.shutdown.clone(),
            pace: Some(app.outbox.pace.clone()),
        }
    }

    /// Runs a request that sends or edits a message, at the shared pace,
    /// waiting and trying again while Telegram says "retry after" — unless
    /// the wait would outlast a shutdown under way.
    pub async fn retrying<T, F, Fut>(&self, request: F) -> Result<T, RequestError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, RequestError>>,
    {
        self.trying(true, request).await
    }

    /// [`Sender::retrying`] for requests that send no message (answering a
    /// button, reading a chat): outside the pace.
    pub async fn retrying_unpaced<T, F, Fut>(&self, request: F) -> Result<T, RequestError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, RequestError>>,
    {
        self.trying(false, request).await
    }

    async fn trying<T, F, Fut>(&self, paced: bool, mut request: F) -> Result<T, RequestError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, RequestError>>,
    {
        let mut attempt = 1;
        loop {
            if paced && let Some(pace) = &self.pace {
                pace.reply_turn().await;
            }
            let started = std::time::Instant::now();
            let result = request().await;
            crate::ops::telegram_request(crate::ops::outcome_of(&result), started.elapsed());
            match result {
                Err(RequestError::RetryAfter(wait))
                    if attempt < ATTEMPTS && wait.duration() <= MAX_WAIT =>
                {
                    tracing::info!(
                        seconds = wait.seconds(),
                        "Telegram asked to slow down; waiting"
                    );
                    if !self.shutdown.sleep(wait.duration()).await {
                        tracing::warn!(
                            seconds = wait.seconds(),
                            "stopping: a reply waiting on Telegram's flood control is dropped"
                        );
                        return Err(RequestError::RetryAfter(wait));
                    }
                    attempt += 1;
                }
                other => return other,
            }
        }
    }

    /// Shows a screen: edits the target message in place when there is
    /// one, else (or when it can no longer be edited) sends a new message.
    pub async fn show(&self, target: Target, screen: &Screen) -> Result<()> {
        if let Some(message) = target.edit {
            match self.edit(target, message, screen).await {
                Ok(()) => return Ok(()),
                Err(RequestError::Api(ApiError::MessageNotModified)) => return Ok(()),
                Err(RequestError::Api(e))
                    if !matches!(e, ApiError::BotBlocked | ApiError::UserDeactivated) =>
                {
                    tracing::debug!(error = %e, "cannot edit; sending a new message");
                }
                Err(e) => return settle::<()>(Err(e)).map(|_| ()),
            }
        }
        self.send(target, screen).await
    }

    async fn edit(
        &self,
        target: Target,
        message: MessageId,
        screen: &Screen,
    ) -> Result<(), RequestError> {
        let text = screen.fitted_text();
        self.retrying(|| {
            self.bot
                .edit_message_text(target.chat, message, text.clone())
                .parse_mode(ParseMode::Html)
                .reply_markup(screen.keyboard())
                .into_future()
        })
        .await
        .map(|_| ())
    }

    /// Sends a screen as a new message.
    pub async fn send(&self, target: Target, screen: &Screen) -> Result<()> {
        let text = screen.fitted_text();
        let result = self
            .retrying(|| {
                let mut request = self
                    .bot
                    .send_message(target.chat, text.clone())
                    .parse_mode(ParseMode::Html);
                if let Some(thread) = target.thread {
                    request = request.message_thread_id(thread);
                }
                if !screen.rows.is_empty() {
                    request = request.reply_markup(screen.keyboard());
                }
                request.into_future()
            })
            .await;
        settle(result).map(|_| ())
    }

    /// Sends a native map pin with its buttons.
    pub async fn pin(&self, target: Target, pin: &Pin) -> Result<()> {
        let result = self
            .retrying(|| {
                let mut request = self
                    .bot
                    .send_venue(
                        target.chat,
                        pin.lat,
                        pin.lon,
                        pin.title.clone(),
                        pin.address.clone(),
                    )
                    .reply_markup(pin.buttons.keyboard());
                if let Some(thread) = target.thread {
                    request = request.message_thread_id(thread);
                }
                request.into_future()
            })
            .await;
        settle(result).map(|_| ())
    }

    /// Sends an image (a QR code) with an HTML caption (at most 1024
    /// characters) and buttons.
    pub async fn photo(
        &self,
        target: Target,
        png: Vec<u8>,
        file_name: &str,
        caption: &str,
        buttons: &Screen,
    ) -> Result<()> {
        let caption = fit_caption(caption);
        let result = self
            .retrying(|| {
                let mut request = self
                    .bot
                    .send_photo(
                        target.chat,
                        InputFile::memory(png.clone()).file_name(file_name.to_string()),
                    )
                    .caption(caption.clone())
                    .parse_mode(ParseMode::Html);
                if let Some(thread) = target.thread {
                    request = request.message_thread_id(thread);
                }
                if !buttons.rows.is_empty() {
                    request = request.reply_markup(buttons.keyboard());
                }
                request.into_future()
            })
            .await;
        settle(result).map(|_| ())
    }

    /// Sends a file (a calendar, a spreadsheet) with an HTML caption.
    pub async fn document(
        &self,
        target: Target,
        bytes: Vec<u8>,
        file_name: &str,
        caption: &str,
    ) -> Result<()> {
        let caption = fit_caption(caption);
        let result = self
            .retrying(|| {
                let mut request = self
                    .bot
                    .send_document(
                        target.chat,
                        InputFile::memory(bytes.clone()).file_name(file_name.to_string()),
                    )
                    .caption(caption.clone())
                    .parse_mode(ParseMode::Html);
                if let Some(thread) = target.thread {
                    request = request.message_thread_id(thread);
                }
                request.into_future()
            })
            .await;
        settle(result).map(|_| ())
    }

    /// Sends a screen, in reply to `reply_to` if given, and gives back the
    /// message sent (`None`: the chat cannot be reached).
    pub async fn post(
        &self,
        target: Target,
        screen: &Screen,
        reply_to: Option<MessageId>,
    ) -> Result<Option<Message>> {
        let text = screen.fitted_text();
        let result = self
            .retrying(|| {
                let mut request = self
                    .bot
                    .send_message(target.chat, text.clone())
                    .parse_mode(ParseMode::Html);
                if let Some(thread) = target.thread {
                    request = request.message_thread_id(thread);
                }
                if let Some(to) = reply_to {
                    request = request
                        .reply_parameters(ReplyParameters::new(to).allow_sending_without_reply());
                }
                if !screen.rows.is_empty() {
                    request = request.reply_markup(screen.keyboard());
                }
                request.into_future()
            })
            .await;
        settle(result)
    }

    /// Replaces the text and buttons of a message the bot sent (a ticket's
    /// post); one that can no longer be edited is left as it is.
    pub async fn replace(&self, chat: ChatId, message: MessageId, screen: &Screen) -> Result<()> {
        let target = Target {
            chat,
            thread: None,
            edit: Some(message),
        };
        match self.edit(target, message, screen).await {
            Ok(()) | Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(()),
            Err(RequestError::Api(e)) => {
                tracing::info!(error = %e, "a message could not be updated");
                Ok(())
            }
            Err(e) => Err(e.into()),
        }
    }

    /// Copies a message (text, photo, document, location…) into `to`,
    /// without the name of who wrote it; with a new caption if given (for
    /// media that have one). `None`: `to` cannot be reached.
    pub async fn copy(
        &self,
        to: Target,
        from: ChatId,
        message: MessageId,
        caption: Option<&str>,
        reply_to: Option<MessageId>,
    ) -> Result<Option<MessageId>> {
        let caption = caption.map(fit_caption);
        let result = self
            .retrying(|| {
                let mut request = self.bot.copy_message(to.chat, from, message);
                if let Some(thread) = to.thread {
                    request = request.message_thread_id(thread);
                }
                if let Some(c) = &caption {
                    request = request.caption(c.clone()).parse_mode(ParseMode::Html);
                }
                if let Some(r) = reply_to {
                    request = request
                        .reply_parameters(ReplyParameters::new(r).allow_sending_without_reply());
                }
                request.into_future()
            })
            .await;
        settle(result)
    }

    /// Takes the buttons off a message (an acknowledged announcement).
    pub async fn clear_buttons(&self, chat: ChatId, message: MessageId) {
        if let Err(e) = self
            .retrying(|| {
                self.bot
                    .edit_message_reply_markup(chat, message)
                    .into_future()
            })
            .await
        {
            tracing::debug!(error = %e, "buttons not taken off");
        }
    }

    /// Copies a message into `to` as it is, with `buttons` under it.
    pub async fn copy_with(
        &self,
        to: Target,
        from: ChatId,
        message: MessageId,
        buttons: Option<&Screen>,
    ) -> Result<()> {
        let result = self
            .retrying(|| {
                let mut request = self.bot.copy_message(to.chat, from, message);
                if let Some(thread) = to.thread {
                    request = request.message_thread_id(thread);
                }
                if let Some(b) = buttons {
                    request = request.reply_markup(b.keyboard());
                }
                request.into_future()
            })
            .await;
        settle(result).map(|_| ())
    }

    /// Whether `chat` is a forum (a supergroup with topics).
    pub async fn is_forum(&self, chat: ChatId) -> Result<bool> {
        let info = self
            .retrying_unpaced(|| self.bot.get_chat(chat).into_future())
            .await?;
        Ok(match info.kind {
            ChatFullInfoKind::Public(p) => {
                matches!(&p.kind, ChatFullInfoPublicKind::Supergroup(s) if s.is_forum)
            }
            ChatFullInfoKind::Private(_) => false,
        })
    }

    /// Opens a forum topic named `name` (at most 128 characters).
    pub async fn open_topic(&self, chat: ChatId, name: &str) -> Result<ThreadId> {
        let name = crate::text::shorten(name, 128);
        let topic = self
            .retrying(|| {
                self.bot
                    .create_forum_topic(chat, name.clone())
                    .into_future()
            })
            .await?;
        Ok(topic.thread_id)
    }

    /// Closes a forum topic; failing that, leaves it open.
    pub async fn close_topic(&self, chat: ChatId, thread: ThreadId) {
        if let Err(e) = self
            .retrying_unpaced(|| self.bot.close_forum_topic(chat, thread).into_future())
            .await
        {
            tracing::info!(error = %e, "a forum topic could not be closed");
        }
    }

    /// Marks a message with a reaction (a volunteer's answer, passed on).
    pub async fn react(&self, chat: ChatId, message: MessageId, emoji: &str) {
        let reaction = vec![ReactionType::Emoji {
            emoji: emoji.to_string(),
        }];
        if let Err(e) = self
            .retrying_unpaced(|| {
                self.bot
                    .set_message_reaction(chat, message)
                    .reaction(reaction.clone())
                    .into_future()
            })
            .await
        {
            tracing::debug!(error = %e, "no reaction set");
        }
    }

    /// Answers a button press (stops its spinner), with a short notice if
    /// given. An old query can no longer be answered: that is not an error.
    pub async fn answer(&self, query: &CallbackQuery, toast: Option<&str>) {
        let answer = self
            .retrying_unpaced(|| {
                let request = self.bot.answer_callback_query(query.id.clone());
                match toast {
                    Some(text) => request.text(text.to_string()).into_future(),
                    None => request.into_future(),
                }
            })
            .await;
        if let Err(e) = answer {
            tracing::debug!(error = %e, "callback query not answered");
        }
    }
}

/// Telegram's limit on a caption.
pub const CAPTION_LIMIT: usize = 1024;

/// A caption within Telegram's limit: as it is, or its plain text cut.
fn fit_caption(caption: &str) -> String {
    let screen = Screen::new(caption);
    if crate::text::utf16_len(caption) <= CAPTION_LIMIT {
        return caption.to_string();
    }
    let plain = screen.fitted_text_within(CAPTION_LIMIT);
    tracing::warn!("caption cut to fit Telegram's limit");
    plain
}

/// Whether the user can no longer be reached (blocked the bot, deleted
/// their account): nothing to do about it but stop trying.
pub fn unreachable_user(e: &RequestError) -> bool {
    matches!(
        e,
        RequestError::Api(
            ApiError::BotBlocked
                | ApiError::UserDeactivated
                | ApiError::CantInitiateConversation
                | ApiError::BotKicked
                | ApiError::BotKickedFromSupergroup
                | ApiError::ChatNotFound
        )
    )
}

/// Turns an unreachable user into success (logged), other errors into ours.
pub fn settle<T>(result: Result<T, RequestError>) -> Result<Option<T>> {
    match result {
        Ok(v) => Ok(Some(v)),
        Err(e) if unreachable_user(&e) => {
            tracing::info!(error = %e, "user unreachable; reply dropped");
            Ok(None)
        }
        Err(e) => Err(e.into()),
    }
}
