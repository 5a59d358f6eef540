//! Typed questions: answered from what the desk knows, or passed to the
//! volunteers' group as tickets. Delegates' further messages and
//! volunteers' replies are relayed both ways, each once (Telegram may
//! deliver an update twice), without showing either side's account.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{MessageId, ThreadId, User};

use super::super::callback::Callback;
use super::super::conversation::Conversation;
use super::super::screen::{Screen, Target, esc};
use super::super::send::Sender;
use super::super::views::{View, menu, questions as qv};
use super::registration::{self as reg, dialogue, is_volunteer};
use super::{HandlerResult, view_for};
use crate::app::App;
use crate::db::attendees;
use crate::db::tickets::{self, NewTicket, Status, Ticket};
use crate::error::Result;
use crate::questions::Answer;

/// At most this many messages a minute from one delegate to the volunteers.
pub const MAX_MESSAGES_PER_MINUTE: i64 = 5;
/// At most this many new tickets an hour from one delegate.
pub const MAX_TICKETS_PER_HOUR: i64 = 3;
/// The longest question kept (Telegram's own limit on a message).
const MAX_QUESTION: usize = 4096;

fn user_id(user: &User) -> Option<i64> {
    i64::try_from(user.id.0).ok()
}

/// What the bot writes in the volunteers' group, in their language.
fn volunteers_view(app: &App) -> View {
    View::new(app.content(), app.roles.volunteer_language, app.clock.now())
}

fn thread_of(t: &Ticket) -> Option<ThreadId> {
    t.thread_id
        .and_then(|id| i32::try_from(id).ok())
        .map(|id| ThreadId(MessageId(id)))
}

fn message_of(id: Option<i64>) -> Option<MessageId> {
    id.and_then(|id| i32::try_from(id).ok()).map(MessageId)
}

/// What the bot writes to the delegate of a ticket, in their language.
async fn delegate_view(app: &App, telegram_id: i64) -> View {
    View::new(
        app.content(),
        app.language_of_stored(telegram_id).await,
        app.clock.now(),
    )
}

/// A question typed in a private chat: the answer, or the offer of a
/// volunteer when the bot is not sure.
pub async fn on_question(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    user: &User,
    msg: &Message,
    text: &str,
) -> HandlerResult {
    let Some(uid) = user_id(user) else {
        return Ok(());
    };
    let local = v.event().local(v.now);
    let found = v.content.questions().ask(v.event(), text, v.lang, local);
    let label = found.answer.as_ref().map(Answer::label);
    tracing::debug!(answer = ?label, coverage = found.coverage, "typed question");
    let question: String = text.chars().take(MAX_QUESTION).collect();
    let (qid, _) = tickets::record_question(
        &mut *app.db.conn().await?,
        uid,
        i64::from(msg.id.0),
        &question,
        v.lang.code(),
        label.as_deref(),
        app.clock.now(),
    )
    .await?;
    let screen = match &found.answer {
        Some(a) => {
            let session = match a {
                Answer::Session(id) => reg::session_screen(app, v, id, Some(uid)).await?,
                _ => None,
            };
            qv::answer(v, a, qid, session).unwrap_or_else(|| qv::unsure(v, qid))
        }
        None => qv::unsure(v, qid),
    };
    tg.send(target, &screen).await
}

