//! Registration, on the delegate's side: invitation codes (by deep link or
//! typed), the profile conversation, registering and cancelling, the
//! agenda and its calendar file, check-in codes; and check-in at the door
//! for volunteers.

use std::sync::Arc;

use chrono::Duration;
use teloxide::dispatching::dialogue::Dialogue;
use teloxide::prelude::*;
use teloxide::types::{Me, User};

use super::super::callback::{Back, Callback};
use super::super::commands::Command;
use super::super::conversation::{Conversation, ConversationDialogue, DialogueStore};
use super::super::screen::{Screen, Target};
use super::super::send::Sender;
use super::super::views::registration::{self as rv, Mine, SeatInfo};
use super::super::views::{View, menu, schedule};
use super::{HandlerResult, view_for};
use crate::app::App;
use crate::db::registrations::{self, Status};
use crate::db::{Db, attendees};
use crate::event::{Event, Session, text_ids};
use crate::registration::calendar::{self, Entry};
use crate::registration::checkin::{self, CheckedIn};
use crate::registration::codes::{self, Payload};
use crate::registration::invitations::{self, Redeemed};
use crate::registration::profile::{self, Country, Draft, Field, Interpretation, Invalid};
use crate::registration::qr;
use crate::registration::seats::{self, Cancelled, Promotion, Registered};

/// The conversation of a private chat (its id is the user's).
pub fn dialogue(app: &Arc<App>, chat: ChatId) -> ConversationDialogue {
    Dialogue::new(DialogueStore::<Conversation>::new(app.clone()), chat)
}

fn user_id(user: &User) -> Option<i64> {
    i64::try_from(user.id.0).ok()
}

/// `/start <payload>`: an invitation code, a check-in token, or something
/// unknown (the usual greeting).
pub async fn start_with_payload(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    user: &User,
    payload: &str,
) -> HandlerResult {
    match codes::read_payload(payload) {
        Payload::Invitation(code) => use_code(tg, app, v, target, user, &code).await,
        Payload::CheckIn(token) => scan(tg, app, v, target, user, &token).await,
        Payload::Unknown => {
            tracing::debug!(len = payload.len(), "start with an unknown payload");
            tg.send(target, &menu::greeting(v, &user.first_name))
                .await?;
            tg.send(target, &menu::menu(v)).await
        }
    }
}

/// A typed or pasted code (`code` is empty for a malformed one).
pub async fn use_code(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    user: &User,
    code: &str,
) -> HandlerResult {
    let Some(uid) = user_id(user) else {
        return Ok(());
    };
    let now = app.clock.now();
    let today = v.event().local(now).date();
    let outcome = invitations::redeem(&app.db, code, uid, today, now).await?;
    let notice = match outcome {
        Redeemed::Joined { delegation } => {
            let welcome = v.f(
                "invite-welcome",
                &[
                    ("delegation", rv_arg(&delegation)),
                    ("steps", Field::ASKED.len().into()),
                ],
            );
            tg.send(target, &Screen::new(welcome)).await?;
            return ask(tg, app, v, target, Draft::default(), false, None).await;
        }
        Redeemed::AlreadyMember {
            delegation,
            complete,
        } => {
            let text = v.f(
                "invite-already-member",
                &[("delegation", rv_arg(&delegation))],
            );
            if !complete {
                tg.send(target, &Screen::new(text)).await?;
                return resume_profile(tg, app, v, target, uid).await;
            }
            return show_dialogues(tg, app, v, target, Some(uid), Some(text)).await;
        }
        Redeemed::OtherDelegation { delegation } => v.f(
            "invite-other-delegation",
            &[("delegation", rv_arg(&delegation))],
        ),
        Redeemed::NotFound => v.t("invite-not-found"),
        Redeemed::UsedUp { people } => v.f("invite-used-up", &[("people", people.into())]),
        Redeemed::Expired { on } => v.f(
            "invite-expired",
            &[("date", super::super::screen::arg(v.date_long(on)))],
        ),
        Redeemed::Revoked => v.t("invite-revoked"),
        Redeemed::SlowDown { wait } => {
            let minutes = (wait + Duration::seconds(59)).num_minutes().max(1);
            v.f("invite-slow-down", &[("minutes", minutes.into())])
        }
    };
    tg.send(target, &Screen::new(notice)).await
}

fn rv_arg(s: &str) -> fluent_bundle::FluentValue<'static> {
    super::super::screen::arg(super::super::screen::esc(s))
}

