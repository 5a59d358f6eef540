//! Typed questions: the bot's answers ("About …:"), the offer to ask a
//! volunteer, and the tickets in the volunteers' group.

use chrono::NaiveDate;
use teloxide::types::InlineKeyboardButton;

use super::super::callback::Callback;
use super::super::screen::{Screen, arg, button, esc};
use super::{View, schedule, transport};
use crate::db::tickets::{Status, Ticket};
use crate::event::text_ids;
use crate::i18n::Lang;
use crate::questions::{Answer, Part};
use crate::text::shorten;

/// "About …:", above an answer.
fn about(v: &View, topic: &str) -> String {
    v.f("ask-about", &[("topic", arg(topic.to_string()))])
}

/// The button that passes the question to a volunteer.
pub fn ask_button(v: &View, question: Option<i64>) -> InlineKeyboardButton {
    button(
        v.raw("button-ask-volunteer"),
        Callback::AskVolunteer(question),
    )
}

/// The delegate's language, named in it ("ไทย").
fn own_language(v: &View) -> String {
    v.ev("language-name")
}

/// An answer from what the desk knows, with the entry's own buttons and
/// the offer of a volunteer. `session` is the session's screen as the
/// delegate sees it (with their seat), for session answers. `None`: the
/// entry is gone (the content was reloaded meanwhile).
pub fn answer(v: &View, a: &Answer, question: i64, session: Option<Screen>) -> Option<Screen> {
    let ask = vec![ask_button(v, Some(question))];
    let e = v.event();
    let screen = match a {
        Answer::Faq(id) => {
            let f = e.faq.iter().find(|f| &f.id == id)?;
            let body = esc(&v.content.i18n.fmt(
                v.lang,
                &text_ids::faq_answer(id),
                &[
                    ("phone", arg(e.contacts.phone.clone())),
                    ("email", arg(e.contacts.email.clone())),
                ],
            ));
            let mut text = format!("{}\n{body}", about(v, &v.ev(&text_ids::faq_title(id))));
            if f.sample {
                text.push_str("\n\n");
                text.push_str(&v.t("ask-sample-note"));
            }
            let mut screen = Screen::new(text);
            if let Some(venue) = f.venue.as_deref().filter(|x| e.venue(x).is_some()) {
                screen = screen.row(venue_buttons(v, venue));
            }
            if let Some(t) = f.transport.as_deref().filter(|x| e.topic(x).is_some()) {
                screen = screen.button(
                    v.raw(&text_ids::transport_title(t)),
                    Callback::Topic {
                        id: t.to_string(),
                        page: 0,
                    },
                );
            }
            screen.row(ask).row(vec![v.menu_button()])
        }
        Answer::Session(id) => {
            let base = match session {
                Some(s) => s,
                None => schedule::session(v, id, None)?,
            };
            let title = v.ev(&text_ids::session_title(id));
            let mut s = base.with_notice(&about(v, &title));
            s.rows.insert(0, ask);
            s
        }
        Answer::Venue(id) => {
            e.venue(id)?;
            let text = format!(
                "{}\n<b>{}</b>\n{}\n\n{}",
                about(v, &v.ev(&text_ids::venue_name(id))),
                v.ev(&text_ids::venue_name(id)),
                v.ev(&text_ids::venue_address(id)),
                v.ev(&text_ids::venue_about(id)),
            );
            Screen::new(text)
                .row(venue_buttons(v, id))
                .row(ask)
                .row(vec![v.menu_button()])
        }
        Answer::Transport(id) => {
            let base = transport::topic(v, id, 0)?;
            let title = v.ev(&text_ids::transport_title(id));
            let mut s = base.with_notice(&about(v, &title));
            s.rows.insert(0, ask);
            s
        }
        Answer::Day { date, part } => day(v, *date, *part, ask),
        Answer::Now => {
            let mut s = schedule::now(v).with_notice(&about(v, &v.t("ask-topic-now")));
            s.rows.insert(0, ask);
            s
        }
        Answer::Programme => {
            let mut s = schedule::programme(v).with_notice(&about(v, &v.t("ask-topic-programme")));
            s.rows.insert(0, ask);
            s
        }
    };
    Some(screen)
}

fn venue_buttons(v: &View, id: &str) -> Vec<InlineKeyboardButton> {
    let name = v.raw(&text_ids::venue_name(id));
    vec![
        button(
            shorten(&format!("📍 {name}"), 40),
            Callback::Venue(id.to_string()),
        ),
        button(v.raw("venues-taxi-button"), Callback::Taxi(id.to_string())),
    ]
}