/// `/ask` with a question, the question typed after "Ask a volunteer", or
/// the button under an answer: passes `question` to the volunteers.
/// `source` identifies what asked it (a message id; a typed question's id,
/// negated), so that a redelivered update opens nothing new.
pub async fn ask_volunteer(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    user: &User,
    question: &str,
    source: i64,
) -> HandlerResult {
    let Some(uid) = user_id(user) else {
        return Ok(());
    };
    if app.roles.volunteer_chat.is_none() {
        return unavailable(tg, v, target).await;
    }
    let now = app.clock.now();
    let question: String = question.trim().chars().take(MAX_QUESTION).collect();
    let first_name: String = user.first_name.chars().take(64).collect();
    let lang = v.lang.code();
    // One transaction, recorded with the update (see `db::journal`):
    // handled again after a crash, the update finds the ticket it opened,
    // not "a ticket already open" to relay its own question to.
    let opening = app
        .db
        .write("ticket", |tx| {
            let (question, first_name) = (question.clone(), first_name.clone());
            Box::pin(async move {
                // A ticket still open takes the question as a further message.
                if let Some(t) = tickets::open_of(tx, uid).await? {
                    return Ok(Opening::Existing(t.id));
                }
                let (lately, _) =
                    tickets::recent_activity(tx, uid, now - chrono::Duration::hours(1)).await?;
                if lately >= MAX_TICKETS_PER_HOUR {
                    return Ok(Opening::Limited);
                }
                let delegation = attendees::get(tx, uid).await?.map(|a| a.delegation);
                let t = NewTicket {
                    telegram_id: uid,
                    source,
                    lang,
                    question: &question,
                    first_name: &first_name,
                    delegation: delegation.as_deref(),
                };
                let (id, new) = tickets::open(tx, &t, now).await?;
                Ok(Opening::Opened { id, new })
            })
        })
        .await?;
    let (id, new) = match opening {
        Opening::Limited => return tg.send(target, &Screen::new(v.t("ask-limit"))).await,
        Opening::Existing(id) => {
            let Some(t) = tickets::get(&mut *app.db.conn().await?, id).await? else {
                return Ok(());
            };
            return relay_text_from_delegate(tg, app, v, target, &t, source, &question).await;
        }
        Opening::Opened { id, new } => (id, new),
    };
    let mut conn = app.db.conn().await?;
    let Some(t) = tickets::get(&mut conn, id).await? else {
        return Ok(());
    };
    drop(conn);
    let closed = t.status == Status::Closed;
    if t.group_message_id.is_some() || closed {
        if !new {
            // Telegram delivered the same message again: answered already.
            return Ok(());
        }
        // The update handled again after a crash (the ticket recorded as
        // opened by it): posted already, and the delegate is told again;
        // or closed unposted, the group out of reach the first time.
        if t.group_message_id.is_none() {
            return unavailable(tg, v, target).await;
        }
    } else if !post_ticket(tg, app, &t).await? {
        tickets::close(&mut *app.db.conn().await?, t.id, now).await?;
        return unavailable(tg, v, target).await;
    }
    tg.send(target, &qv::sent(v, t.id)).await
}

/// What asking a volunteer found, in one transaction.
#[derive(serde::Serialize, serde::Deserialize)]
enum Opening {
    /// The delegate's ticket still open (the question goes to it).
    Existing(i64),
    /// Too many tickets lately.
    Limited,
    /// A ticket opened (`new`), or the one this message opened before.
    Opened { id: i64, new: bool },
}

async fn unavailable(tg: &Sender, v: &View, target: Target) -> HandlerResult {
    let phone = esc(&v.event().contacts.phone);
    tg.send(
        target,
        &Screen::new(v.f("ask-unavailable", &[("phone", phone.into())])).row(vec![v.menu_button()]),
    )
    .await
}

/// Posts a ticket in the volunteers' group (in a topic of its own if the
/// group is a forum), mentioning the volunteers who speak its language.
/// `false`: the group cannot be reached.
async fn post_ticket(tg: &Sender, app: &App, t: &Ticket) -> Result<bool> {
    let Some(group) = app.roles.volunteer_chat.map(ChatId) else {
        return Ok(false);
    };
    let vv = volunteers_view(app);
    let mentions = tickets::volunteers(&mut *app.db.conn().await?, Some(&t.lang)).await?;
    let forum = match app.known_forum() {
        Some(f) => f,
        None => match tg.is_forum(group).await {
            Ok(f) => {
                app.remember_forum(f);
                f
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot tell whether the volunteers' group is a forum");
                false
            }
        },
    };
    let thread = if forum {
        match tg.open_topic(group, &qv::topic_name(&vv, t)).await {
            Ok(thread) => Some(thread),
            Err(e) => {
                tracing::warn!(error = %e, "cannot open a forum topic for a question");
                None
            }
        }
    } else {
        None
    };
    let target = Target {
        chat: group,
        thread,
        edit: None,
    };
    let Some(posted) = tg
        .post(target, &qv::ticket_post(&vv, t, &mentions), None)
        .await?
    else {
        tracing::warn!("the volunteers' group cannot be reached: is the bot in it?");
        return Ok(false);
    };
    tickets::set_posted(
        &mut *app.db.conn().await?,
        t.id,
        group.0,
        i64::from(posted.id.0),
        thread.map(|th| i64::from(th.0.0)),
    )
    .await?;
    Ok(true)
}

/// Whether a delegate may send one more message to the volunteers now.
async fn within_limit(app: &App, uid: i64) -> Result<bool> {
    let since = app.clock.now() - chrono::Duration::minutes(1);
    let (_, messages) = tickets::recent_activity(&mut *app.db.conn().await?, uid, since).await?;
    Ok(messages < MAX_MESSAGES_PER_MINUTE)
}

