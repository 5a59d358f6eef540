//! Handlers: parse the update, ask the views for a screen, send it. They
//! hold no domain logic; views (one module per feature) render the event's
//! content in the user's language.

pub mod help;
pub mod menu;
pub mod schedule;
pub mod transport;
pub mod venues;

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{MaybeInaccessibleMessage, Me, User};

use super::callback::Callback;
use super::commands::Command;
use super::screen::{Screen, Target, View};
use super::send::{retrying, send, settle, show};
use crate::app::App;
use crate::error::{Error, Result};
use crate::i18n::Lang;

pub type HandlerResult = Result<(), Error>;

async fn view_for(app: &Arc<App>, user: Option<&User>) -> View {
    let lang = match user {
        Some(u) => app.language_of(u.id.0, u.language_code.as_deref()).await,
        None => Lang::En,
    };
    View::new(app.clone(), lang)
}

/// A command, in any chat.
pub async fn on_command(bot: Bot, app: Arc<App>, msg: Message, cmd: Command) -> HandlerResult {
    let v = view_for(&app, msg.from.as_ref()).await;
    run_command(&bot, &v, Target::beside(&msg), msg.from.as_ref(), cmd).await
}

async fn run_command(
    bot: &Bot,
    v: &View,
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
            send(bot, target, &menu::greeting(v, name)).await?;
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
    send(bot, target, &screen).await
}

/// Any other message in a private chat: a command we can still make out,
/// or a polite pointer to the menu.
pub async fn on_message(bot: Bot, app: Arc<App>, me: Me, msg: Message) -> HandlerResult {
    if msg.from.as_ref().is_some_and(|u| u.is_bot) {
        return Ok(());
    }
    let v = view_for(&app, msg.from.as_ref()).await;
    let notice = match msg.text() {
        Some(text) if text.starts_with('/') => {
            if let Some(cmd) = Command::parse_lenient(text, me.username()) {
                return run_command(&bot, &v, Target::beside(&msg), msg.from.as_ref(), cmd).await;
            }
            "fallback-unknown-command"
        }
        Some(_) => "fallback-text",
        None => "fallback-media",
    };
    send(
        &bot,
        Target::beside(&msg),
        &menu::menu(&v).with_notice(&v.t(notice)),
    )
    .await
}

/// What a button leads to.
enum Reply<'a> {
    /// Shown in place of the message the button is on.
    Show(Screen),
    /// Sent as a new message, never to be edited away (the taxi card).
    New(Screen),
    /// A map pin.
    Pin(venues::Pin<'a>),
}

fn resolve(v: &View, cb: Callback) -> Option<Reply<'_>> {
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

/// A button press. Stale or forged data gets "this button has expired" and
/// the menu.
pub async fn on_callback(bot: Bot, app: Arc<App>, q: CallbackQuery) -> HandlerResult {
    let mut v = view_for(&app, Some(&q.from)).await;
    let target = match &q.message {
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
    };
    let action = q.data.as_deref().and_then(Callback::decode);

    if let Some(Callback::SetLanguage(lang)) = action {
        if let Ok(id) = i64::try_from(q.from.id.0) {
            app.db
                .set_language(id, lang.code(), app.clock.now())
                .await?;
        }
        v = View::new(app.clone(), lang);
    }

    let reply = action.and_then(|a| resolve(&v, a));
    let toast = reply.is_none().then(|| v.t("callback-expired"));
    let answer = retrying(|| {
        let request = bot.answer_callback_query(q.id.clone());
        match &toast {
            Some(text) => request.text(text.clone()).into_future(),
            None => request.into_future(),
        }
    })
    .await;
    if let Err(e) = answer {
        // An old query can no longer be answered; the reply still goes out.
        tracing::debug!(error = %e, "callback query not answered");
    }

    match reply {
        Some(Reply::Show(screen)) => show(&bot, target, &screen).await,
        Some(Reply::New(screen)) => send(&bot, target, &screen).await,
        Some(Reply::Pin(pin)) => {
            let result = retrying(|| {
                let mut request = bot
                    .send_venue(
                        target.chat,
                        pin.venue.lat,
                        pin.venue.lon,
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
        None => {
            let screen = menu::menu(&v).with_notice(&v.t("callback-expired"));
            show(&bot, target, &screen).await
        }
    }
}
