//! Announcements: the organiser's composer, audiences, preview, progress
//! and reports; the notices of schedule changes; a delegate's latest
//! announcements; changing a session on site.

use teloxide::types::InlineKeyboardButton;

use super::super::callback::{AudienceList, Callback, EditCode};
use super::super::conversation::AnnouncementDraft;
use super::super::screen::{Screen, arg, button, esc};
use super::View;
use super::schedule::venue_line;
use crate::announcements::changes::DELAYS;
use crate::announcements::notice::Slot;
use crate::announcements::outbox::Report;
use crate::announcements::{Audience, Notice};
use crate::db::announcements::{Announcement, Counts, Kind, State};
use crate::event::{Session, text_ids};
use crate::i18n::Lang;
use crate::text::shorten;

/// The longest summary kept of an announcement (for lists).
pub const SUMMARY_LEN: usize = 80;

/// "Send me the announcement".
pub fn prompt(v: &View) -> Screen {
    Screen::new(v.t("announce-prompt")).button(v.raw("button-announce-discard"), Callback::Discard)
}

/// "Send me the Thai version".
pub fn version_prompt(v: &View, lang: Lang) -> Screen {
    Screen::new(v.f(
        "announce-version-prompt",
        &[("language", arg(esc(&language_name(v, lang))))],
    ))
    .button(v.raw("button-announce-back"), Callback::Composer)
}

fn language_name(v: &View, lang: Lang) -> String {
    v.content.i18n.text(lang, "language-name")
}

/// How an audience is named to the organiser (plain text). `delegation`:
/// the delegation's name, for that audience.
pub fn audience_name(v: &View, a: &Audience, delegation: Option<&str>) -> String {
    let title = |s: &str| {
        if v.event().session(s).is_some() {
            v.raw(&text_ids::session_title(s))
        } else {
            s.to_string()
        }
    };
    match a {
        Audience::Everyone | Audience::RemindEveryone { .. } | Audience::Briefed => {
            v.raw("button-audience-everyone")
        }
        Audience::RemindRegistrants { session, .. } => v.f(
            "announce-audience-registrants",
            &[("session", arg(title(session)))],
        ),
        Audience::Registrants(s) => v.f(
            "announce-audience-registrants",
            &[("session", arg(title(s)))],
        ),
        Audience::Waitlist(s) => v.f("announce-audience-waitlist", &[("session", arg(title(s)))]),
        Audience::Session(s) => v.f("announce-audience-session", &[("session", arg(title(s)))]),
        Audience::Language(l) => language_name(v, *l),
        Audience::Country(c) => v.raw(&format!("country-{c}")),
        Audience::Delegation(code) => delegation.unwrap_or(code).to_string(),
        Audience::Volunteers => v.raw("button-audience-volunteers"),
        Audience::Organisers => v.raw("button-audience-organisers"),
        Audience::Unacknowledged(id) => {
            v.f("announce-audience-unacknowledged", &[("id", (*id).into())])
        }
    }
}

