//! Sending to Telegram safely: in-place edits that tolerate "message is not
//! modified" and messages that can no longer be edited, waits on 429
//! (`retry_after`), and quiet handling of users who blocked the bot.

use std::future::Future;
use std::time::Duration;

use teloxide::prelude::*;
use teloxide::types::{MessageId, ParseMode};
use teloxide::{ApiError, RequestError};

use super::screen::{Screen, Target};
use crate::error::Result;

/// How many times a request is tried when Telegram answers 429.
const ATTEMPTS: u32 = 3;
/// The longest wait on a 429 inside a handler; longer waits give up.
const MAX_WAIT: Duration = Duration::from_secs(30);

/// Runs a request, waiting and trying again while Telegram says "retry after".
pub async fn retrying<T, F, Fut>(mut request: F) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, RequestError>>,
{
    let mut attempt = 1;
    loop {
        match request().await {
            Err(RequestError::RetryAfter(wait))
                if attempt < ATTEMPTS && wait.duration() <= MAX_WAIT =>
            {
                tracing::info!(
                    seconds = wait.seconds(),
                    "Telegram asked to slow down; waiting"
                );
                tokio::time::sleep(wait.duration()).await;
                attempt += 1;
            }
            other => return other,
        }
    }
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

/// Shows a screen: edits the target message in place when there is one, else
/// (or when it can no longer be edited) sends a new message.
pub async fn show(bot: &Bot, target: Target, screen: &Screen) -> Result<()> {
    if let Some(message) = target.edit {
        match edit(bot, target, message, screen).await {
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
    send(bot, target, screen).await
}

async fn edit(
    bot: &Bot,
    target: Target,
    message: MessageId,
    screen: &Screen,
) -> Result<(), RequestError> {
    let text = screen.fitted_text();
    retrying(|| {
        bot.edit_message_text(target.chat, message, text.clone())
            .parse_mode(ParseMode::Html)
            .reply_markup(screen.keyboard())
            .into_future()
    })
    .await
    .map(|_| ())
}

/// Sends a screen as a new message.
pub async fn send(bot: &Bot, target: Target, screen: &Screen) -> Result<()> {
    let text = screen.fitted_text();
    let result = retrying(|| {
        let mut request = bot
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