/// Continues an unfinished profile where it stopped.
async fn resume_profile(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    uid: i64,
) -> HandlerResult {
    let d = dialogue(app, target.chat);
    let draft = match d.get().await? {
        Some(Conversation::Profile { draft, .. }) => draft,
        _ => {
            let attendee = attendees::get(&mut *app.db.conn().await?, uid).await?;
            attendee.map_or_else(Draft::default, |a| Draft::from_row(&a.profile))
        }
    };
    ask(tg, app, v, target, draft, false, None).await
}

/// Asks the next question of the profile, or saves it when there is none.
/// `answered`: the message just taken as an answer, if any (so that the
/// same message delivered again is not taken as the next answer).
async fn ask(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    draft: Draft,
    editing: bool,
    answered: Option<i32>,
) -> HandlerResult {
    let d = dialogue(app, target.chat);
    let Some(field) = draft.next_missing() else {
        return save(tg, app, v, target, &d, draft, editing).await;
    };
    if !editing {
        // Kept with the delegate too: after /cancel, /profile goes on
        // from here.
        attendees::save_draft(&mut *app.db.conn().await?, target.chat.0, &draft.to_row()).await?;
    }
    d.update(Conversation::Profile {
        field,
        draft,
        editing,
        answered,
    })
    .await?;
    tg.send(target, &rv::question(v, field)).await
}

async fn save(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    d: &ConversationDialogue,
    draft: Draft,
    editing: bool,
) -> HandlerResult {
    let uid = target.chat.0;
    let saved = attendees::save_profile(
        &mut *app.db.conn().await?,
        uid,
        &draft.to_row(),
        app.clock.now(),
    )
    .await?;
    d.exit().await?;
    if !saved {
        return tg.send(target, &Screen::new(v.t("invite-needed"))).await;
    }
    if editing {
        let delegation = attendees::get(&mut *app.db.conn().await?, uid)
            .await?
            .map(|a| a.delegation)
            .unwrap_or_default();
        tg.send(
            target,
            &rv::profile(v, &delegation, &draft).with_notice(&v.t("profile-updated")),
        )
        .await
    } else {
        show_dialogues(tg, app, v, target, Some(uid), Some(v.t("profile-saved"))).await
    }
}

/// A message while the profile is under way: the answer to `field`.
pub async fn on_profile_answer(
    tg: Sender,
    app: Arc<App>,
    me: Me,
    msg: Message,
    (field, draft, editing, answered): (Field, Draft, bool, Option<i32>),
) -> HandlerResult {
    if answered.is_some_and(|last| msg.id.0 <= last) {
        // Telegram delivered an answer again: it was taken already.
        tracing::debug!("an answer delivered twice is ignored");
        return Ok(());
    }
    let v = view_for(&app, msg.from.as_ref()).await;
    let target = Target::beside(&msg);
    let refused = |id: &str, max: Option<usize>| match max {
        Some(max) => v.f(id, &[("max", max.into())]),
        None => v.t(id),
    };
    let notice = match msg.text() {
        None => refused("profile-invalid-not-text", None),
        Some(text) if text.starts_with('/') => {
            if let Some(cmd) = Command::parse_lenient(text, me.username()) {
                return super::delegate::run_command(
                    &tg,
                    &app,
                    &v,
                    target,
                    msg.from.as_ref(),
                    cmd,
                    Some(i64::from(msg.id.0)),
                )
                .await;
            }
            v.t("fallback-unknown-command")
        }
        Some(_) if !field.typed() => refused("profile-invalid-choose", None),
        Some(text) => match profile::check_text(field, text) {
            Ok(value) => {
                let mut draft = draft;
                draft.set_text(field, value);
                return ask(&tg, &app, &v, target, draft, editing, Some(msg.id.0)).await;
            }
            Err(Invalid::Empty) => refused("profile-invalid-empty", None),
            Err(Invalid::TooLong { max }) => refused("profile-invalid-too-long", Some(max)),
            Err(Invalid::Characters) => refused("profile-invalid-characters", None),
        },
    };
    // Refused: say why, and ask the same question again.
    tg.send(target, &rv::question(&v, field).with_notice(&notice))
        .await
}