/// The composer: what will be sent, to whom (and how many, by
/// language), the versions, acknowledgement; and the buttons to change
/// each, preview, send or discard.
pub fn composer(v: &View, d: &AnnouncementDraft, audience: &str, tally: &[(Lang, i64)]) -> Screen {
    let total: i64 = tally.iter().map(|(_, n)| n).sum();
    let by_lang = tally
        .iter()
        .map(|(l, n)| format!("{} {n}", esc(&language_name(v, *l))))
        .collect::<Vec<_>>()
        .join(" · ");
    let versions = if d.versions.is_empty() {
        v.t("announce-versions-none")
    } else {
        d.versions
            .iter()
            .map(|(l, _, _)| esc(&language_name(v, *l)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let text = v.f(
        "announce-composer",
        &[
            ("summary", arg(esc(&d.summary))),
            ("audience", arg(esc(audience))),
            ("count", total.into()),
            ("languages", arg(by_lang)),
            ("versions", arg(versions)),
            ("ack", arg(if d.needs_ack { "yes" } else { "no" })),
        ],
    );
    let ack = if d.needs_ack {
        v.raw("button-announce-ack-on")
    } else {
        v.raw("button-announce-ack-off")
    };
    Screen::new(text)
        .row(vec![
            button(v.raw("button-announce-audience"), Callback::Audiences),
            button(v.raw("button-announce-version"), Callback::AddVersion),
        ])
        .row(vec![button(ack, Callback::ToggleAck)])
        .row(vec![
            button(v.raw("button-announce-preview"), Callback::Preview),
            button(
                v.f("button-announce-send", &[("count", total.into())]),
                Callback::SendAnnouncement,
            ),
        ])
        .button(v.raw("button-announce-discard"), Callback::Discard)
}

/// The kinds of audience.
pub fn audiences(v: &View) -> Screen {
    let b = |id: &str, cb| button(v.raw(id), cb);
    Screen::new(v.t("announce-audience-title"))
        .row(vec![b(
            "button-audience-everyone",
            Callback::SetAudience(Audience::Everyone),
        )])
        .row(vec![
            b(
                "button-audience-registrants",
                Callback::AudienceList(AudienceList::Registrants),
            ),
            b(
                "button-audience-waitlist",
                Callback::AudienceList(AudienceList::Waitlist),
            ),
        ])
        .row(vec![
            b(
                "button-audience-language",
                Callback::AudienceList(AudienceList::Language),
            ),
            b(
                "button-audience-country",
                Callback::AudienceList(AudienceList::Country),
            ),
        ])
        .row(vec![b(
            "button-audience-delegation",
            Callback::AudienceList(AudienceList::Delegation),
        )])
        .row(vec![
            b(
                "button-audience-volunteers",
                Callback::SetAudience(Audience::Volunteers),
            ),
            b(
                "button-audience-organisers",
                Callback::SetAudience(Audience::Organisers),
            ),
        ])
        .button(v.raw("button-announce-back"), Callback::Composer)
}

/// A list to pick one audience from: (label, audience).
pub fn audience_list(v: &View, items: &[(String, Audience)]) -> Screen {
    let text = if items.is_empty() {
        v.t("announce-audience-empty")
    } else {
        v.t("announce-audience-pick")
    };
    let rows: Vec<Vec<InlineKeyboardButton>> = items
        .iter()
        // Telegram shows up to 100 buttons; one is "Back".
        .take(90)
        .map(|(label, a)| vec![button(shorten(label, 48), Callback::SetAudience(a.clone()))])
        .collect();
    Screen::new(text)
        .rows(rows)
        .button(v.raw("button-announce-back"), Callback::Audiences)
}

/// The languages a version can be added for (those with one ticked).
pub fn version_languages(v: &View, d: &AnnouncementDraft) -> Screen {
    let rows = Lang::ALL
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|&l| {
                    let name = language_name(v, l);
                    let label = if d.versions.iter().any(|x| x.0 == l) {
                        format!("✅ {name}")
                    } else {
                        name
                    };
                    button(label, Callback::VersionLang(l))
                })
                .collect()
        })
        .collect();
    Screen::new(v.t("announce-version-title"))
        .rows(rows)
        .button(v.raw("button-announce-back"), Callback::Composer)
}

/// Above each copy in the preview: who sees it this way.
pub fn preview_header(v: &View, lang: Option<Lang>, count: i64, own_version: bool) -> Screen {
    let text = match lang {
        Some(l) => v.f(
            "announce-preview-header",
            &[
                ("language", arg(esc(&language_name(v, l)))),
                ("count", count.into()),
                ("version", arg(if own_version { "own" } else { "original" })),
            ],
        ),
        None => v.t("announce-preview-nobody"),
    };
    Screen::new(text)
}

/// The "Got it" button under an announcement, in the reader's language.
pub fn ack_button(v: &View, id: i64) -> Screen {
    Screen::default().button(v.raw("button-announce-got-it"), Callback::Ack(id))
}

