//! Announcements: organisers compose one (`/announce`), choose its
//! audience, add versions for other languages, preview and send it, follow
//! its progress, stop it, remind those who have not acknowledged it
//! (`/announcements`); they change a session on site, which tells those
//! concerned. Delegates acknowledge ("Got it") and read the latest again.

use std::collections::BTreeSet;
use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{MediaKind, MessageId, MessageKind};

use super::super::callback::{AudienceList, Callback, EditCode};
use super::super::conversation::{AnnouncementDraft, Awaiting, Conversation};
use super::super::screen::{Screen, Target};
use super::super::send::Sender;
use super::super::views::{View, announcements as av, menu};
use super::registration::dialogue;
use super::{HandlerResult, view_for};
use crate::announcements::changes::{self, Change, Edit};
use crate::announcements::outbox::Report;
use crate::announcements::{Audience, Notice};
use crate::app::App;
use crate::db::announcements::{self as stored, Kind, New, State};
use crate::db::{attendees, invitations};
use crate::error::Result;
use crate::i18n::Lang;
use crate::text::shorten;

/// `/announce`: the composer waits for the announcement.
pub async fn start(tg: &Sender, app: &Arc<App>, v: &View, target: Target) -> HandlerResult {
    dialogue(app, target.chat)
        .update(Conversation::Announcing(AnnouncementDraft::new()))
        .await?;
    tg.send(target, &av::prompt(v)).await
}

/// A few words of a message, for the organiser's screens and lists.
fn summary_of(msg: &Message) -> String {
    if let Some(t) = msg.text().or_else(|| msg.caption()) {
        return shorten(t.trim(), av::SUMMARY_LEN);
    }
    let MessageKind::Common(c) = &msg.kind else {
        return "✉️".into();
    };
    match &c.media_kind {
        MediaKind::Photo(_) => "🖼".into(),
        MediaKind::Document(d) => format!(
            "📄 {}",
            shorten(d.document.file_name.as_deref().unwrap_or_default(), 60)
        ),
        MediaKind::Location(_) | MediaKind::Venue(_) => "📍".into(),
        MediaKind::Video(_) | MediaKind::Animation(_) => "🎬".into(),
        MediaKind::Audio(_) | MediaKind::Voice(_) => "🔊".into(),
        _ => "✉️".into(),
    }
}

/// The organiser's message while composing: the announcement, or a
/// language's version of it.
pub async fn on_step(
    tg: Sender,
    app: Arc<App>,
    msg: Message,
    draft: AnnouncementDraft,
) -> HandlerResult {
    let v = view_for(&app, msg.from.as_ref()).await;
    let target = Target::beside(&msg);
    let d = dialogue(&app, target.chat);
    if !msg
        .from
        .as_ref()
        .is_some_and(|u| app.roles.is_organiser(u.id.0))
    {
        // No longer an organiser: the composer ends.
        d.exit().await?;
        return tg.send(target, &menu::menu(&v)).await;
    }
    if draft.taken == Some(msg.id.0) {
        return Ok(());
    }
    let mut draft = draft;
    let taken = (msg.chat.id.0, msg.id.0);
    let notice = match draft.awaiting {
        Awaiting::Original => {
            draft.original = Some(taken);
            draft.summary = summary_of(&msg);
            None
        }
        Awaiting::Version(lang) => {
            draft.versions.retain(|x| x.0 != lang);
            draft.versions.push((lang, taken.0, taken.1));
            draft
                .versions
                .sort_by_key(|x| Lang::ALL.iter().position(|l| *l == x.0));
            None
        }
        Awaiting::Buttons => Some(v.t("announce-use-buttons")),
    };
    draft.awaiting = Awaiting::Buttons;
    draft.taken = Some(msg.id.0);
    d.update(Conversation::Announcing(draft.clone())).await?;
    let mut screen = composer(&app, &v, &draft).await?;
    if let Some(n) = notice {
        screen = screen.with_notice(&n);
    }
    tg.send(target, &screen).await
}