/// The sessions of a day (or part of it), each a button, and the whole day.
fn day(v: &View, date: NaiveDate, part: Option<Part>, ask: Vec<InlineKeyboardButton>) -> Screen {
    let e = v.event();
    let day_name = v.date_long(date);
    let topic = match part {
        Some(p) => v.f(
            "ask-topic-day-part",
            &[
                ("day", arg(day_name)),
                ("part", arg(v.t(&format!("ask-part-{}", p.name())))),
            ],
        ),
        None => v.f("ask-topic-day", &[("day", arg(day_name))]),
    };
    let mut text = about(v, &topic);
    let mut screen = Screen::default();
    let sessions: Vec<_> = e
        .sessions
        .iter()
        .filter(|s| s.date == date)
        .filter(|s| {
            part.is_none_or(|p| {
                let (from, to) = p.hours();
                s.start < to && s.end > from
            })
        })
        .collect();
    if sessions.is_empty() {
        text.push('\n');
        text.push_str(&v.f(
            "ask-day-empty",
            &[("dates", arg(v.date_range(e.start_date, e.end_date)))],
        ));
        screen.text = text;
        return screen
            .button(v.raw("menu-schedule"), Callback::Schedule)
            .row(ask)
            .row(vec![v.menu_button()]);
    }
    for s in sessions.iter().take(8) {
        text.push_str(&format!(
            "\n\n<b>{}–{}</b> {}\n{}",
            s.start.format("%H:%M"),
            s.end.format("%H:%M"),
            v.ev(&text_ids::session_title(&s.id)),
            schedule::venue_line(v, s),
        ));
        screen = screen.button(
            shorten(
                &format!(
                    "{} {}",
                    s.start.format("%H:%M"),
                    v.raw(&text_ids::session_title(&s.id))
                ),
                48,
            ),
            Callback::Session(s.id.clone()),
        );
    }
    screen.text = text;
    if e.is_event_day(date) {
        screen = screen.button(
            v.raw("button-ask-whole-day"),
            Callback::Day { date, page: 0 },
        );
    }
    screen.row(ask).row(vec![v.menu_button()])
}

/// Not sure: the offer of a volunteer who speaks the delegate's language.
pub fn unsure(v: &View, question: i64) -> Screen {
    Screen::new(v.f("ask-unsure", &[("language", arg(own_language(v)))]))
        .row(vec![ask_button(v, Some(question))])
        .row(vec![v.menu_button()])
}

/// "Write your question": after /ask alone, or the menu's entry.
pub fn prompt(v: &View) -> Screen {
    Screen::new(v.f("ask-prompt", &[("language", arg(own_language(v)))]))
}

/// The question went to the volunteers.
pub fn sent(v: &View, ticket: i64) -> Screen {
    Screen::new(v.f("ask-sent", &[("ticket", ticket.into())]))
        .button(v.raw("button-ask-done"), Callback::TicketDone(ticket))
}

/// A further message went to the volunteers.
pub fn added(v: &View, ticket: i64) -> Screen {
    Screen::new(v.t("ask-added")).button(v.raw("button-ask-done"), Callback::TicketDone(ticket))
}

/// Closed: did it help?
pub fn closed(v: &View, ticket: i64) -> Screen {
    Screen::new(v.f("ask-closed", &[("ticket", ticket.into())])).row(vec![
        button(
            v.raw("button-helpful-yes"),
            Callback::Helpful { ticket, yes: true },
        ),
        button(
            v.raw("button-helpful-no"),
            Callback::Helpful { ticket, yes: false },
        ),
    ])
}

/// The line above what a volunteer sent, in the delegate's language.
pub fn reply_intro(v: &View, ticket: i64) -> String {
    v.f("ask-reply", &[("ticket", ticket.into())])
}

/// A language named for the volunteers.
pub fn language_for_volunteers(vv: &View, code: &str) -> String {
    vv.raw(&format!("ticket-language-{code}"))
}

/// A mention of a volunteer by id (no username is needed or shown).
fn mention(id: i64, name: &str) -> String {
    format!("<a href=\"tg://user?id={id}\">{}</a>", esc(name))
}

