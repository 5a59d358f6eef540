//! What organisers (`ORGANISER_IDS`) can do beyond what delegates can:
//! invitations, registrations, the export, reloading the event file.

use std::sync::Arc;

use teloxide::prelude::*;
use teloxide::types::{Me, User};

use super::super::callback::Callback;
use super::super::commands::OrganiserCommand;
use super::super::conversation::{Conversation, InvitationStep};
use super::super::screen::{Screen, Target, arg, button};
use super::super::send::Sender;
use super::super::views::{View, organiser};
use super::registration::{dialogue, notify_promoted};
use super::{HandlerResult, view_for};
use crate::app::App;
use crate::db::{attendees, delegates, invitations as stored, registrations};
use crate::error::Error;
use crate::event::text_ids;
use crate::registration::invitations::{self, MAX_NAME, MAX_PEOPLE};
use crate::registration::{export, qr};

pub async fn on_command(
    tg: Sender,
    app: Arc<App>,
    me: Me,
    msg: Message,
    cmd: OrganiserCommand,
) -> HandlerResult {
    let v = view_for(&app, msg.from.as_ref()).await;
    let target = Target::beside(&msg);
    let screen = match cmd {
        OrganiserCommand::Stats => {
            let by_language = delegates::count_by_language(&mut *app.db.conn().await?).await?;
            let (tickets, (asked, answered)) = super::questions::figures(&app).await?;
            organiser::stats(&v, &by_language)
                .with_appendix(&organiser::question_figures(&v, &tickets, asked, answered))
        }
        OrganiserCommand::Invite => {
            dialogue(&app, target.chat)
                .update(Conversation::Invitation(InvitationStep::Delegation))
                .await?;
            Screen::new(v.t("organiser-invite-ask-delegation"))
        }
        OrganiserCommand::Invites => invites_screen(&app, &v, 0).await?,
        OrganiserCommand::Registrations => {
            let summary = registrations::summary(&mut *app.db.conn().await?).await?;
            let rows: Vec<_> = v
                .event()
                .registrable()
                .map(|s| {
                    let r = summary.iter().find(|r| r.0 == s.id);
                    (
                        s,
                        r.map_or(0, |r| r.1),
                        r.map_or(0, |r| r.2),
                        r.map_or(0, |r| r.3),
                    )
                })
                .collect();
            organiser::registrations(&v, &rows)
        }
        OrganiserCommand::Export => return send_export(&tg, &app, &v, target).await,
        OrganiserCommand::Announce => {
            return super::announcements::start(&tg, &app, &v, target).await;
        }
        OrganiserCommand::Announcements => super::announcements::list_screen(&app, &v).await?,
        OrganiserCommand::Reload => match app.reload().await {
            Ok(done) => {
                notify_promoted(&tg, &app, &me, &done.promoted).await;
                // The organiser reads the new content too.
                let v = view_for(&app, msg.from.as_ref()).await;
                let screen = organiser::reloaded(&v, done.promoted.len(), &done.over);
                if let Some(drafts) =
                    super::announcements::reload_drafts(&app, &done.notices).await?
                {
                    tg.send(target, &screen).await?;
                    super::announcements::reload_screen(&v, &done.notices, drafts)
                } else {
                    screen
                }
            }
            Err(Error::Invalid(problems)) => {
                let problems: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
                organiser::reload_failed(&v, &problems)
            }
            Err(e) => return Err(e),
        },
    };
    tg.send(target, &screen).await
}

async fn invites_screen(app: &Arc<App>, v: &View, page: u8) -> crate::error::Result<Screen> {
    let list = stored::list(&mut *app.db.conn().await?).await?;
    let today = v.event().local(app.clock.now()).date();
    Ok(organiser::invitations(v, &list, today, usize::from(page)))
}

/// A step of a new invitation: the organiser's answer.
pub async fn on_invitation_step(
    tg: Sender,
    app: Arc<App>,
    me: Me,
    msg: Message,
    step: InvitationStep,
) -> HandlerResult {
    let v = view_for(&app, msg.from.as_ref()).await;
    let target = Target::beside(&msg);
    let Some(user) = msg.from.as_ref().filter(|u| app.roles.is_organiser(u.id.0)) else {
        // No longer an organiser: the form ends.
        dialogue(&app, target.chat).exit().await?;
        return super::delegate::on_message(tg, app, me, msg).await;
    };
    let text = msg.text().unwrap_or_default();
    let d = dialogue(&app, target.chat);
    let (next, ask) = match step {
        InvitationStep::Delegation => match invitations::check_delegation(text) {
            Some(delegation) => (
                InvitationStep::People { delegation },
                v.t("organiser-invite-ask-people"),
            ),
            None => (
                InvitationStep::Delegation,
                v.f("organiser-invite-invalid-name", &[("max", MAX_NAME.into())]),
            ),
        },
        InvitationStep::People { delegation } => match invitations::read_people(text) {
            Some(people) => (
                InvitationStep::Expiry { delegation, people },
                v.t("organiser-invite-ask-expiry"),
            ),
            None => (
                InvitationStep::People { delegation },
                v.f(
                    "organiser-invite-invalid-people",
                    &[("max", MAX_PEOPLE.into())],
                ),
            ),
        },
        InvitationStep::Expiry { delegation, people } => {
            let today = v.event().local(app.clock.now()).date();
            match invitations::read_expiry(text, today) {
                Some(d) => {
                    return create(
                        &tg,
                        &app,
                        &v,
                        &me,
                        target,
                        user,
                        &delegation,
                        people,
                        Some(d),
                    )
                    .await;
                }
                None => (
                    InvitationStep::Expiry { delegation, people },
                    v.t("organiser-invite-invalid-date"),
                ),
            }
        }
    };
    let expiry = matches!(next, InvitationStep::Expiry { .. });
    d.update(Conversation::Invitation(next)).await?;
    let mut screen = Screen::new(ask);
    if expiry {
        screen = screen.button(v.raw("button-invite-no-expiry"), Callback::NoExpiry);
    }
    tg.send(target, &screen).await
}