async fn composer(app: &Arc<App>, v: &View, d: &AnnouncementDraft) -> Result<Screen> {
    let tally = app.outbox.tally(&d.audience, &app.organiser_ids()).await?;
    let name = audience_name(app, v, &d.audience).await?;
    Ok(av::composer(v, d, &name, &tally))
}

async fn audience_name(app: &Arc<App>, v: &View, a: &Audience) -> Result<String> {
    let delegation = match a {
        Audience::Delegation(code) => invitations::get(&mut *app.db.conn().await?, code)
            .await?
            .map(|i| i.delegation),
        _ => None,
    };
    Ok(av::audience_name(v, a, delegation.as_deref()))
}

/// `/announcements`: the recent ones, with their counts.
pub async fn list_screen(app: &Arc<App>, v: &View) -> Result<Screen> {
    let mut conn = app.db.conn().await?;
    let mut rows = Vec::new();
    for a in stored::recent(&mut conn, 10).await? {
        if a.state == State::Draft {
            continue;
        }
        let c = stored::counts(&mut conn, a.id).await?;
        rows.push((a, c));
    }
    Ok(av::list(v, &rows))
}

async fn report(app: &Arc<App>, id: i64) -> Result<Option<Report>> {
    let mut conn = app.db.conn().await?;
    let Some(a) = stored::get(&mut conn, id).await? else {
        return Ok(None);
    };
    let counts = stored::counts(&mut conn, id).await?;
    let finished = a.state != State::Sending;
    Ok(Some(Report {
        announcement: a,
        counts,
        rate: 0.0,
        finished,
    }))
}

fn expired(v: &View) -> Screen {
    Screen::new(v.ev("callback-expired")).row(vec![v.menu_button()])
}

/// The organisers' buttons of this feature (the caller checked the role).
pub async fn on_button(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    q: &CallbackQuery,
    cb: &Callback,
) -> HandlerResult {
    let by = i64::try_from(q.from.id.0).unwrap_or_default();
    let d = dialogue(app, target.chat);
    let draft = match d.get().await? {
        Some(Conversation::Announcing(draft)) => Some(draft),
        _ => None,
    };
    if cb.is_composer() {
        let Some(mut draft) = draft else {
            return tg.show(target, &expired(v)).await;
        };
        return compose_button(tg, app, v, target, by, &mut draft, cb).await;
    }
    match cb {
        Callback::Announcements => tg.show(target, &list_screen(app, v).await?).await,
        Callback::Announcement(id) => match report(app, *id).await? {
            Some(r) => tg.show(target, &av::progress(v, &r)).await,
            None => tg.show(target, &expired(v)).await,
        },
        Callback::StopAnnouncement(id) => match app.outbox.stop(*id).await? {
            Some(r) => {
                tracing::info!(announcement = id, "an organiser stopped an announcement");
                tg.show(target, &av::progress(v, &r)).await
            }
            None => tg.show(target, &expired(v)).await,
        },
        Callback::Remind(id) => remind(tg, app, v, target, by, *id, &q.id.0).await,
        Callback::Notify { from, to } => notify_drafts(tg, app, v, target, *from, *to).await,
        Callback::ChangeSession(id) => match v.event().session(id) {
            Some(s) => tg.show(target, &av::change_menu(v, s)).await,
            None => tg.show(target, &expired(v)).await,
        },
        Callback::MoveSession(id) => match v.event().session(id) {
            Some(s) => tg.show(target, &av::move_venues(v, s)).await,
            None => tg.show(target, &expired(v)).await,
        },
        Callback::MoveToVenue { session, venue } => {
            match v
                .event()
                .session(session)
                .and_then(|s| av::move_rooms(v, s, *venue))
            {
                Some(screen) => tg.show(target, &screen).await,
                None => tg.show(target, &expired(v)).await,
            }
        }
        Callback::PreviewChange { session, edit } => match planned(app, v, session, *edit).await? {
            Some(p) => {
                let text = av::notice(v, &p.notice);
                tg.show(
                    target,
                    &av::change_preview(v, session, *edit, &text, p.count),
                )
                .await
            }
            None => tg.show(target, &impossible(v, session)).await,
        },
        Callback::ConfirmChange { session, edit } => {
            confirm_change(tg, app, v, target, by, session, *edit).await
        }
        _ => Ok(()),
    }
}

