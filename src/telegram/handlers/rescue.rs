//! When a handler fails: log it in the update's span and tell the user, in
//! their language, rather than leave them waiting on a spinner.

use std::sync::Arc;

use teloxide::dptree::di::DependencyMap;
use teloxide::prelude::*;
use teloxide::types::{MaybeInaccessibleMessage, Update, UpdateKind};

use super::super::screen::{Screen, Target};
use super::super::send::Sender;
use super::super::views::View;
use super::view_for;
use crate::app::App;
use crate::error::Error;
use crate::i18n::Lang;

/// Handles a failed update: the failure is logged (WARN for Telegram's
/// trouble, ERROR for ours, including a request Telegram refused as
/// malformed); a pressed button is always answered; and, for our own
/// failures, the user gets the localized "something went wrong".
pub async fn failed(deps: &DependencyMap, error: Error) {
    match &error {
        Error::Telegram(e) if !malformed(e) => {
            tracing::warn!(error = %e, "Telegram request failed")
        }
        other => tracing::error!(error = %other, "handler failed"),
    }
    let (Some(bot), Some(app), Some(update)) = (
        deps.try_get::<Bot>(),
        deps.try_get::<Arc<App>>(),
        deps.try_get::<Update>(),
    ) else {
        return;
    };
    let tg = Sender::for_app(Bot::clone(&bot), &app);
    // When the database is what failed, do not wait on it again for the
    // user's language: their Telegram app's will do.
    let v = if matches!(error, Error::Database(_) | Error::State(_)) {
        let telegram = update.from().and_then(|u| u.language_code.as_deref());
        View::new(app.content(), Lang::negotiate(telegram), app.clock.now())
    } else {
        view_for(&app, update.from()).await
    };
    let target = match &update.kind {
        UpdateKind::CallbackQuery(q) => {
            tg.answer(q, Some(&v.raw("error-generic"))).await;
            match &q.message {
                Some(MaybeInaccessibleMessage::Regular(m)) => Some(Target::beside(m)),
                Some(MaybeInaccessibleMessage::Inaccessible(m)) => Some(Target::chat(m.chat.id)),
                None => None,
            }
        }
        UpdateKind::Message(m) => Some(Target::beside(m)),
        _ => None,
    };
    if matches!(error, Error::Telegram(_)) {
        // Telegram itself is in trouble: another message would fare no better.
        return;
    }
    if let Some(target) = target
        && let Err(e) = tg.send(target, &Screen::new(v.ev("error-generic"))).await
    {
        tracing::warn!(error = %e, "could not tell the user about the failure");
    }
}

/// Whether Telegram refused a request as one we built wrong (markup it
/// cannot parse, a text too long, bad button data): our bug, not its
/// trouble.
pub fn malformed(e: &teloxide::RequestError) -> bool {
    use teloxide::ApiError;
    matches!(
        e,
        teloxide::RequestError::Api(
            ApiError::CantParseEntities(_)
                | ApiError::MessageIsTooLong
                | ApiError::EditedMessageIsTooLong
                | ApiError::MessageTextIsEmpty
                | ApiError::ButtonDataInvalid
                | ApiError::TextButtonsAreUnallowed
        )
    )
}
