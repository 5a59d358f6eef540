//! The programme by day, a session's detail, and "now and next".

use chrono::NaiveDate;

use super::super::callback::Callback;
use super::super::screen::{Screen, TEXT_LIMIT, arg, button};
use super::View;
use super::registration::{self, SeatInfo};
use crate::event::{NowNext, Session, text_ids};
use crate::text::{paginate, shorten, utf16_len};

/// At most this many sessions on one page of a day (and as many buttons).
const SESSIONS_PER_PAGE: usize = 8;
/// At most this many sessions under "coming up".
const NEXT_LIMIT: usize = 3;

/// "All times are local time (Asia/Shanghai, UTC+8)", for `date`.
fn timezone_note(v: &View, date: NaiveDate) -> String {
    v.f(
        "schedule-timezone-note",
        &[
            ("tz", arg(v.event().timezone.name())),
            ("offset", arg(v.event().utc_offset_label(date))),
        ],
    )
}

pub fn venue_line(v: &View, s: &Session) -> String {
    let venue = v.ev(&text_ids::venue_name(&s.venue));
    match &s.room {
        Some(room) => v.f(
            "schedule-venue-room",
            &[
                ("venue", arg(venue)),
                ("room", arg(v.ev(&text_ids::room(&s.venue, room)))),
            ],
        ),
        None => v.f("schedule-venue", &[("venue", arg(venue))]),
    }
}

fn kind(v: &View, s: &Session) -> String {
    v.t(&format!("schedule-kind-{}", s.kind.name()))
}

fn times(s: &Session) -> String {
    format!("{}–{}", s.start.format("%H:%M"), s.end.format("%H:%M"))
}

fn session_block(v: &View, s: &Session) -> String {
    let changed = change_line(v, s)
        .map(|l| format!("\n{l}"))
        .unwrap_or_default();
    format!(
        "<b>{}</b> · {}\n<b>{}</b>{changed}\n{}\n<i>{}</i>",
        times(s),
        kind(v, s),
        v.ev(&text_ids::session_title(&s.id)),
        venue_line(v, s),
        v.ev(&text_ids::session_description(&s.id)),
    )
}

/// "❌ Cancelled", or "⚠️ Changed: it was 14:00–15:00, Hall B", for a
/// session an organiser changed on site.
pub fn change_line(v: &View, s: &Session) -> Option<String> {
    let c = s.change.as_ref()?;
    if c.cancelled {
        return Some(v.t("schedule-cancelled"));
    }
    let mut was = Vec::new();
    if (c.start, c.end) != (s.start, s.end) {
        was.push(format!(
            "{}–{}",
            c.start.format("%H:%M"),
            c.end.format("%H:%M")
        ));
    }
    if (&c.venue, &c.room) != (&s.venue, &s.room) {
        let before = Session {
            venue: c.venue.clone(),
            room: c.room.clone(),
            change: None,
            ..s.clone()
        };
        was.push(venue_line(v, &before));
    }
    if was.is_empty() {
        return None;
    }
    Some(v.f("schedule-changed", &[("was", arg(was.join(", ")))]))
}

fn session_button(v: &View, s: &Session, with_date: bool) -> teloxide::types::InlineKeyboardButton {
    let when = if with_date {
        format!("{} {}", v.date_button(s.date), s.start.format("%H:%M"))
    } else {
        s.start.format("%H:%M").to_string()
    };
    let title = v.raw(&text_ids::session_title(&s.id));
    button(
        shorten(&format!("{when} · {title}"), 48),
        Callback::Session(s.id.clone()),
    )
}