fn impossible(v: &View, session: &str) -> Screen {
    let screen = Screen::new(v.t("change-impossible"));
    match v.event().session(session) {
        Some(s) => av::change_menu(v, s).with_notice(&v.t("change-impossible")),
        None => screen.row(vec![v.menu_button()]),
    }
}

#[allow(clippy::too_many_arguments)]
async fn compose_button(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    by: i64,
    draft: &mut AnnouncementDraft,
    cb: &Callback,
) -> HandlerResult {
    let d = dialogue(app, target.chat);
    let no_original = draft.original.is_none();
    match cb {
        Callback::Discard => {
            d.exit().await?;
            return tg
                .show(
                    target,
                    &menu::menu(v).with_notice(&v.t("announce-discarded")),
                )
                .await;
        }
        _ if no_original => return tg.show(target, &av::prompt(v)).await,
        Callback::Composer => {
            draft.awaiting = Awaiting::Buttons;
        }
        Callback::Audiences => return tg.show(target, &av::audiences(v)).await,
        Callback::AudienceList(list) => {
            let items = audience_items(app, v, *list).await?;
            return tg.show(target, &av::audience_list(v, &items)).await;
        }
        Callback::SetAudience(a) => draft.audience = a.clone(),
        Callback::AddVersion => return tg.show(target, &av::version_languages(v, draft)).await,
        Callback::VersionLang(lang) => {
            draft.awaiting = Awaiting::Version(*lang);
            d.update(Conversation::Announcing(draft.clone())).await?;
            return tg.show(target, &av::version_prompt(v, *lang)).await;
        }
        Callback::ToggleAck => draft.needs_ack = !draft.needs_ack,
        Callback::Preview => return preview(tg, app, v, target, draft).await,
        Callback::SendAnnouncement => return send(tg, app, v, target, by, draft).await,
        _ => {}
    }
    d.update(Conversation::Announcing(draft.clone())).await?;
    tg.show(target, &composer(app, v, draft).await?).await
}

/// The lists an audience is picked from.
async fn audience_items(
    app: &Arc<App>,
    v: &View,
    list: AudienceList,
) -> Result<Vec<(String, Audience)>> {
    let title = |id: &str| v.raw(&crate::event::text_ids::session_title(id));
    Ok(match list {
        AudienceList::Registrants => v
            .event()
            .registrable()
            .map(|s| (title(&s.id), Audience::Registrants(s.id.clone())))
            .collect(),
        AudienceList::Waitlist => v
            .event()
            .registrable()
            .map(|s| (title(&s.id), Audience::Waitlist(s.id.clone())))
            .collect(),
        AudienceList::Language => Lang::ALL
            .iter()
            .map(|&l| {
                (
                    v.content.i18n.text(l, "language-name"),
                    Audience::Language(l),
                )
            })
            .collect(),
        AudienceList::Country => {
            let people = attendees::list(&mut *app.db.conn().await?).await?;
            let codes: BTreeSet<String> = people
                .iter()
                .filter_map(|a| a.profile.country_code.clone())
                .collect();
            codes
                .into_iter()
                .map(|c| (v.raw(&format!("country-{c}")), Audience::Country(c)))
                .collect()
        }
        AudienceList::Delegation => {
            let list = invitations::list(&mut *app.db.conn().await?).await?;
            let mut seen = BTreeSet::new();
            let mut items: Vec<(String, Audience)> = list
                .into_iter()
                .filter(|i| seen.insert(i.delegation.clone()))
                .map(|i| (i.delegation, Audience::Delegation(i.code)))
                .collect();
            items.sort_by(|a, b| a.0.cmp(&b.0));
            items
        }
    })
}

/// The organiser's message and versions, as the outbox copies them.
fn messages_of(d: &AnnouncementDraft) -> Vec<(Option<Lang>, i64, i64)> {
    let mut out: Vec<(Option<Lang>, i64, i64)> = d
        .original
        .iter()
        .map(|(c, m)| (None, *c, i64::from(*m)))
        .collect();
    out.extend(
        d.versions
            .iter()
            .map(|(l, c, m)| (Some(*l), *c, i64::from(*m))),
    );
    out
}