#[allow(clippy::too_many_arguments)]
async fn create(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    me: &Me,
    target: Target,
    user: &User,
    delegation: &str,
    people: i64,
    expires_on: Option<chrono::NaiveDate>,
) -> HandlerResult {
    let by = i64::try_from(user.id.0).ok();
    // The form ends first: if Telegram delivers the last answer again
    // (after a crash), it finds no form and creates no second invitation.
    dialogue(app, target.chat).exit().await?;
    let code =
        invitations::create(&app.db, delegation, people, expires_on, by, app.clock.now()).await?;
    let Some(inv) = stored::get(&mut *app.db.conn().await?, &code).await? else {
        return Err(Error::State(
            "a new invitation could not be read back".into(),
        ));
    };
    let link = invitations::deep_link(me.username(), &code);
    tg.send(target, &organiser::invitation_created(v, &inv, &link))
        .await?;
    let caption = v.f(
        "organiser-invite-qr-caption",
        &[("delegation", arg(super::super::screen::esc(delegation)))],
    );
    tg.photo(
        target,
        qr::png(&link)?,
        "invitation.png",
        &caption,
        &Screen::default(),
    )
    .await
}

/// Organisers' buttons: the invitations list, revoking one, "no expiry".
pub async fn on_button(
    tg: &Sender,
    app: &Arc<App>,
    v: &View,
    me: &Me,
    target: Target,
    user: &User,
    cb: &Callback,
) -> HandlerResult {
    match cb {
        Callback::Invites { page } => tg.show(target, &invites_screen(app, v, *page).await?).await,
        Callback::Revoke(code) => {
            let inv = stored::get(&mut *app.db.conn().await?, code).await?;
            let screen = match inv {
                Some(inv) if !inv.revoked => organiser::confirm_revoke(v, &inv),
                _ => invites_screen(app, v, 0).await?,
            };
            tg.show(target, &screen).await
        }
        Callback::RevokeConfirmed(code) => {
            let mut conn = app.db.conn().await?;
            let inv = stored::get(&mut conn, code).await?;
            stored::revoke(&mut conn, code, app.clock.now()).await?;
            drop(conn);
            let screen = invites_screen(app, v, 0).await?;
            let screen = match inv {
                Some(inv) => screen.with_notice(&v.f(
                    "organiser-invite-revoked",
                    &[(
                        "delegation",
                        arg(super::super::screen::esc(&inv.delegation)),
                    )],
                )),
                None => screen,
            };
            tg.show(target, &screen).await
        }
        Callback::NoExpiry => {
            let d = dialogue(app, target.chat);
            match d.get().await? {
                Some(Conversation::Invitation(InvitationStep::Expiry { delegation, people })) => {
                    let target = target.fresh();
                    create(tg, app, v, me, target, user, &delegation, people, None).await
                }
                _ => {
                    tg.show(
                        target,
                        &Screen::new(v.ev("callback-expired"))
                            .row(vec![button(v.raw("button-menu"), Callback::Menu)]),
                    )
                    .await
                }
            }
        }
        _ => Ok(()),
    }
}

/// Registrations and profiles as a CSV document.
async fn send_export(tg: &Sender, app: &Arc<App>, v: &View, target: Target) -> HandlerResult {
    let mut conn = app.db.conn().await?;
    let places = registrations::all(&mut conn).await?;
    let people = attendees::list(&mut conn).await?;
    let mut positions = std::collections::HashMap::new();
    let mut rows = Vec::new();
    for p in &places {
        let position = match p.status {
            registrations::Status::Waitlisted => {
                let n = positions.entry(p.session_id.clone()).or_insert(0i64);
                *n += 1;
                Some(*n)
            }
            registrations::Status::Confirmed => None,
        };
        let attendee = people.iter().find(|a| a.telegram_id == p.telegram_id);
        let country = attendee.map(|a| country_of(v, a)).unwrap_or_default();
        let session_title = if v.event().session(&p.session_id).is_some() {
            v.raw(&text_ids::session_title(&p.session_id))
        } else {
            String::new()
        };
        rows.push(export::Row {
            place: Some(p),
            session_title,
            position,
            attendee,
            country,
        });
    }
    // Delegates with a profile and no place: their badge, diet and
    // interpretation matter too.
    for a in &people {
        if places.iter().any(|p| p.telegram_id == a.telegram_id) {
            continue;
        }
        rows.push(export::Row {
            place: None,
            session_title: String::new(),
            position: None,
            attendee: Some(a),
            country: country_of(v, a),
        });
    }
    let bytes = export::csv(&rows)?;
    let registrations = rows.iter().filter(|r| r.place.is_some()).count();
    let caption = v.f(
        "organiser-export-caption",
        &[("count", registrations.into())],
    );
    tg.document(
        target,
        bytes,
        &format!("{}-registrations.csv", v.event().id),
        &caption,
    )
    .await
}

/// A delegate's country, named in English for the spreadsheet.
fn country_of(v: &View, a: &attendees::Attendee) -> String {
    match (&a.profile.country_code, &a.profile.country_other) {
        (Some(code), _) => v
            .content
            .i18n
            .text(crate::i18n::Lang::En, &format!("country-{code}")),
        (None, Some(other)) => other.clone(),
        _ => String::new(),
    }
}
