//! When a handler fails: log it in the update's span and tell the user, in
//! their language, rather than leave them waiting on a spinner.

use std::sync::Arc;

use teloxide::dptree::di::DependencyMap;
use teloxide::prelude::*;
use teloxide::types::{MaybeInaccessibleMessage, Update, UpdateKind};

use super::super::screen::{Screen, Target};
use super::super::send::Sender;
use super::view_for;
use crate::app::App;
use crate::error::Error;

/// Handles a failed update: the failure is logged (WARN for Telegram's
/// trouble, ERROR for ours); a pressed button is always answered; and, for
/// our own failures, the user gets the localized "something went wrong".
pub async fn failed(deps: &DependencyMap, error: Error) {
    match &error {
        Error::Telegram(e) => tracing::warn!(error = %e, "Telegram request failed"),
        other => tracing::error!(error = %other, "handler failed"),
    }
    let (Some(bot), Some(app), Some(update)) = (
        deps.try_get::<Bot>(),
        deps.try_get::<Arc<App>>(),
        deps.try_get::<Update>(),
    ) else {
        return;
    };
    let tg = Sender::new(Bot::clone(&bot), app.shutdown.clone());
    let v = view_for(&app, update.from()).await;
    let text = v.t("error-generic");
    let target = match &update.kind {
        UpdateKind::CallbackQuery(q) => {
            tg.answer(q, Some(&text)).await;
            match &q.message {
                Some(MaybeInaccessibleMessage::Regular(m)) => Some(Target::beside(m)),
                Some(MaybeInaccessibleMessage::Inaccessible(m)) => Some(Target {
                    chat: m.chat.id,
                    thread: None,
                    edit: None,
                }),
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
        && let Err(e) = tg.send(target, &Screen::new(text)).await
    {
        tracing::warn!(error = %e, "could not tell the user about the failure");
    }
}