/// Each language group's copy, exactly as it will look, each under a
/// line that says who sees it; then the composer again.
async fn preview(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    d: &AnnouncementDraft,
) -> HandlerResult {
    let tally = app.outbox.tally(&d.audience, &app.organiser_ids()).await?;
    let target = target.fresh();
    if tally.is_empty() {
        tg.send(target, &av::preview_header(v, None, 0, false))
            .await?;
    }
    for (lang, count) in &tally {
        let own = d.versions.iter().find(|x| x.0 == *lang);
        let (chat, message) = match (own, d.original) {
            (Some(x), _) => (x.1, x.2),
            (None, Some(o)) => o,
            (None, None) => continue,
        };
        tg.send(
            target,
            &av::preview_header(v, Some(*lang), *count, own.is_some()),
        )
        .await?;
        let reader = View::new(v.content.clone(), *lang, v.now);
        let buttons = if d.needs_ack {
            // The button as the reader will see it (pressing it here does
            // nothing: the announcement does not exist yet).
            Some(av::ack_button(&reader, i64::MAX))
        } else {
            None
        };
        tg.copy_with(target, ChatId(chat), MessageId(message), buttons.as_ref())
            .await?;
    }
    tg.send(target, &composer(app, v, d).await?).await
}

async fn send(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    by: i64,
    d: &AnnouncementDraft,
) -> HandlerResult {
    let Some(progress) = target.edit else {
        return tg.show(target, &expired(v)).await;
    };
    let organisers = app.organiser_ids();
    let source = format!("compose:{}:{}", target.chat.0, progress.0);
    let new = New {
        notice: None,
        audience: &d.audience,
        summary: &d.summary,
        needs_ack: d.needs_ack,
        created_by: by,
        progress: Some((target.chat.0, i64::from(progress.0))),
        source: &source,
        draft: false,
    };
    let published = app
        .outbox
        .publish(&new, &messages_of(d), &organisers)
        .await?;
    dialogue(app, target.chat).exit().await?;
    let Some((id, count)) = published else {
        // Sent already (a second tap, or Telegram delivering it again).
        return Ok(());
    };
    tracing::info!(
        announcement = id,
        recipients = count,
        "an organiser sent an announcement"
    );
    match report(app, id).await? {
        Some(r) => tg.show(target, &av::progress(v, &r)).await,
        None => Ok(()),
    }
}

/// The same announcement again, to those who have not acknowledged it.
/// Each press reminds once (the same press delivered again does not).
async fn remind(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    by: i64,
    id: i64,
    press: &str,
) -> HandlerResult {
    let (row, versions) = {
        let mut conn = app.db.conn().await?;
        (
            stored::get(&mut conn, id).await?,
            stored::versions(&mut conn, id).await?,
        )
    };
    let Some(row) = row else {
        return tg.show(target, &expired(v)).await;
    };
    let source = format!("remind:{id}:{press}");
    let audience = Audience::Unacknowledged(id);
    let new = New {
        notice: row.notice.as_deref(),
        audience: &audience,
        summary: &row.summary,
        needs_ack: true,
        created_by: by,
        progress: None,
        source: &source,
        draft: false,
    };
    let published = app
        .outbox
        .publish(&new, &versions, &app.organiser_ids())
        .await?;
    let Some((new_id, _)) = published else {
        return Ok(());
    };
    // Its own progress message, below the report it came from.
    let Some(r) = report(app, new_id).await? else {
        return Ok(());
    };
    if let Some(m) = tg.post(target.fresh(), &av::progress(v, &r), None).await? {
        stored::set_progress(
            &mut *app.db.conn().await?,
            new_id,
            target.chat.0,
            i64::from(m.id.0),
        )
        .await?;
    }
    Ok(())
}