/// Buttons for the event's days, the current one marked: four to a row
/// when the labels are short ("Thu 16"), two when they are long (Khmer and
/// Burmese weekdays have no short forms), so that phones do not cut them.
fn day_rows(
    v: &View,
    current: Option<NaiveDate>,
) -> Vec<Vec<teloxide::types::InlineKeyboardButton>> {
    let labels: Vec<(NaiveDate, String)> = v
        .event()
        .days()
        .into_iter()
        .map(|d| {
            let label = v.date_button(d);
            let label = if Some(d) == current {
                format!("• {label} •")
            } else {
                label
            };
            (d, label)
        })
        .collect();
    let longest = labels
        .iter()
        .map(|(_, l)| l.chars().count())
        .max()
        .unwrap_or(0);
    let per_row = if longest > 10 { 2 } else { 4 };
    labels
        .chunks(per_row)
        .map(|chunk| {
            chunk
                .iter()
                .map(|(d, label)| button(label.clone(), Callback::Day { date: *d, page: 0 }))
                .collect()
        })
        .collect()
}

/// The programme's first screen: choose a day.
pub fn programme(v: &View) -> Screen {
    let text = format!(
        "{}\n{}\n\n{}",
        v.t("schedule-title"),
        timezone_note(v, v.event().start_date),
        v.t("schedule-choose-day")
    );
    Screen::new(text)
        .rows(day_rows(v, None))
        .button(v.raw("menu-now"), Callback::Now)
        .row(vec![v.menu_button()])
}

/// A day's sessions split into pages that fit a message.
struct DayPages<'a> {
    sessions: Vec<&'a Session>,
    blocks: Vec<String>,
    pages: Vec<Vec<usize>>,
    header: String,
}

fn day_pages<'a>(v: &'a View, date: NaiveDate) -> DayPages<'a> {
    let sessions = v.event().sessions_on(date);
    let header = format!(
        "{}\n{}",
        v.f("schedule-day-title", &[("date", arg(v.date_long(date)))]),
        timezone_note(v, date)
    );
    let blocks: Vec<String> = sessions.iter().map(|s| session_block(v, s)).collect();
    // Header, hint and page line, with the blank lines between them.
    let footer = format!("{}\n{}", v.t("schedule-day-hint"), v.page_line(998, 999));
    let frame = utf16_len(&header) + utf16_len(&footer) + 8;
    let pages = paginate(&blocks, "\n\n", frame, TEXT_LIMIT, SESSIONS_PER_PAGE);
    DayPages {
        sessions,
        blocks,
        pages,
        header,
    }
}

/// One page of a day. `None` when the day is not an event day.
pub fn day(v: &View, date: NaiveDate, page: u8) -> Option<Screen> {
    if !v.event().is_event_day(date) {
        return None;
    }
    let d = day_pages(v, date);
    let count = d.pages.len();
    let page = usize::from(page).min(count - 1);
    let on_page = &d.pages[page];
    let mut text = d.header.clone();
    if d.sessions.is_empty() {
        text.push_str("\n\n");
        text.push_str(&v.t("schedule-day-empty"));
    } else {
        for &i in on_page {
            text.push_str("\n\n");
            text.push_str(&d.blocks[i]);
        }
        text.push_str("\n\n");
        text.push_str(&v.t("schedule-day-hint"));
        if count > 1 {
            text.push('\n');
            text.push_str(&v.page_line(page, count));
        }
    }
    let mut screen = Screen::new(text);
    for &i in on_page {
        screen = screen.row(vec![session_button(v, d.sessions[i], false)]);
    }
    let pager = v.pager(page, count, |page| Callback::Day { date, page });
    Some(
        screen
            .row(pager)
            .rows(day_rows(v, Some(date)))
            .row(vec![v.menu_button()]),
    )
}

/// A session's day and time: "Thursday 16 January, 14:00–17:00 (UTC+8)".
pub fn when(v: &View, s: &Session) -> String {
    v.f(
        "schedule-session-when",
        &[
            ("date", arg(v.date_long(s.date))),
            ("start", arg(s.start.format("%H:%M").to_string())),
            ("end", arg(s.end.format("%H:%M").to_string())),
            ("offset", arg(v.event().utc_offset_label(s.date))),
        ],
    )
}

/// The button to a venue's pin.
pub fn venue_button(v: &View, s: &Session) -> teloxide::types::InlineKeyboardButton {
    let venue_name = v.raw(&text_ids::venue_name(&s.venue));
    button(
        shorten(
            &v.f("schedule-open-venue", &[("venue", arg(venue_name))]),
            48,
        ),
        Callback::Venue(s.venue.clone()),
    )
}