/// Where a ticket's messages go in the group: its topic, in reply to its post.
fn group_target(t: &Ticket) -> Option<(Target, Option<MessageId>)> {
    let chat = ChatId(t.group_chat_id?);
    Some((
        Target {
            chat,
            thread: thread_of(t),
            edit: None,
        },
        message_of(t.group_message_id),
    ))
}

/// A question asked while the delegate's ticket is open: a further message.
async fn relay_text_from_delegate(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    t: &Ticket,
    source: i64,
    text: &str,
) -> HandlerResult {
    if !within_limit(app, t.telegram_id).await? {
        return tg.send(target, &Screen::new(v.t("ask-limit"))).await;
    }
    let recorded = relayed(app, t.id, false, t.telegram_id, source).await?;
    if !recorded {
        return Ok(());
    }
    let vv = volunteers_view(app);
    let Some((to, reply_to)) = group_target(t) else {
        return unavailable(tg, v, target).await;
    };
    let screen = Screen::new(format!("{}\n{}", qv::follow_up(&vv, t), esc(text)));
    match tg.post(to, &screen, reply_to).await? {
        Some(m) => {
            tickets::set_copy(
                &mut *app.db.conn().await?,
                t.telegram_id,
                source,
                to.chat.0,
                i64::from(m.id.0),
            )
            .await?;
            tg.send(target, &qv::added(v, t.id)).await
        }
        None => {
            tickets::remove_message(&mut *app.db.conn().await?, t.telegram_id, source).await?;
            unavailable(tg, v, target).await
        }
    }
}

/// Whether a message has a caption the bot can replace (media).
fn takes_caption(msg: &Message) -> bool {
    msg.photo().is_some()
        || msg.document().is_some()
        || msg.video().is_some()
        || msg.audio().is_some()
        || msg.animation().is_some()
        || msg.voice().is_some()
}

/// Copies `msg` to `to` under `intro`: text in one message; media with
/// the intro above their caption; anything else (a location, a contact)
/// after a line with the intro. The copy's id, or `None` if `to` cannot be
/// reached.
async fn relay(
    tg: &Sender,
    msg: &Message,
    to: Target,
    intro: &str,
    reply_to: Option<MessageId>,
) -> Result<Option<MessageId>> {
    if let Some(text) = msg.text() {
        let screen = Screen::new(format!("{intro}\n{}", esc(text)));
        return Ok(tg.post(to, &screen, reply_to).await?.map(|m| m.id));
    }
    if takes_caption(msg) {
        let caption = match msg.caption() {
            Some(c) => format!("{intro}\n{}", esc(c)),
            None => intro.to_string(),
        };
        return tg
            .copy(to, msg.chat.id, msg.id, Some(&caption), reply_to)
            .await;
    }
    if tg.post(to, &Screen::new(intro), reply_to).await?.is_none() {
        return Ok(None);
    }
    tg.copy(to, msg.chat.id, msg.id, None, reply_to).await
}

/// Any message of a delegate whose ticket is open: to the volunteers.
pub async fn relay_from_delegate(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    msg: &Message,
    t: Ticket,
) -> HandlerResult {
    if !within_limit(app, t.telegram_id).await? {
        return tg.send(target, &Screen::new(v.t("ask-limit"))).await;
    }
    let (chat, id) = (msg.chat.id.0, i64::from(msg.id.0));
    if !relayed(app, t.id, false, chat, id).await? {
        return Ok(());
    }
    let t = if t.group_message_id.is_none() && post_ticket(tg, app, &t).await? {
        tickets::get(&mut *app.db.conn().await?, t.id)
            .await?
            .unwrap_or(t)
    } else {
        t
    };
    let vv = volunteers_view(app);
    let copied = match group_target(&t) {
        Some((to, reply_to)) => relay(tg, msg, to, &qv::follow_up(&vv, &t), reply_to).await?,
        None => None,
    };
    match (copied, t.group_chat_id) {
        (Some(copy), Some(group)) => {
            tickets::set_copy(
                &mut *app.db.conn().await?,
                chat,
                id,
                group,
                i64::from(copy.0),
            )
            .await?;
            tg.send(target, &qv::added(v, t.id)).await
        }
        _ => {
            tickets::remove_message(&mut *app.db.conn().await?, chat, id).await?;
            unavailable(tg, v, target).await
        }
    }
}

