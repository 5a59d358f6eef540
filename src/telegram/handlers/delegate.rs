//! What delegates do: commands, other messages and buttons, in any chat
//! the tree sends here.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{MaybeInaccessibleMessage, Me, User};

use super::super::callback::Callback;
use super::super::commands::Command;
use super::super::conversation::Conversation;
use super::super::screen::{Screen, Target};
use super::super::send::Sender;
use super::super::views::announcements as av;
use super::super::views::{
    View, help, menu, questions as qv, reminders, schedule, transport, venues,
};
use super::registration::{self as reg, dialogue};
use super::{HandlerResult, announcements, organiser, questions, view_for};
use crate::app::App;
use crate::db::{delegates, settings};
use crate::registration::codes::{self, Typed};

/// A command, in any chat.
pub async fn on_command(tg: Sender, app: Arc<App>, msg: Message, cmd: Command) -> HandlerResult {
    let v = view_for(&app, msg.from.as_ref()).await;
    let at = Some(i64::from(msg.id.0));
    run_command(
        &tg,
        &app,
        &v,
        Target::beside(&msg),
        msg.from.as_ref(),
        cmd,
        at,
    )
    .await
}

/// Runs a command; `target_message` is the id of the message that gave it
/// (so that `/ask` delivered twice asks once).
pub(super) async fn run_command(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    user: Option<&User>,
    cmd: Command,
    target_message: Option<i64>,
) -> HandlerResult {
    let private = target.chat.is_user();
    let uid = user.and_then(|u| i64::try_from(u.id.0).ok());
    let screen = match cmd {
        Command::Start(payload) => {
            if let (Some(u), false, true) = (user, payload.is_empty(), private) {
                return reg::start_with_payload(tg, app, v, target, u, &payload).await;
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
        Command::Settings if private => match uid {
            Some(uid) => {
                reminders::settings(v, settings::get(&mut *app.db.conn().await?, uid).await?)
            }
            None => menu::menu(v),
        },
        Command::Settings => menu::menu(v),
        Command::Help => help::help(v),
        // Personal screens: in a private chat only.
        Command::Dialogues => reg::dialogues_screen(app, v, uid.filter(|_| private)).await?,
        Command::My | Command::Profile | Command::Cancel if !private => menu::menu(v),
        Command::My => match uid {
            Some(uid) => reg::agenda_screen(app, v, uid).await?,
            None => menu::menu(v),
        },
        Command::Profile => {
            return match user {
                Some(u) => reg::show_profile(tg, app, v, target, u, false).await,
                None => Ok(()),
            };
        }
        Command::Ask(_) | Command::Volunteer if !private => menu::menu(v),
        Command::Ask(question) => {
            let Some(u) = user else { return Ok(()) };
            if question.trim().is_empty() {
                dialogue(app, target.chat)
                    .update(Conversation::Asking)
                    .await?;
                return tg.send(target, &qv::prompt(v)).await;
            }
            let source = target_message.unwrap_or_default();
            return questions::ask_volunteer(tg, app, v, target, u, &question, source).await;
        }
        Command::Volunteer => {
            return match user {
                Some(u) => questions::volunteer_languages(tg, app, v, target, u).await,
                None => Ok(()),
            };
        }
        Command::Cancel => {
            let d = dialogue(app, target.chat);
            let (notice, screen) = match d.get().await? {
                Some(Conversation::Asking) => ("ask-cancelled", menu::menu(v)),
                Some(Conversation::Profile { .. }) => ("profile-cancelled", menu::menu(v)),
                Some(Conversation::Invitation(_)) => {
                    ("organiser-invite-cancelled", Screen::new(String::new()))
                }
                Some(Conversation::Announcing(_)) => ("announce-discarded", menu::menu(v)),
                _ => ("fallback-nothing-to-cancel", menu::menu(v)),
            };
            d.exit().await?;
            let text = if screen.text.is_empty() {
                Screen::new(v.t(notice))
            } else {
                screen.with_notice(&v.t(notice))
            };
            return tg.send(target, &text).await;
        }
    };
    tg.send(target, &screen).await
}

/// Any other message in a private chat, outside a form: an invitation code
/// typed or pasted, a command we can still make out, or a polite pointer
/// to the menu.
pub async fn on_message(tg: Sender, app: Arc<App>, me: Me, msg: Message) -> HandlerResult {
    let v = view_for(&app, msg.from.as_ref()).await;
    let target = Target::beside(&msg);
    let notice = match msg.text() {
        Some(text) if text.starts_with('/') => {
            if let Some(cmd) = Command::parse_lenient(text, me.username()) {
                let at = Some(i64::from(msg.id.0));
                return run_command(&tg, &app, &v, target, msg.from.as_ref(), cmd, at).await;
            }
            "fallback-unknown-command"
        }
        Some(text) if codes::pasted_check_in(text).is_some() && msg.from.is_some() => {
            let (Some(token), Some(u)) = (codes::pasted_check_in(text), msg.from.as_ref()) else {
                return Ok(());
            };
            return reg::scan(&tg, &app, &v, target, u, &token).await;
        }
        Some(text) => match (codes::read_typed(text), msg.from.as_ref()) {
            (Typed::Code(code), Some(u)) => {
                return reg::use_code(&tg, &app, &v, target, u, &code).await;
            }
            (Typed::Malformed, Some(u)) => {
                return reg::use_code(&tg, &app, &v, target, u, "").await;
            }
            (_, Some(u)) => {
                if let Some(t) = open_ticket(&app, u).await? {
                    return questions::relay_from_delegate(&tg, &app, &v, target, &msg, t).await;
                }
                return questions::on_question(&tg, &app, &v, target, u, &msg, text).await;
            }
            // No sender (never so in a private chat): the menu.
            _ => "fallback-media",
        },
        None => match msg.from.as_ref() {
            Some(u) => match open_ticket(&app, u).await? {
                Some(t) => {
                    return questions::relay_from_delegate(&tg, &app, &v, target, &msg, t).await;
                }
                None => "fallback-media",
            },
            None => "fallback-media",
        },
    };
    tg.send(target, &menu::menu(&v).with_notice(&v.t(notice)))
        .await
}

/// The delegate's question still open with the volunteers, if any.
async fn open_ticket(
    app: &App,
    user: &User,
) -> crate::error::Result<Option<crate::db::tickets::Ticket>> {
    let Ok(uid) = i64::try_from(user.id.0) else {
        return Ok(None);
    };
    crate::db::tickets::open_of(&mut *app.db.conn().await?, uid).await
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

fn resolve(v: &View, cb: Callback) -> Option<Reply> {
    Some(match cb {
        Callback::Menu => Reply::Show(menu::menu(v)),
        Callback::Languages => Reply::Show(menu::languages(v)),
        Callback::SetLanguage(_) => {
            Reply::Show(menu::menu(v).with_notice(&v.t("language-changed")))
        }
        Callback::Schedule => Reply::Show(schedule::programme(v)),
        Callback::Day { date, page } => Reply::Show(schedule::day(v, date, page)?),
        Callback::Session(id) => Reply::Show(schedule::session(v, &id, None)?),
        Callback::Now => Reply::Show(schedule::now(v)),
        Callback::Venues => Reply::Show(venues::list(v)),
        Callback::Venue(id) => Reply::Pin(venues::pin(v, &id)?),
        Callback::Taxi(id) => Reply::New(venues::taxi_card(v, &id)?),
        Callback::Transport => Reply::Show(transport::topics(v)),
        Callback::Topic { id, page } => Reply::Show(transport::topic(v, &id, page)?),
        Callback::Help => Reply::Show(help::help(v)),
        // Registration's buttons are handled before; reaching here, they
        // lead back to the menu.
        _ => Reply::Show(menu::menu(v)),
    })
}

/// Where a button's answer goes: in place of the message it is on, when
/// that can be edited; else a new message in the same chat.
fn target_of(q: &CallbackQuery) -> Target {
    match &q.message {
        // Only text messages can be edited into another screen.
        Some(MaybeInaccessibleMessage::Regular(m)) => Target::edit_of(m),
        Some(MaybeInaccessibleMessage::Inaccessible(m)) => Target::chat(m.chat.id),
        None => Target::chat(ChatId::from(q.from.id)),
    }
}

/// A button press, its data decoded by the tree. The button is answered
/// (its spinner stops) before anything that touches the database, so that
/// a slow database never leaves it spinning. An item that no longer exists
/// (a session removed since) gets "this button has expired".
pub async fn on_button(
    tg: Sender,
    app: Arc<App>,
    me: Me,
    q: CallbackQuery,
    cb: Callback,
) -> HandlerResult {
    let content = app.content();
    if !cb.leads_somewhere(&content.event) {
        let v = view_for(&app, Some(&q.from)).await;
        return expired(&tg, &v, &q).await;
    }
    // Volunteers' buttons on a ticket, in their group: answered with
    // their own pop-ups.
    if matches!(cb, Callback::Claim(_) | Callback::CloseTicket(_)) {
        return questions::on_ticket_button(&tg, &app, &q, &cb).await;
    }
    // "Got it" under an announcement: a toast, and the button goes.
    if let Callback::Ack(id) = cb {
        let v = view_for(&app, Some(&q.from)).await;
        return announcements::on_ack(&tg, &app, &v, &q, id).await;
    }
    tg.answer(&q, None).await;
    let mut v = view_for(&app, Some(&q.from)).await;
    let target = target_of(&q);
    let private = target.chat.is_user();
    let uid = i64::try_from(q.from.id.0).ok();
    let me_id = uid.unwrap_or_default();
    // Registration's buttons: personal, so in a private chat only.
    match &cb {
        Callback::Session(id) => {
            let uid = uid.filter(|_| private);
            return match reg::session_screen(&app, &v, id, uid).await? {
                Some(mut screen) => {
                    // Organisers change a session on site from its screen.
                    if private
                        && app.roles.is_organiser(q.from.id.0)
                        && let Some(s) = v.event().session(id)
                    {
                        screen = screen.row(vec![av::change_button(&v, s)]);
                    }
                    tg.show(target, &screen).await
                }
                None => tg.show(target, &menu::menu(&v)).await,
            };
        }
        Callback::Dialogues => {
            let screen = reg::dialogues_screen(&app, &v, uid.filter(|_| private)).await?;
            return tg.show(target, &screen).await;
        }
        _ if !private && is_personal(&cb) => return expired_answered(&tg, &v, &q).await,
        _ if uid.is_none() => return expired_answered(&tg, &v, &q).await,
        Callback::My => {
            let screen = reg::agenda_screen(&app, &v, me_id).await?;
            return tg.show(target, &screen).await;
        }
        Callback::Ics => {
            return reg::send_ics(&tg, &app, &v, target.fresh(), target.chat.0).await;
        }
        Callback::Profile => return reg::show_profile(&tg, &app, &v, target, &q.from, true).await,
        Callback::EditField(f) => return reg::edit_field(&tg, &app, &v, target, &q.from, *f).await,
        Callback::Country(_) | Callback::Diet(_) | Callback::Interpretation(_) => {
            let answered = reg::on_profile_button(&tg, &app, &v, target.fresh(), &cb).await?;
            return if answered {
                Ok(())
            } else {
                expired_answered(&tg, &v, &q).await
            };
        }
        Callback::Register(id) | Callback::Switch(id) => {
            let switch = matches!(cb, Callback::Switch(_));
            return reg::register(&tg, &app, &v, &me, target, &q.from, id, switch).await;
        }
        Callback::Cancel { id, back } => {
            return reg::cancel(&tg, &app, &v, &me, target, &q.from, id, *back).await;
        }
        Callback::CheckInCode(id) => {
            let sent = match v.event().session(id) {
                Some(s) => {
                    reg::send_code(&tg, &app, &v, &me, target.chat, s, target.chat.0).await?
                }
                None => false,
            };
            if !sent {
                // No seat (any more): the session's screen says where they stand.
                if let Some(screen) = reg::session_screen(&app, &v, id, uid).await? {
                    return tg.show(target, &screen).await;
                }
            }
            return Ok(());
        }
        Callback::CheckIn(token) => {
            return reg::check_in(&tg, &app, &v, target, &q.from, token).await;
        }
        Callback::Latest => return announcements::latest(&tg, &app, &v, target, me_id).await,
        Callback::Settings | Callback::SetReminder(_) | Callback::SetBriefing(_) => {
            return settings_button(&tg, &app, &v, target, me_id, &cb).await;
        }
        Callback::ShowAnnouncement(id) => {
            return announcements::show_one(&tg, &app, &v, target, me_id, *id).await;
        }
        cb if cb.is_organisers_announcement() => {
            if app.roles.is_organiser(q.from.id.0) {
                return announcements::on_button(&tg, &app, &v, target, &q, cb).await;
            }
            return expired_answered(&tg, &v, &q).await;
        }
        Callback::AskVolunteer(_) | Callback::TicketDone(_) | Callback::Helpful { .. } => {
            return questions::on_delegate_button(&tg, &app, &v, target, &q.from, &cb).await;
        }
        Callback::VolunteerLang(_) | Callback::VolunteerDone => {
            return questions::on_volunteer_button(&tg, &app, &v, target, &q.from, &cb).await;
        }
        Callback::Invites { .. }
        | Callback::Revoke(_)
        | Callback::RevokeConfirmed(_)
        | Callback::NoExpiry => {
            if app.roles.is_organiser(q.from.id.0) {
                return organiser::on_button(&tg, &app, &v, &me, target, &q.from, &cb).await;
            }
            return expired_answered(&tg, &v, &q).await;
        }
        _ => {}
    }
    let mut notice = None;
    if let Callback::SetLanguage(lang) = cb {
        v.lang = lang;
        // Answer in the chosen language even if storing the choice fails;
        // then say so, rather than promise to remember it.
        let stored = async {
            let Ok(id) = i64::try_from(q.from.id.0) else {
                return Ok(());
            };
            let stored = async {
                delegates::set_language(
                    &mut *app.db.conn().await?,
                    id,
                    lang.code(),
                    app.clock.now(),
                )
                .await
            };
            let stored = stored.await;
            app.outbox.known.forget(id);
            stored
        };
        if let Err(e) = stored.await {
            tracing::warn!(error = %e, "could not store a language choice");
            notice = Some(v.ev("error-generic"));
        }
    }
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

/// ⚙️ Settings, and a reminder or briefing setting changed from it.
async fn settings_button(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    uid: i64,
    cb: &Callback,
) -> HandlerResult {
    let mut conn = app.db.conn().await?;
    let mut s = settings::get(&mut conn, uid).await?;
    let changed = match *cb {
        Callback::SetReminder(m) => {
            s.reminder = (m > 0).then_some(u32::from(m));
            true
        }
        Callback::SetBriefing(on) => {
            s.briefing = on;
            true
        }
        _ => false,
    };
    if changed {
        settings::put(&mut conn, uid, s, app.clock.now()).await?;
    }
    drop(conn);
    let mut screen = reminders::settings(v, s);
    if changed {
        screen = screen.with_notice(&v.t("settings-saved"));
    }
    tg.show(target, &screen).await
}

/// Buttons about the one who presses them: only in a private chat.
fn is_personal(cb: &Callback) -> bool {
    !matches!(
        cb,
        Callback::Menu
            | Callback::Languages
            | Callback::SetLanguage(_)
            | Callback::Schedule
            | Callback::Day { .. }
            | Callback::Session(_)
            | Callback::Now
            | Callback::Venues
            | Callback::Venue(_)
            | Callback::Taxi(_)
            | Callback::Transport
            | Callback::Topic { .. }
            | Callback::Help
            | Callback::Dialogues
    )
}

/// A button whose data does not decode: forged, truncated, or from an
/// older version of the bot.
pub async fn on_expired_button(tg: Sender, app: Arc<App>, q: CallbackQuery) -> HandlerResult {
    let v = view_for(&app, Some(&q.from)).await;
    expired(&tg, &v, &q).await
}

/// "This button has expired", as a toast and above the menu.
pub(super) async fn expired(tg: &Sender, v: &View, q: &CallbackQuery) -> HandlerResult {
    tg.answer(q, Some(&v.raw("callback-expired"))).await;
    expired_answered(tg, v, q).await
}

/// "This button has expired" above the menu, for a press already answered
/// (Telegram refuses a second answer to the same press).
async fn expired_answered(tg: &Sender, v: &View, q: &CallbackQuery) -> HandlerResult {
    tg.show(
        target_of(q),
        &menu::menu(v).with_notice(&v.ev("callback-expired")),
    )
    .await
}