/// The organiser's live progress message, then the final report.
pub fn progress(v: &View, r: &Report) -> Screen {
    let c = &r.counts;
    let a = &r.announcement;
    let mut text = v.f(
        if r.finished {
            match a.state {
                State::Stopped => "announce-report-stopped",
                _ => "announce-report-done",
            }
        } else {
            "announce-progress"
        },
        &[
            ("id", a.id.into()),
            ("summary", arg(esc(&a.summary))),
            ("total", c.total().into()),
            ("sent", c.sent.into()),
            ("failed", c.failed.into()),
            ("unreachable", c.unreachable.into()),
            ("remaining", c.remaining().into()),
            ("stopped", c.stopped.into()),
            ("rate", format!("{:.1}", r.rate).into()),
            (
                "left",
                arg(r
                    .seconds_left()
                    .map(|s| format!("{}:{:02}", s / 60, s % 60))
                    .unwrap_or_else(|| "…".into())),
            ),
        ],
    );
    if a.needs_ack {
        text.push('\n');
        text.push_str(&v.f(
            "announce-acks",
            &[("acked", c.acked.into()), ("sent", c.sent.into())],
        ));
    }
    let mut screen = Screen::new(text);
    if !r.finished && a.state == State::Sending {
        screen = screen.button(
            v.raw("button-announce-stop"),
            Callback::StopAnnouncement(a.id),
        );
    }
    if r.finished && a.needs_ack && c.sent > c.acked {
        screen = screen.button(
            v.f(
                "button-announce-remind",
                &[("count", (c.sent - c.acked).into())],
            ),
            Callback::Remind(a.id),
        );
    }
    screen.button(v.raw("button-announcements"), Callback::Announcements)
}

/// `/announcements`: the recent ones with their counts.
pub fn list(v: &View, rows: &[(Announcement, Counts)]) -> Screen {
    if rows.is_empty() {
        return Screen::new(v.t("announce-list-empty"));
    }
    let mut lines = vec![v.t("announce-list-title")];
    let mut buttons = Vec::new();
    for (a, c) in rows {
        let state = match a.state {
            State::Draft => "draft",
            State::Sending => "sending",
            State::Done => "done",
            State::Stopped => "stopped",
        };
        lines.push(v.f(
            "announce-list-item",
            &[
                ("id", a.id.into()),
                ("summary", arg(esc(&a.summary))),
                ("state", arg(state)),
                ("sent", c.sent.into()),
                ("total", c.total().into()),
                ("failed", c.failed.into()),
                ("unreachable", c.unreachable.into()),
                ("acked", c.acked.into()),
                ("ack", arg(if a.needs_ack { "yes" } else { "no" })),
            ],
        ));
        buttons.push(button(format!("#{}", a.id), Callback::Announcement(a.id)));
    }
    Screen::new(lines.join("\n\n")).rows(buttons.chunks(4).map(<[_]>::to_vec).collect())
}

/// A delegate's latest announcements (title lines; a button each shows
/// it again).
pub fn latest(v: &View, items: &[(Announcement, String)]) -> Screen {
    if items.is_empty() {
        return Screen::new(v.t("latest-empty")).row(vec![v.menu_button()]);
    }
    let mut lines = vec![v.t("latest-title")];
    let mut rows = Vec::new();
    for (i, (a, title)) in items.iter().enumerate() {
        let n = i + 1;
        let when = v.event().local(
            chrono::DateTime::parse_from_rfc3339(&a.created_at)
                .map(|t| t.to_utc())
                .unwrap_or(v.now),
        );
        lines.push(format!(
            "{n}. <i>{}</i> — {}",
            esc(&format!(
                "{} {}",
                v.date_button(when.date()),
                when.format("%H:%M")
            )),
            esc(title)
        ));
        rows.push(button(
            shorten(&format!("{n}. {title}"), 48),
            Callback::ShowAnnouncement(a.id),
        ));
    }
    Screen::new(lines.join("\n"))
        .rows(rows.into_iter().map(|b| vec![b]).collect())
        .row(vec![v.menu_button()])
}