/// A message in the volunteers' group: a volunteer's answer when it
/// replies to a ticket (or is in a ticket's topic); anything else, or
/// anyone who is not a volunteer, is left alone.
pub async fn on_group_message(tg: Sender, app: Arc<App>, msg: Message) -> HandlerResult {
    let Some(from) = msg.from.as_ref().filter(|u| !u.is_bot) else {
        return Ok(());
    };
    let chat = msg.chat.id.0;
    let mut conn = app.db.conn().await?;
    let mut ticket = None;
    if let Some(reply) = msg.reply_to_message() {
        ticket = tickets::by_group_message(&mut conn, chat, i64::from(reply.id.0)).await?;
    }
    if ticket.is_none()
        && msg.is_topic_message
        && let Some(thread) = msg.thread_id
    {
        ticket = tickets::by_thread(&mut conn, chat, i64::from(thread.0.0)).await?;
    }
    drop(conn);
    let Some(t) = ticket else {
        return Ok(());
    };
    if !is_volunteer(&tg, &app, from.id).await {
        tracing::debug!("a reply to a ticket from someone who is not a volunteer: ignored");
        return Ok(());
    }
    let vv = volunteers_view(&app);
    let here = Target::beside(&msg);
    if t.status == Status::Closed {
        let screen = Screen::new(vv.f("ticket-is-closed", &[("ticket", t.id.into())]));
        return tg.post(here, &screen, Some(msg.id)).await.map(|_| ());
    }
    let now = app.clock.now();
    let (id, volunteer) = (i64::from(msg.id.0), user_id(from).unwrap_or_default());
    if !relayed(&app, t.id, true, chat, id).await? {
        return Ok(());
    }
    // Answering claims an open ticket.
    if t.status == Status::Open {
        claim(&tg, &app, &t, volunteer, &from.first_name).await?;
    }
    let dv = delegate_view(&app, t.telegram_id).await;
    let to = Target::chat(ChatId(t.telegram_id));
    match relay(&tg, &msg, to, &qv::reply_intro(&dv, t.id), None).await? {
        Some(copy) => {
            let mut conn = app.db.conn().await?;
            tickets::set_copy(&mut conn, chat, id, t.telegram_id, i64::from(copy.0)).await?;
            tickets::answered(&mut conn, t.id, now).await?;
            drop(conn);
            tg.react(msg.chat.id, msg.id, "👍").await;
            Ok(())
        }
        None => {
            tickets::remove_message(&mut *app.db.conn().await?, chat, id).await?;
            tg.post(here, &Screen::new(vv.t("ticket-unreachable")), Some(msg.id))
                .await
                .map(|_| ())
        }
    }
}

/// Records message `message_id` in `chat_id` as one of ticket `ticket`'s
/// (`from_volunteer`: a volunteer's answer). `false`: recorded before, by
/// another update (Telegram delivered the message again): not relayed
/// again. Recorded with the update (see `db::journal`): the same update
/// handled again after a crash still relays it.
async fn relayed(
    app: &App,
    ticket: i64,
    from_volunteer: bool,
    chat_id: i64,
    message_id: i64,
) -> Result<bool> {
    let now = app.clock.now();
    app.db
        .write("relay", |tx| {
            Box::pin(async move {
                tickets::add_message(tx, ticket, from_volunteer, chat_id, message_id, now).await
            })
        })
        .await
}

/// Gives `t` to a volunteer: the post shows who, the delegate is told.
/// `false`: someone else had it, or it was closed.
async fn claim(tg: &Sender, app: &App, t: &Ticket, volunteer: i64, name: &str) -> Result<bool> {
    let now = app.clock.now();
    let name: String = name.chars().take(64).collect();
    // Recorded with the update (see `db::journal`): handled again after a
    // crash, the claim is still this volunteer's, and the delegate is told.
    let id = t.id;
    let claimed = app
        .db
        .write("claim", |tx| {
            let name = name.clone();
            Box::pin(async move { tickets::claim(tx, id, volunteer, &name, now).await })
        })
        .await?;
    if !claimed {
        return Ok(false);
    }
    refresh_post(tg, app, t.id, None).await?;
    let dv = delegate_view(app, t.telegram_id).await;
    tg.send(
        Target::chat(ChatId(t.telegram_id)),
        &Screen::new(dv.f("ask-claimed", &[("ticket", t.id.into())])),
    )
    .await?;
    Ok(true)
}