/// A button answering a question of the profile (country, diet,
/// interpretation); `false` when no such question is asked (a stale button).
pub async fn on_profile_button(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    cb: &Callback,
) -> Result<bool, crate::Error> {
    let d = dialogue(app, target.chat);
    let Some(Conversation::Profile {
        field,
        mut draft,
        editing,
        answered,
    }) = d.get().await?
    else {
        return Ok(false);
    };
    match (field, cb) {
        (Field::Country, Callback::Country(c)) => draft.country = Some(Country::Listed(c.clone())),
        (Field::Diet, Callback::Diet(key)) => {
            draft.diet = Some(key.clone());
            draft.diet_note = None;
        }
        (Field::Interpretation, Callback::Interpretation(code)) => {
            draft.interpretation = Some(match crate::i18n::Lang::from_code(code) {
                Some(lang) => Interpretation::Into(lang),
                None => Interpretation::None,
            })
        }
        _ => return Ok(false),
    }
    ask(tg, app, v, target, draft, editing, answered).await?;
    Ok(true)
}

/// `/profile` and its button: the profile, or where to get one.
pub async fn show_profile(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    user: &User,
    edit: bool,
) -> HandlerResult {
    let Some(uid) = user_id(user) else {
        return Ok(());
    };
    let attendee = attendees::get(&mut *app.db.conn().await?, uid).await?;
    let screen = match attendee {
        None => Screen::new(v.t("profile-none")).row(vec![v.menu_button()]),
        Some(a) if !a.complete => {
            tg.send(target, &Screen::new(v.t("profile-incomplete")))
                .await?;
            return resume_profile(tg, app, v, target.fresh(), uid).await;
        }
        Some(a) => rv::profile(v, &a.delegation, &Draft::from_row(&a.profile)),
    };
    if edit {
        tg.show(target, &screen).await
    } else {
        tg.send(target, &screen).await
    }
}

/// A tap on ✏️: asks that question again, then shows the profile.
pub async fn edit_field(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    user: &User,
    field: Field,
) -> HandlerResult {
    let Some(uid) = user_id(user) else {
        return Ok(());
    };
    let attendee = attendees::get(&mut *app.db.conn().await?, uid).await?;
    match attendee {
        Some(a) if a.complete => {
            let mut draft = Draft::from_row(&a.profile);
            draft.clear(field);
            ask(tg, app, v, target.fresh(), draft, true, None).await
        }
        _ => show_profile(tg, app, v, target, user, true).await,
    }
}