/// A notice in the reader's language: what changed, exactly.
pub fn notice(v: &View, n: &Notice) -> String {
    match n {
        Notice::Session {
            session,
            date,
            new_date,
            before,
            after,
            cancelled,
        } => {
            let title = v.ev(&text_ids::session_title(session));
            let when = v.date_long(*date);
            if *cancelled {
                return v.f(
                    "notice-session-cancelled",
                    &[("session", arg(title)), ("date", arg(when))],
                );
            }
            let mut lines = vec![v.f(
                "notice-session-changed",
                &[("session", arg(title)), ("date", arg(when))],
            )];
            if let Some(d) = new_date {
                lines.push(v.f("notice-session-day", &[("date", arg(v.date_long(*d)))]));
            }
            if (before.start, before.end) != (after.start, after.end) {
                lines.push(v.f(
                    "notice-session-time",
                    &[
                        ("from", arg(before.start.format("%H:%M").to_string())),
                        ("to", arg(after.start.format("%H:%M").to_string())),
                        ("end", arg(after.end.format("%H:%M").to_string())),
                    ],
                ));
            }
            if (&before.venue, &before.room) != (&after.venue, &after.room) {
                lines.push(v.f(
                    "notice-session-place",
                    &[
                        ("from", arg(place(v, before))),
                        ("to", arg(place(v, after))),
                    ],
                ));
            }
            lines.join("\n")
        }
        Notice::Venue { venue } => v.f(
            "notice-venue-changed",
            &[
                ("venue", arg(v.ev(&text_ids::venue_name(venue)))),
                ("address", arg(v.ev(&text_ids::venue_address(venue)))),
            ],
        ),
        Notice::Reminder {
            session, minutes, ..
        } => v.f(
            "reminder-title",
            &[
                ("minutes", (*minutes).into()),
                ("session", arg(v.ev(&text_ids::session_title(session)))),
            ],
        ),
        Notice::Briefing { date } => v.f("briefing-title", &[("date", arg(v.date_long(*date)))]),
        Notice::Shuttle {
            shuttle,
            before,
            after,
        } => {
            let times = |t: &[chrono::NaiveTime]| {
                t.iter()
                    .map(|t| t.format("%H:%M").to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            v.f(
                "notice-shuttle-changed",
                &[
                    ("shuttle", arg(v.ev(&text_ids::shuttle_name(shuttle)))),
                    ("from", arg(times(before))),
                    ("to", arg(times(after))),
                ],
            )
        }
    }
}

/// A notice's first line as plain text (for lists).
pub fn notice_title(v: &View, n: &Notice) -> String {
    let html = notice(v, n);
    let first = html.lines().next().unwrap_or_default();
    let mut plain = String::new();
    let mut in_tag = false;
    for c in first.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => plain.push(c),
            _ => {}
        }
    }
    plain
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// A session's place, for a notice: venue, room.
fn place(v: &View, s: &Slot) -> String {
    let mut venue = v.ev(&text_ids::venue_name(&s.venue));
    if let Some(room) = &s.room {
        venue = format!("{}, {venue}", v.ev(&text_ids::room(&s.venue, room)));
    }
    venue
}

/// The delegates' notice under a session's buttons (for organisers).
pub fn change_button(v: &View, session: &Session) -> InlineKeyboardButton {
    button(
        v.raw("button-change-session"),
        Callback::ChangeSession(session.id.clone()),
    )
}

/// What an organiser can change about a session.
pub fn change_menu(v: &View, s: &Session) -> Screen {
    let title = v.ev(&text_ids::session_title(&s.id));
    let mut text = v.f("change-title", &[("session", arg(title))]);
    text.push('\n');
    text.push_str(&venue_line(v, s));
    if s.cancelled() {
        return Screen::new(format!("{text}\n\n{}", v.t("schedule-cancelled"))).button(
            v.raw("button-announce-back"),
            Callback::Session(s.id.clone()),
        );
    }
    let delays: Vec<InlineKeyboardButton> = DELAYS
        .iter()
        .map(|&m| {
            button(
                v.f("button-change-delay", &[("minutes", m.into())]),
                Callback::PreviewChange {
                    session: s.id.clone(),
                    edit: EditCode::Delay(u16::try_from(m).unwrap_or(15)),
                },
            )
        })
        .collect();
    Screen::new(text)
        .rows(delays.chunks(3).map(<[_]>::to_vec).collect())
        .button(
            v.raw("button-change-move"),
            Callback::MoveSession(s.id.clone()),
        )
        .button(
            v.raw("button-change-cancel"),
            Callback::PreviewChange {
                session: s.id.clone(),
                edit: EditCode::Cancel,
            },
        )
        .button(
            v.raw("button-announce-back"),
            Callback::Session(s.id.clone()),
        )
}

/// Where to move a session: the event's venues.
pub fn move_venues(v: &View, s: &Session) -> Screen {
    let rows = v
        .event()
        .venues
        .iter()
        .enumerate()
        .filter_map(|(i, venue)| {
            let i = u8::try_from(i).ok()?;
            let cb = if venue.rooms.is_empty() {
                Callback::PreviewChange {
                    session: s.id.clone(),
                    edit: EditCode::Move {
                        venue: i,
                        room: None,
                    },
                }
            } else {
                Callback::MoveToVenue {
                    session: s.id.clone(),
                    venue: i,
                }
            };
            Some(vec![button(
                shorten(&v.raw(&text_ids::venue_name(&venue.id)), 48),
                cb,
            )])
        })
        .collect();
    Screen::new(v.t("change-move-venue")).rows(rows).button(
        v.raw("button-announce-back"),
        Callback::ChangeSession(s.id.clone()),
    )
}

/// Which room of the venue (or none in particular).
pub fn move_rooms(v: &View, s: &Session, venue: u8) -> Option<Screen> {
    let ve = v.event().venues.get(usize::from(venue))?;
    let mut rows: Vec<Vec<InlineKeyboardButton>> = ve
        .rooms
        .iter()
        .enumerate()
        .filter_map(|(i, room)| {
            let r = u8::try_from(i).ok()?;
            Some(vec![button(
                shorten(&v.raw(&text_ids::room(&ve.id, room)), 48),
                Callback::PreviewChange {
                    session: s.id.clone(),
                    edit: EditCode::Move {
                        venue,
                        room: Some(r),
                    },
                },
            )])
        })
        .collect();
    rows.push(vec![button(
        v.raw("button-change-no-room"),
        Callback::PreviewChange {
            session: s.id.clone(),
            edit: EditCode::Move { venue, room: None },
        },
    )]);
    Some(Screen::new(v.t("change-move-room")).rows(rows).button(
        v.raw("button-announce-back"),
        Callback::MoveSession(s.id.clone()),
    ))
}

/// The change as delegates will read it, to how many, before it is made.
pub fn change_preview(
    v: &View,
    session: &str,
    edit: EditCode,
    notice_text: &str,
    count: i64,
) -> Screen {
    let text = v.f(
        "change-preview",
        &[("notice", arg(notice_text)), ("count", count.into())],
    );
    Screen::new(text)
        .button(
            v.f("button-change-confirm", &[("count", count.into())]),
            Callback::ConfirmChange {
                session: session.to_string(),
                edit,
            },
        )
        .button(
            v.raw("button-announce-back"),
            Callback::ChangeSession(session.to_string()),
        )
}

/// After a reload: what changed for delegates, and the button that tells
/// them (the drafts `from..=to`).
pub fn reload_notices(v: &View, notices: &[String], from: i64, to: i64, count: i64) -> Screen {
    let mut text = v.t("change-reload-title");
    for n in notices.iter().take(10) {
        text.push_str("\n\n");
        text.push_str(n);
    }
    if notices.len() > 10 {
        text.push_str(&format!("\n\n… (+{})", notices.len() - 10));
    }
    Screen::new(text).button(
        v.f("button-change-notify", &[("count", count.into())]),
        Callback::Notify { from, to },
    )
}

/// Whether an announcement is a notice (rendered) or a copied message.
pub fn is_notice(a: &Announcement) -> bool {
    a.kind == Kind::Notice
}
