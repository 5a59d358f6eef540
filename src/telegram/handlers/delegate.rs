//! What delegates do: commands, other messages and buttons, in any chat
//! the tree sends here.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{MaybeInaccessibleMessage, Me, User};

use super::super::callback::Callback;
use super::super::commands::Command;
use super::super::screen::{Screen, Target};
use super::super::send::Sender;
use super::super::views::{View, help, menu, schedule, transport, venues};
use super::{HandlerResult, view_for};
use crate::app::App;
use crate::db::delegates;

/// A command, in any chat.
pub async fn on_command(tg: Sender, app: Arc<App>, msg: Message, cmd: Command) -> HandlerResult {
    let v = view_for(&app, msg.from.as_ref()).await;
    run_command(&tg, &v, Target::beside(&msg), msg.from.as_ref(), cmd).await
}

pub(super) async fn run_command(
    tg: &Sender,
    v: &View<'_>,
    target: Target,
    user: Option<&User>,
    cmd: Command,
) -> HandlerResult {
    let screen = match cmd {
        Command::Start(payload) => {
            // Deep-link payloads are for later features; any payload starts
            // the usual conversation.
            if !payload.is_empty() {
                tracing::debug!(len = payload.len(), "start with payload");
            }
            let name = user.map(|u| u.first_name.as_str()).unwrap_or_default();
            tg.send(target, &menu::greeting(v, name)).await?;
            menu::menu(v)
        }
        Command::Menu => menu::menu(v),
        Command::Schedule => schedule::programme(v),
        Command::Now => schedule::now(v),
        Command::Venues => venues::list(v),
        Command::Transport => transport::topics(v),
        Command::Language => menu::languages(v),
        Command::Help => help::help(v),
    };
    tg.send(target, &screen).await
}

/// Any other message in a private chat: a command we can still make out,
/// or a polite pointer to the menu.
pub async fn on_message(tg: Sender, app: Arc<App>, me: Me, msg: Message) -> HandlerResult {
    let v = view_for(&app, msg.from.as_ref()).await;
    let notice = match msg.text() {
        Some(text) if text.starts_with('/') => {
            if let Some(cmd) = Command::parse_lenient(text, me.username()) {
                return run_command(&tg, &v, Target::beside(&msg), msg.from.as_ref(), cmd).await;
            }
            "fallback-unknown-command"
        }
        Some(_) => "fallback-text",
        None => "fallback-media",
    };
    tg.send(
        Target::beside(&msg),
        &menu::menu(&v).with_notice(&v.t(notice)),
    )
    .await
}

/// What a button leads to.
enum Reply {
    /// Shown in place of the message the button is on.
    Show(Screen),
    /// Sent as a new message, never to be edited away (the taxi card).
    New(Screen),
    /// A map pin.
    Pin(venues::Pin),
}

fn resolve(v: &View<'_>, cb: Callback) -> Option<Reply> {
    Some(match cb {
        Callback::Menu => Reply::Show(menu::menu(v)),
        Callback::Languages => Reply::Show(menu::languages(v)),
        Callback::SetLanguage(_) => {
            Reply::Show(menu::menu(v).with_notice(&v.t("language-changed")))
        }
        Callback::Schedule => Reply::Show(schedule::programme(v)),
        Callback::Day { date, page } => Reply::Show(schedule::day(v, date, page)?),
        Callback::Session(id) => Reply::Show(schedule::session(v, &id)?),
        Callback::Now => Reply::Show(schedule::now(v)),
        Callback::Venues => Reply::Show(venues::list(v)),
        Callback::Venue(id) => Reply::Pin(venues::pin(v, &id)?),
        Callback::Taxi(id) => Reply::New(venues::taxi_card(v, &id)?),
        Callback::Transport => Reply::Show(transport::topics(v)),
        Callback::Topic { id, page } => Reply::Show(transport::topic(v, &id, page)?),
        Callback::Help => Reply::Show(help::help(v)),
    })
}

/// Where a button's answer goes: in place of the message it is on, when
/// that can be edited; else a new message in the same chat.
fn target_of(q: &CallbackQuery) -> Target {
    match &q.message {
        // Only text messages can be edited into another screen.
        Some(MaybeInaccessibleMessage::Regular(m)) => Target::edit_of(m),
        Some(MaybeInaccessibleMessage::Inaccessible(m)) => Target {
            chat: m.chat.id,
            thread: None,
            edit: None,
        },
        None => Target {
            chat: ChatId::from(q.from.id),
            thread: None,
            edit: None,
        },
    }
}

/// A button press, its data decoded by the tree. The button is answered
/// (its spinner stops) before anything that touches the database, so that
/// a slow database never leaves it spinning. An item that no longer exists
/// (a session removed since) gets "this button has expired".
pub async fn on_button(tg: Sender, app: Arc<App>, q: CallbackQuery, cb: Callback) -> HandlerResult {
    if !cb.leads_somewhere(&app.content.event) {
        let v = view_for(&app, Some(&q.from)).await;
        return expired(&tg, &v, &q).await;
    }
    tg.answer(&q, None).await;
    let mut v = view_for(&app, Some(&q.from)).await;
    let mut notice = None;
    if let Callback::SetLanguage(lang) = cb {
        v.lang = lang;
        // Answer in the chosen language even if storing the choice fails;
        // then say so, rather than promise to remember it.
        let stored = async {
            let Ok(id) = i64::try_from(q.from.id.0) else {
                return Ok(());
            };
            delegates::set_language(&mut *app.db.conn().await?, id, lang.code(), app.clock.now())
                .await
        };
        if let Err(e) = stored.await {
            tracing::warn!(error = %e, "could not store a language choice");
            notice = Some(v.ev("error-generic"));
        }
    }
    let target = target_of(&q);
    match resolve(&v, cb) {
        Some(Reply::Show(screen)) => {
            let screen = match notice {
                Some(n) => menu::menu(&v).with_notice(&n),
                None => screen,
            };
            tg.show(target, &screen).await
        }
        Some(Reply::New(screen)) => tg.send(target, &screen).await,
        Some(Reply::Pin(pin)) => tg.pin(target, &pin).await,
        // `leads_somewhere` said it does: the content has not changed since.
        None => tg.show(target, &menu::menu(&v)).await,
    }
}

/// A button whose data does not decode: forged, truncated, or from an
/// older version of the bot.
pub async fn on_expired_button(tg: Sender, app: Arc<App>, q: CallbackQuery) -> HandlerResult {
    let v = view_for(&app, Some(&q.from)).await;
    expired(&tg, &v, &q).await
}

/// "This button has expired", as a toast and above the menu.
async fn expired(tg: &Sender, v: &View<'_>, q: &CallbackQuery) -> HandlerResult {
    tg.answer(q, Some(&v.raw("callback-expired"))).await;
    tg.show(
        target_of(q),
        &menu::menu(v).with_notice(&v.ev("callback-expired")),
    )
    .await
}