/// A session's seats and `uid`'s place in it.
pub async fn seat_info(
    db: &Db,
    event: &Event,
    s: &Session,
    uid: Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> crate::error::Result<SeatInfo> {
    let mut conn = db.conn().await?;
    let capacity = i64::from(s.registration.map_or(0, |r| r.capacity));
    let confirmed = registrations::count(&mut conn, &s.id, Status::Confirmed).await?;
    let mine = match uid {
        Some(uid) => match registrations::place(&mut conn, &s.id, uid).await? {
            Some(p) if p.status == Status::Confirmed => Some(Mine::Confirmed),
            Some(p) => Some(Mine::Waitlisted {
                position: registrations::position(&mut conn, &s.id, p.id).await?,
            }),
            None => None,
        },
        None => None,
    };
    Ok(SeatInfo {
        left: (capacity - confirmed).max(0),
        capacity,
        open: event.registration_open(s, now),
        mine,
        personal: uid.is_some(),
    })
}

/// A session's screen, with its seats when it takes registrations.
pub async fn session_screen(
    app: &Arc<App>,
    v: &View,
    id: &str,
    uid: Option<i64>,
) -> crate::error::Result<Option<Screen>> {
    let Some(s) = v.event().session(id) else {
        return Ok(None);
    };
    let info = match s.registration {
        Some(_) => Some(seat_info(&app.db, v.event(), s, uid, v.now).await?),
        None => None,
    };
    Ok(schedule::session(v, id, info.as_ref()))
}

/// The sessions open for registration; `uid` is `None` in a group (no
/// personal buttons there).
pub async fn dialogues_screen(
    app: &Arc<App>,
    v: &View,
    uid: Option<i64>,
) -> crate::error::Result<Screen> {
    let mut list = Vec::new();
    for s in v.event().registrable() {
        list.push((s, seat_info(&app.db, v.event(), s, uid, v.now).await?));
    }
    Ok(rv::dialogues(v, &list, uid.is_some()))
}

async fn show_dialogues(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    uid: Option<i64>,
    notice: Option<String>,
) -> HandlerResult {
    let mut screen = dialogues_screen(app, v, uid).await?;
    if let Some(n) = notice {
        screen = screen.with_notice(&n);
    }
    tg.show(target, &screen).await
}

/// My agenda.
pub async fn agenda_screen(app: &Arc<App>, v: &View, uid: i64) -> crate::error::Result<Screen> {
    let places = seats::agenda(&app.db, v.event(), uid).await?;
    let list: Vec<(Session, Mine)> = places
        .into_iter()
        .map(|(s, p, position)| {
            let mine = match p.status {
                Status::Confirmed => Mine::Confirmed,
                Status::Waitlisted => Mine::Waitlisted { position },
            };
            (s, mine)
        })
        .collect();
    Ok(rv::agenda(v, &list))
}

/// The agenda as a calendar file.
pub async fn send_ics(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    uid: i64,
) -> HandlerResult {
    let places = seats::agenda(&app.db, v.event(), uid).await?;
    let entries: Vec<Entry> = places
        .into_iter()
        .map(|(s, p, _)| {
            let title = v.raw(&text_ids::session_title(&s.id));
            let tentative = p.status == Status::Waitlisted;
            let venue = v.raw(&text_ids::venue_name(&s.venue));
            let location = match &s.room {
                Some(room) => format!("{venue}, {}", v.raw(&text_ids::room(&s.venue, room))),
                None => venue,
            };
            let local = v
                .event()
                .venue(&s.venue)
                .map(|x| format!("{} · {}", x.local_name, x.local_address))
                .unwrap_or_default();
            Entry {
                title: if tentative {
                    v.f(
                        "agenda-ics-waitlisted",
                        &[("title", super::super::screen::arg(title))],
                    )
                } else {
                    title
                },
                location: format!("{location} ({local})"),
                description: v.raw(&text_ids::session_description(&s.id)),
                tentative,
                session: s,
            }
        })
        .collect();
    let name = v.raw(text_ids::EVENT_NAME);
    let ics = calendar::ics(v.event(), &name, &entries, app.clock.now());
    tg.document(
        target,
        ics.into_bytes(),
        &format!("{}.ics", v.event().id),
        &rv::ics_caption(v),
    )
    .await
}

/// Sends `uid`'s check-in QR code for a session they have a seat in;
/// `false` if they have none.
pub async fn send_code(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    me: &Me,
    chat: ChatId,
    session: &Session,
    uid: i64,
) -> crate::error::Result<bool> {
    let place = registrations::place(&mut *app.db.conn().await?, &session.id, uid).await?;
    let Some(place) = place.filter(|p| p.status == Status::Confirmed) else {
        return Ok(false);
    };
    let link = invitations::deep_link(
        me.username(),
        &format!("{}{}", codes::CHECK_IN_PREFIX, place.token),
    );
    let png = qr::png(&link)?;
    let target = Target::chat(chat);
    tg.photo(
        target,
        png,
        "check-in.png",
        &rv::code_caption(v, session),
        &Screen::default(),
    )
    .await?;
    Ok(true)
}

/// Tells each delegate given a seat from a waitlist, in their language,
/// with their check-in code. Failures are logged: the seat is theirs.
pub async fn notify_promoted(tg: &Sender, app: &Arc<App>, me: &Me, promoted: &[Promotion]) {
    let content = app.content();
    for p in promoted {
        let lang = app.language_of_stored(p.telegram_id).await;
        let v = View::new(content.clone(), lang, app.clock.now());
        let Some(s) = v.event().session(&p.session_id) else {
            continue;
        };
        let chat = ChatId(p.telegram_id);
        let target = Target::chat(chat);
        let sent = async {
            tg.send(target, &rv::promoted(&v, s)).await?;
            send_code(tg, app, &v, me, chat, s, p.telegram_id).await?;
            Ok::<_, crate::Error>(())
        };
        match sent.await {
            Ok(()) => {
                tracing::info!(session = %p.session_id, "a delegate was given a seat from the waitlist")
            }
            Err(e) => tracing::warn!(error = %e, "could not tell a delegate about their seat"),
        }
    }
}

/// Register (or switch), from a session's screen.
#[allow(clippy::too_many_arguments)]
pub async fn register(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    me: &Me,
    target: Target,
    user: &User,
    id: &str,
    switch: bool,
) -> HandlerResult {
    let (Some(uid), Some(s)) = (user_id(user), v.event().session(id)) else {
        return Ok(());
    };
    let (outcome, promoted) =
        seats::register(&app.db, v.event(), id, uid, switch, app.clock.now()).await?;
    // Those given a seat are told first: nothing that may fail below (the
    // tapper's own screen) can keep the news from them.
    notify_promoted(tg, app, me, &promoted).await;
    tg.show(target, &rv::registered(v, s, &outcome)).await?;
    if outcome == Registered::Confirmed {
        send_code(tg, app, v, me, target.chat, s, uid).await?;
    }
    Ok(())
}

/// Cancel, from a session's screen or the agenda.
#[allow(clippy::too_many_arguments)]
pub async fn cancel(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    me: &Me,
    target: Target,
    user: &User,
    id: &str,
    back: Back,
) -> HandlerResult {
    let (Some(uid), Some(s)) = (user_id(user), v.event().session(id)) else {
        return Ok(());
    };
    let outcome = seats::cancel(&app.db, v.event(), id, uid).await?;
    let (was, promoted) = match outcome {
        Cancelled::Done { was, promoted } => (
            Some(match was {
                Status::Confirmed => Mine::Confirmed,
                Status::Waitlisted => Mine::Waitlisted { position: 0 },
            }),
            promoted,
        ),
        Cancelled::NotRegistered => (None, Vec::new()),
    };
    notify_promoted(tg, app, me, &promoted).await;
    let notice = rv::cancel_notice(v, s, was);
    let screen = match back {
        Back::Session => session_screen(app, v, id, Some(uid)).await?,
        Back::Agenda => Some(agenda_screen(app, v, uid).await?),
    }
    .unwrap_or_else(|| menu::menu(v));
    tg.show(target, &screen.with_notice(&notice)).await
}

/// Whether `user_id` may check delegates in: an organiser, or a member of
/// the volunteers' group (Telegram's yes is kept a few minutes).
pub async fn is_volunteer(tg: &Sender, app: &App, user_id: UserId) -> bool {
    if app.roles.is_organiser(user_id.0) {
        return true;
    }
    let Some(chat) = app.roles.volunteer_chat else {
        return false;
    };
    if let Some(known) = app.known_member(user_id.0) {
        return known;
    }
    match tg.bot.get_chat_member(ChatId(chat), user_id).await {
        Ok(member) => {
            let present = member.is_present();
            // Only a yes is remembered: a volunteer added to the group a
            // minute ago is let in at once.
            if present {
                app.remember_member(user_id.0, true);
            }
            present
        }
        Err(e) => {
            tracing::warn!(error = %e, "cannot ask Telegram who is in the volunteers' group");
            false
        }
    }
}

/// A check-in code opened in the bot: the card for a volunteer, a reminder
/// for its owner, nothing about the delegate for anyone else.
pub async fn scan(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    user: &User,
    token: &str,
) -> HandlerResult {
    let ticket = checkin::ticket(&app.db, token).await?;
    let own = ticket
        .as_ref()
        .is_some_and(|t| Some(t.telegram_id) == user_id(user));
    let text = if own {
        let title = ticket
            .as_ref()
            .map(|t| v.ev(&text_ids::session_title(&t.session_id)))
            .unwrap_or_default();
        v.f(
            "checkin-own-code",
            &[("title", super::super::screen::arg(title))],
        )
    } else if !is_volunteer(tg, app, user.id).await {
        v.t("checkin-not-for-you")
    } else {
        match ticket
            .as_ref()
            .and_then(|t| v.event().session(&t.session_id).map(|s| (t, s)))
        {
            Some((t, s)) => return tg.send(target, &rv::checkin_card(v, t, s, token)).await,
            None => v.t("checkin-unknown"),
        }
    };
    tg.send(target, &Screen::new(text)).await
}

/// A volunteer taps "Mark as present".
pub async fn check_in(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    user: &User,
    token: &str,
) -> HandlerResult {
    if !is_volunteer(tg, app, user.id).await {
        return tg
            .show(target, &Screen::new(v.t("checkin-not-for-you")))
            .await;
    }
    let by = user_id(user).unwrap_or_default();
    let outcome = checkin::check_in(&app.db, token, by, app.clock.now()).await?;
    let ticket = checkin::ticket(&app.db, token).await?;
    let card = ticket
        .as_ref()
        .and_then(|t| v.event().session(&t.session_id).map(|s| (t, s)));
    let line = match outcome {
        CheckedIn::Now(at) => rv::checked_line(v, "checkin-done", at),
        CheckedIn::Already(at) => rv::checked_line(v, "checkin-already", at),
        CheckedIn::Unknown => v.t("checkin-unknown"),
    };
    // The card again, without its button (and without repeating the line).
    let card = match (outcome, card) {
        (CheckedIn::Now(_) | CheckedIn::Already(_), Some((t, s))) => {
            let t = checkin::Ticket {
                checked_in_at: None,
                ..t.clone()
            };
            rv::checkin_card(v, &t, s, token).text
        }
        _ => String::new(),
    };
    let text = if card.is_empty() {
        line
    } else {
        format!("{line}\n\n{card}")
    };
    tg.show(target, &Screen::new(text)).await
}