/// Shows a ticket's post as it now stands; `closed_by`: closed by this
/// volunteer (`Some("")`: by the delegate).
async fn refresh_post(tg: &Sender, app: &App, id: i64, closed_by: Option<&str>) -> Result<()> {
    let Some(t) = tickets::get(&mut *app.db.conn().await?, id).await? else {
        return Ok(());
    };
    let (Some(chat), Some(message)) = (t.group_chat_id, message_of(t.group_message_id)) else {
        return Ok(());
    };
    let vv = volunteers_view(app);
    let screen = match (t.status, closed_by) {
        (Status::Closed, Some("")) => qv::ticket_closed(&vv, &t, None),
        (Status::Closed, Some(name)) => qv::ticket_closed(&vv, &t, Some(name)),
        _ => qv::ticket_post(&vv, &t, &[]),
    };
    tg.replace(ChatId(chat), message, &screen).await
}

/// Closes a ticket: the post says by whom, a forum topic is closed, and
/// the delegate is asked whether it helped. `false`: closed already.
async fn close(tg: &Sender, app: &App, t: &Ticket, by: Option<&str>) -> Result<bool> {
    let now = app.clock.now();
    let id = t.id;
    let closed = app
        .db
        .write("close", |tx| {
            Box::pin(async move { tickets::close(tx, id, now).await })
        })
        .await?;
    if !closed {
        return Ok(false);
    }
    refresh_post(tg, app, t.id, Some(by.unwrap_or_default())).await?;
    if let (Some(chat), Some(thread)) = (t.group_chat_id, thread_of(t)) {
        tg.close_topic(ChatId(chat), thread).await;
    }
    if by.is_some() {
        let dv = delegate_view(app, t.telegram_id).await;
        tg.send(Target::chat(ChatId(t.telegram_id)), &qv::closed(&dv, t.id))
            .await?;
    }
    Ok(true)
}

/// Claim and Close, pressed in the volunteers' group.
pub async fn on_ticket_button(
    tg: &Sender,
    app: &Arc<App>,
    q: &CallbackQuery,
    cb: &Callback,
) -> HandlerResult {
    let vv = volunteers_view(app);
    if !is_volunteer(tg, app, q.from.id).await {
        tg.answer(q, Some(&vv.raw("button-ticket-not-volunteer")))
            .await;
        return Ok(());
    }
    let id = match cb {
        Callback::Claim(id) | Callback::CloseTicket(id) => *id,
        _ => return Ok(()),
    };
    let Some(t) = tickets::get(&mut *app.db.conn().await?, id).await? else {
        tg.answer(q, Some(&vv.raw("button-ticket-gone"))).await;
        return Ok(());
    };
    let name = q.from.first_name.as_str();
    let done = match cb {
        Callback::Claim(_) => {
            claim(tg, app, &t, user_id(&q.from).unwrap_or_default(), name).await?
        }
        _ => close(tg, app, &t, Some(name)).await?,
    };
    if done {
        tg.answer(q, None).await;
        return Ok(());
    }
    let now = tickets::get(&mut *app.db.conn().await?, id).await?;
    let toast = match now {
        Some(t) if t.status == Status::Claimed => vv.f(
            "button-ticket-taken",
            &[("name", t.claimed_name.unwrap_or_default().into())],
        ),
        _ => vv.raw("button-ticket-gone"),
    };
    tg.answer(q, Some(&toast)).await;
    Ok(())
}

/// The delegate's buttons: ask a volunteer, my question is answered, did
/// it help.
pub async fn on_delegate_button(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    user: &User,
    cb: &Callback,
) -> HandlerResult {
    let Some(uid) = user_id(user) else {
        return Ok(());
    };
    match cb {
        Callback::AskVolunteer(Some(qid)) => {
            let question = tickets::question(&mut *app.db.conn().await?, *qid, uid).await?;
            match question {
                Some(text) => ask_volunteer(tg, app, v, target.fresh(), user, &text, -qid).await,
                None => {
                    tg.show(
                        target,
                        &menu::menu(v).with_notice(&v.ev("callback-expired")),
                    )
                    .await
                }
            }
        }
        Callback::AskVolunteer(None) => {
            dialogue(app, target.chat)
                .update(Conversation::Asking)
                .await?;
            tg.send(target.fresh(), &qv::prompt(v)).await
        }
        Callback::TicketDone(id) => {
            let t = tickets::get(&mut *app.db.conn().await?, *id).await?;
            match t.filter(|t| t.telegram_id == uid) {
                Some(t) if t.status != Status::Closed => {
                    close(tg, app, &t, None).await?;
                    tg.send(target.fresh(), &qv::closed(v, t.id)).await
                }
                _ => tg.show(target, &menu::menu(v)).await,
            }
        }
        Callback::Helpful { ticket, yes } => {
            let recorded =
                tickets::feedback(&mut *app.db.conn().await?, *ticket, uid, *yes).await?;
            if recorded {
                let t = tickets::get(&mut *app.db.conn().await?, *ticket).await?;
                if let Some((to, reply_to)) = t.as_ref().and_then(group_target) {
                    let vv = volunteers_view(app);
                    let id = if *yes {
                        "ticket-feedback-yes"
                    } else {
                        "ticket-feedback-no"
                    };
                    tg.post(to, &Screen::new(vv.t(id)), reply_to).await?;
                }
            }
            tg.show(
                target,
                &Screen::new(v.t("ask-thanks")).row(vec![v.menu_button()]),
            )
            .await
        }
        _ => Ok(()),
    }
}