/// A session's detail, linking to its venue, with its registration (seats
/// and the delegate's place) when it takes registrations. `None` for an
/// unknown id.
pub fn session(v: &View, id: &str, seats: Option<&SeatInfo>) -> Option<Screen> {
    let s = v.event().session(id)?;
    let d = day_pages(v, s.date);
    let page = d
        .pages
        .iter()
        .position(|p| p.iter().any(|&i| d.sessions[i].id == s.id))
        .unwrap_or(0);
    let changed = change_line(v, s)
        .map(|l| format!("\n{l}"))
        .unwrap_or_default();
    let mut text = format!(
        "<b>{}</b>{changed}\n<i>{}</i>\n{}\n{}\n\n{}",
        v.ev(&text_ids::session_title(&s.id)),
        kind(v, s),
        when(v, s),
        venue_line(v, s),
        v.ev(&text_ids::session_description(&s.id)),
    );
    let mut screen = Screen::new(String::new());
    if let (Some(info), Some(_)) = (seats, s.registration) {
        text.push_str("\n\n");
        text.push_str(&registration::seat_lines(v, s, info));
        screen = screen.rows(registration::seat_buttons(v, s, info));
    }
    screen.text = text;
    Some(screen.row(vec![venue_button(v, s)]).row(vec![
        button(
            v.f(
                "schedule-back-to-day",
                &[("date", arg(v.date_button(s.date)))],
            ),
            Callback::Day {
                date: s.date,
                page: u8::try_from(page).unwrap_or(0),
            },
        ),
        v.menu_button(),
    ]))
}

/// What is on now and what comes next, at the bot's clock.
pub fn now(v: &View) -> Screen {
    let e = &v.event();
    let title = v.t("now-title");
    let event_name = v.ev(text_ids::EVENT_NAME);
    let mut screen = match e.now_and_next(v.now, NEXT_LIMIT) {
        NowNext::Before { opens } => Screen::new(format!(
            "{title}\n\n{}",
            v.f(
                "now-before",
                &[
                    ("event", arg(event_name)),
                    ("date", arg(v.date_long(opens)))
                ]
            )
        )),
        NowNext::After => Screen::new(format!(
            "{title}\n\n{}",
            v.f("now-after", &[("event", arg(event_name))])
        )),
        NowNext::During {
            local,
            current,
            next,
        } => {
            let clock = v.f(
                "now-clock",
                &[
                    ("time", arg(local.format("%H:%M").to_string())),
                    ("date", arg(v.date_long(local.date()))),
                    ("offset", arg(e.utc_offset_label(local.date()))),
                ],
            );
            let line = |s: &Session| {
                let when = if s.date == local.date() {
                    times(s)
                } else {
                    v.f(
                        "now-other-day",
                        &[
                            ("date", arg(v.date_long(s.date))),
                            ("start", arg(s.start.format("%H:%M").to_string())),
                            ("end", arg(s.end.format("%H:%M").to_string())),
                        ],
                    )
                };
                format!(
                    "• <b>{when}</b> {}\n  {}",
                    v.ev(&text_ids::session_title(&s.id)),
                    venue_line(v, s)
                )
            };
            let list = |sessions: &[&Session], none: &str| {
                if sessions.is_empty() {
                    v.t(none)
                } else {
                    sessions
                        .iter()
                        .map(|s| line(s))
                        .collect::<Vec<_>>()
                        .join("\n")
                }
            };
            let text = format!(
                "{title}\n{clock}\n\n{}\n{}\n\n{}\n{}",
                v.t("now-current"),
                list(&current, "now-nothing-current"),
                v.t("now-next"),
                list(&next, "now-nothing-next"),
            );
            let mut s = Screen::new(text);
            for session in current.iter().chain(next.iter()) {
                s = s.row(vec![session_button(
                    v,
                    session,
                    session.date != local.date(),
                )]);
            }
            s
        }
    };
    screen = screen.row(vec![
        button(v.raw("now-programme"), Callback::Schedule),
        v.menu_button(),
    ]);
    screen
}