/// The notices of a reload, confirmed by an organiser.
async fn notify_drafts(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    from: i64,
    to: i64,
) -> HandlerResult {
    let organisers = app.organiser_ids();
    let mut total = 0i64;
    let mut any = false;
    // The drafts of one reload (a forged range is cut short).
    for id in from..=to.min(from.saturating_add(1000)) {
        if let Some(n) = app.outbox.start_draft(id, None, &organisers).await? {
            total += n;
            any = true;
        }
    }
    if !any {
        return tg.show(target, &expired(v)).await;
    }
    let screen = Screen::new(v.f("change-notified", &[("count", total.into())]))
        .button(v.raw("button-announcements"), Callback::Announcements);
    tg.show(target, &screen).await
}

/// A change to a session as planned: the changes with it, the notice for
/// those concerned, to whom, and how many they are.
struct Planned {
    changes: Vec<Change>,
    notice: Notice,
    audience: Audience,
    count: i64,
}

async fn planned(
    app: &Arc<App>,
    v: &View,
    session: &str,
    code: EditCode,
) -> Result<Option<Planned>> {
    let (base, mut all) = app.files();
    let event = v.event();
    let Some(s) = event.session(session) else {
        return Ok(None);
    };
    let edit = match code {
        EditCode::Delay(m) => Edit::Delay(i64::from(m)),
        EditCode::Cancel => Edit::Cancel,
        EditCode::Move { venue, room } => {
            let Some(ve) = event.venues.get(usize::from(venue)) else {
                return Ok(None);
            };
            let room = match room {
                Some(r) => match ve.rooms.get(usize::from(r)) {
                    Some(r) => Some(r.clone()),
                    None => return Ok(None),
                },
                None => None,
            };
            Edit::Move {
                venue: ve.id.clone(),
                room,
            }
        }
    };
    let before = all.iter().find(|c| c.session_id == session).cloned();
    let Some(change) = changes::edit(event, before.as_ref(), s, &edit) else {
        return Ok(None);
    };
    all.retain(|c| c.session_id != session);
    all.push(change);
    let after = changes::apply(&base.event, &all);
    let Some((notice, audience)) = changes::notices(event, &after)
        .into_iter()
        .find(|(n, _)| matches!(n, Notice::Session { session: id, .. } if id == session))
    else {
        // Nothing a delegate would notice (moved to where it was).
        return Ok(None);
    };
    let count = app
        .outbox
        .tally(&audience, &app.organiser_ids())
        .await?
        .iter()
        .map(|(_, n)| n)
        .sum();
    Ok(Some(Planned {
        changes: all,
        notice,
        audience,
        count,
    }))
}

async fn confirm_change(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    by: i64,
    session: &str,
    edit: EditCode,
) -> HandlerResult {
    let Some(at) = target.edit else {
        return tg.show(target, &expired(v)).await;
    };
    let source = format!("change:{}:{}", target.chat.0, at.0);
    let Some(p) = planned(app, v, session, edit).await? else {
        return tg.show(target, &impossible(v, session)).await;
    };
    let Some(change) = p.changes.iter().find(|c| c.session_id == session) else {
        return Ok(());
    };
    let json = p.notice.to_json();
    let summary = av::notice_title(v, &p.notice);
    let new = New {
        notice: Some(&json),
        audience: &p.audience,
        summary: &summary,
        needs_ack: false,
        created_by: by,
        progress: Some((target.chat.0, i64::from(at.0))),
        source: &source,
        draft: false,
    };
    let published = app
        .outbox
        .publish_with_change(&new, &[], &app.organiser_ids(), Some((change, by)))
        .await?;
    let Some((id, _)) = published else {
        // Confirmed already (a second tap, or the update delivered again):
        // the change was made once.
        return Ok(());
    };
    app.set_changes(p.changes.clone());
    tracing::info!(%session, "an organiser changed a session");
    let v = View::new(app.content(), v.lang, v.now);
    match report(app, id).await? {
        Some(r) => tg.show(target, &av::progress(&v, &r)).await,
        None => Ok(()),
    }
}