/// The message after "Ask a volunteer": the question.
pub async fn on_asking(tg: Sender, app: Arc<App>, msg: Message) -> HandlerResult {
    let v = view_for(&app, msg.from.as_ref()).await;
    let target = Target::beside(&msg);
    let (Some(user), Some(text)) = (msg.from.as_ref(), msg.text()) else {
        return tg.send(target, &qv::prompt(&v)).await;
    };
    dialogue(&app, msg.chat.id).exit().await?;
    ask_volunteer(&tg, &app, &v, target, user, text, i64::from(msg.id.0)).await
}

/// `/volunteer` in a private chat: the languages a volunteer answers in.
pub async fn volunteer_languages(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    user: &User,
) -> HandlerResult {
    if !is_volunteer(tg, app, user.id).await {
        return tg
            .send(target, &Screen::new(v.t("volunteer-not-member")))
            .await;
    }
    let Some(uid) = user_id(user) else {
        return Ok(());
    };
    let chosen = tickets::languages(&mut *app.db.conn().await?, uid).await?;
    tg.show(target, &qv::volunteer_languages(v, &chosen)).await
}

/// A language switched on or off, or done.
pub async fn on_volunteer_button(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    user: &User,
    cb: &Callback,
) -> HandlerResult {
    if !is_volunteer(tg, app, user.id).await {
        return tg
            .show(target, &Screen::new(v.t("volunteer-not-member")))
            .await;
    }
    let Some(uid) = user_id(user) else {
        return Ok(());
    };
    match cb {
        Callback::VolunteerLang(lang) => {
            let mut conn = app.db.conn().await?;
            let mut chosen = tickets::languages(&mut conn, uid).await?;
            let code = lang.code().to_string();
            if chosen.contains(&code) {
                chosen.retain(|c| c != &code);
            } else {
                chosen.push(code);
            }
            let name: String = user.first_name.chars().take(64).collect();
            tickets::set_languages(&mut conn, uid, &name, &chosen, app.clock.now()).await?;
            drop(conn);
            tg.show(target, &qv::volunteer_languages(v, &chosen)).await
        }
        _ => {
            tg.show(
                target,
                &Screen::new(v.t("volunteer-languages-saved")).row(vec![v.menu_button()]),
            )
            .await
        }
    }
}

/// Raises again every ticket left unclaimed longer than the setting,
/// mentioning every volunteer. Each is taken through the database, so that
/// several instances raise it once.
pub async fn reraise_due(tg: &Sender, app: &App) -> Result<usize> {
    if app.roles.volunteer_chat.is_none() {
        return Ok(0);
    }
    let now = app.clock.now();
    let after = app.roles.reraise_after();
    let mut conn = app.db.conn().await?;
    let due = tickets::take_unclaimed(&mut conn, now - after, now).await?;
    let everyone = tickets::volunteers(&mut conn, None).await?;
    drop(conn);
    let vv = volunteers_view(app);
    for t in &due {
        let Some((to, reply_to)) = group_target(t) else {
            continue;
        };
        let waited = (now - t.created_at).num_minutes();
        tg.post(to, &qv::reraise(&vv, t, waited, &everyone), reply_to)
            .await?;
    }
    Ok(due.len())
}

/// The figures for organisers.
pub async fn figures(app: &App) -> Result<(tickets::Figures, (i64, i64))> {
    let mut conn = app.db.conn().await?;
    let f = tickets::figures(&mut conn).await?;
    let q = tickets::question_counts(&mut conn).await?;
    Ok((f, q))
}