/// A ticket's post in the volunteers' group, in the volunteers' language
/// `vv`: the question as written, its language, the delegate's first name
/// and delegation (never a username or a phone number), who claimed it,
/// and its buttons. `mentions`: volunteers to call on.
pub fn ticket_post(vv: &View, t: &Ticket, mentions: &[(i64, String)]) -> Screen {
    let language = language_for_volunteers(vv, &t.lang);
    let from = match &t.delegation {
        Some(d) => vv.f(
            "ticket-from-delegation",
            &[
                ("name", arg(esc(&t.first_name))),
                ("delegation", arg(esc(d))),
            ],
        ),
        None => vv.f("ticket-from", &[("name", arg(esc(&t.first_name)))]),
    };
    let mut text = format!(
        "{}\n{from}\n\n<blockquote>{}</blockquote>",
        vv.f(
            "ticket-title",
            &[("ticket", t.id.into()), ("language", arg(esc(&language)))],
        ),
        esc(&shorten(&t.question, 1500)),
    );
    let mut screen = Screen::default();
    match t.status {
        Status::Open => {
            text.push_str("\n\n");
            text.push_str(&vv.t("ticket-hint"));
            if !mentions.is_empty() {
                let names: Vec<String> = mentions.iter().map(|(id, n)| mention(*id, n)).collect();
                text.push('\n');
                text.push_str(&vv.f("ticket-mention", &[("names", arg(names.join(", ")))]));
            }
            screen = screen.row(vec![
                button(vv.raw("button-ticket-claim"), Callback::Claim(t.id)),
                button(vv.raw("button-ticket-close"), Callback::CloseTicket(t.id)),
            ]);
        }
        Status::Claimed => {
            text.push_str("\n\n");
            text.push_str(&vv.f(
                "ticket-claimed",
                &[(
                    "name",
                    arg(esc(t.claimed_name.as_deref().unwrap_or_default())),
                )],
            ));
            text.push('\n');
            text.push_str(&vv.t("ticket-hint"));
            screen = screen.button(vv.raw("button-ticket-close"), Callback::CloseTicket(t.id));
        }
        Status::Closed => {}
    }
    screen.text = text;
    screen
}

/// The ticket's post once closed, by a volunteer (`Some(name)`) or the
/// delegate.
pub fn ticket_closed(vv: &View, t: &Ticket, by: Option<&str>) -> Screen {
    let mut s = ticket_post(vv, t, &[]);
    s.text.push_str("\n\n");
    s.text.push_str(&match by {
        Some(name) => vv.f("ticket-closed", &[("name", arg(esc(name)))]),
        None => vv.t("ticket-closed-by-delegate"),
    });
    s
}

/// An unclaimed ticket, raised again, calling on everyone.
pub fn reraise(vv: &View, t: &Ticket, minutes: i64, mentions: &[(i64, String)]) -> Screen {
    let mut text = vv.f(
        "ticket-reraise",
        &[("ticket", t.id.into()), ("minutes", minutes.into())],
    );
    if !mentions.is_empty() {
        let names: Vec<String> = mentions.iter().map(|(id, n)| mention(*id, n)).collect();
        text.push('\n');
        text.push_str(&vv.f("ticket-mention", &[("names", arg(names.join(", ")))]));
    }
    Screen::new(text).row(vec![
        button(vv.raw("button-ticket-claim"), Callback::Claim(t.id)),
        button(vv.raw("button-ticket-close"), Callback::CloseTicket(t.id)),
    ])
}

/// The line above a delegate's further message in the group.
pub fn follow_up(vv: &View, t: &Ticket) -> String {
    vv.f(
        "ticket-follow-up",
        &[("ticket", t.id.into()), ("name", arg(esc(&t.first_name)))],
    )
}

/// The forum topic's name for a ticket (plain text).
pub fn topic_name(vv: &View, t: &Ticket) -> String {
    vv.f(
        "ticket-topic-name",
        &[
            ("ticket", t.id.into()),
            ("language", arg(language_for_volunteers(vv, &t.lang))),
            ("name", arg(t.first_name.clone())),
        ],
    )
}

/// A volunteer's languages, each a button to switch it.
pub fn volunteer_languages(v: &View, chosen: &[String]) -> Screen {
    let mut text = v.t("volunteer-languages");
    if chosen.is_empty() {
        text.push_str("\n\n");
        text.push_str(&v.t("volunteer-languages-none"));
    }
    let mut screen = Screen::new(text);
    let mut row = Vec::new();
    for lang in Lang::ALL {
        let on = chosen.iter().any(|c| c == lang.code());
        let name = v.content.i18n.text(lang, "language-name");
        row.push(button(
            format!("{} {name}", if on { "✅" } else { "▫️" }),
            Callback::VolunteerLang(lang),
        ));
        if row.len() == 2 {
            screen = screen.row(std::mem::take(&mut row));
        }
    }
    if !row.is_empty() {
        screen = screen.row(row);
    }
    screen.button(v.raw("button-volunteer-done"), Callback::VolunteerDone)
}