/// After a reload: its notices, written as drafts; the first and last
/// draft's ids and how many they go to (`None`: nothing changed for
/// delegates).
pub async fn reload_drafts(
    app: &Arc<App>,
    notices: &[(Notice, Audience)],
) -> Result<Option<(i64, i64, i64)>> {
    if notices.is_empty() {
        return Ok(None);
    }
    let v = &View::new(app.content(), Lang::En, app.clock.now());
    let stamp = chrono::Utc::now().timestamp_micros();
    let (mut from, mut to, mut count) = (i64::MAX, 0, 0i64);
    for (i, (notice, audience)) in notices.iter().enumerate() {
        let json = notice.to_json();
        let summary = av::notice_title(v, notice);
        let source = format!("reload:{stamp}:{i}");
        let new = New {
            notice: Some(&json),
            audience,
            summary: &summary,
            needs_ack: false,
            created_by: 0,
            progress: None,
            source: &source,
            draft: true,
        };
        if let Some((id, _)) = app.outbox.publish(&new, &[], &[]).await? {
            from = from.min(id);
            to = to.max(id);
        }
        count += app
            .outbox
            .tally(audience, &app.organiser_ids())
            .await?
            .iter()
            .map(|(_, n)| n)
            .sum::<i64>();
    }
    if from > to {
        return Ok(None);
    }
    Ok(Some((from, to, count)))
}

/// The screen that offers an organiser to send a reload's notices.
pub fn reload_screen(
    v: &View,
    notices: &[(Notice, Audience)],
    (from, to, count): (i64, i64, i64),
) -> Screen {
    let texts: Vec<String> = notices.iter().map(|(n, _)| av::notice(v, n)).collect();
    av::reload_notices(v, &texts, from, to, count)
}

/// A delegate's "Got it".
pub async fn on_ack(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    q: &CallbackQuery,
    id: i64,
) -> HandlerResult {
    let uid = i64::try_from(q.from.id.0).unwrap_or_default();
    let noted = stored::ack(&mut *app.db.conn().await?, id, uid, app.clock.now()).await?;
    tg.answer(q, Some(&v.raw("announce-toast-thanks"))).await;
    if noted {
        tracing::info!(announcement = id, "an announcement was acknowledged");
    }
    if let Some(m) = q.regular_message() {
        tg.clear_buttons(m.chat.id, m.id).await;
    }
    Ok(())
}

/// The latest announcements a delegate can read again.
pub async fn latest(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    uid: i64,
) -> HandlerResult {
    let rows = stored::latest_for(&mut *app.db.conn().await?, uid, 5).await?;
    let items: Vec<_> = rows
        .into_iter()
        .map(|a| {
            let title = match a.kind {
                Kind::Notice => a
                    .notice
                    .as_deref()
                    .and_then(Notice::from_json)
                    .map(|n| av::notice_title(v, &n))
                    .unwrap_or_else(|| a.summary.clone()),
                Kind::Message => a.summary.clone(),
            };
            (a, title)
        })
        .collect();
    tg.show(target, &av::latest(v, &items)).await
}

/// One of them again, in the delegate's language.
pub async fn show_one(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    target: Target,
    uid: i64,
    id: i64,
) -> HandlerResult {
    let (rows, versions) = {
        let mut conn = app.db.conn().await?;
        (
            stored::latest_for(&mut conn, uid, 50).await?,
            stored::versions(&mut conn, id).await?,
        )
    };
    let Some(a) = rows.into_iter().find(|a| a.id == id) else {
        return tg.show(target, &expired(v)).await;
    };
    let target = target.fresh();
    match a.kind {
        Kind::Notice => {
            let text = a
                .notice
                .as_deref()
                .and_then(Notice::from_json)
                .map(|n| av::notice(v, &n))
                .unwrap_or_default();
            tg.send(target, &Screen::new(text)).await
        }
        Kind::Message => {
            let loaded = crate::announcements::outbox::Loaded { row: a, versions };
            let Some((chat, message)) = loaded.version_for(v.lang) else {
                return tg.show(target, &expired(v)).await;
            };
            let message = MessageId(i32::try_from(message).unwrap_or_default());
            tg.copy_with(target, ChatId(chat), message, None)
                .await
                .map(|_| ())
        }
    }
}
