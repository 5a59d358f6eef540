//! Registration screens: the sessions open for registration, a session's
//! seats and the delegate's place, the outcome of a tap, the agenda, the
//! profile and its questions, and the check-in card.

use chrono::{DateTime, NaiveDateTime, Utc};
use teloxide::types::InlineKeyboardButton;

use super::super::callback::{Back, Callback};
use super::super::screen::{Screen, arg, button, esc};
use super::View;
use super::schedule::{venue_button, venue_line, when};
use crate::event::{Session, text_ids};
use crate::i18n::Lang;
use crate::registration::checkin::Ticket;
use crate::registration::profile::{COUNTRIES, Country, DIETS, Draft, Field, Interpretation};
use crate::registration::seats::Registered;
use crate::text::shorten;

/// A registrable session's seats, and the reader's place in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeatInfo {
    pub left: i64,
    pub capacity: i64,
    pub open: bool,
    pub mine: Option<Mine>,
    /// Shown to one delegate in a private chat: with the buttons to take or
    /// give up a place (in a group, nobody's).
    pub personal: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mine {
    Confirmed,
    Waitlisted { position: i64 },
}

fn title(v: &View, s: &Session) -> String {
    v.ev(&text_ids::session_title(&s.id))
}

fn time_of(at: NaiveDateTime) -> String {
    at.format("%H:%M").to_string()
}

/// "Registration closes on … at …" or "closed", the seats, the reader's place.
pub fn seat_lines(v: &View, s: &Session, info: &SeatInfo) -> String {
    let mut lines = vec![v.f(
        "dialogues-seats",
        &[
            ("left", info.left.into()),
            ("capacity", info.capacity.into()),
        ],
    )];
    match (info.open, s.registration) {
        (false, _) => lines.push(v.t("dialogues-closed")),
        (true, Some(r)) => lines.push(v.f(
            "dialogues-closes",
            &[
                ("date", arg(v.date_long(r.closes.date()))),
                ("time", arg(time_of(r.closes))),
            ],
        )),
        (true, None) => {}
    }
    match info.mine {
        Some(Mine::Confirmed) => lines.push(v.t("dialogues-you-confirmed")),
        Some(Mine::Waitlisted { position }) => {
            lines.push(v.f("dialogues-you-waitlisted", &[("position", position.into())]))
        }
        None => {}
    }
    lines.join("\n")
}

/// Register, Join the waitlist, or Cancel, as fits.
pub fn seat_buttons(v: &View, s: &Session, info: &SeatInfo) -> Vec<Vec<InlineKeyboardButton>> {
    let id = s.id.clone();
    let cancel = |label: &str| {
        vec![button(
            v.raw(label),
            Callback::Cancel {
                id: id.clone(),
                back: Back::Session,
            },
        )]
    };
    if !info.personal {
        return Vec::new();
    }
    match info.mine {
        Some(Mine::Confirmed) => vec![
            vec![button(
                v.raw("button-check-in-code"),
                Callback::CheckInCode(id.clone()),
            )],
            cancel("button-cancel-registration"),
        ],
        Some(Mine::Waitlisted { .. }) => vec![cancel("button-leave-waitlist")],
        None if !info.open => Vec::new(),
        None if info.left > 0 => vec![vec![button(
            v.raw("button-register"),
            Callback::Register(id.clone()),
        )]],
        None => vec![vec![button(
            v.raw("button-join-waitlist"),
            Callback::Register(id.clone()),
        )]],
    }
}

/// The sessions that take registrations, with seats and the reader's place
/// (`personal`: in a private chat, with the link to their agenda).
pub fn dialogues(v: &View, sessions: &[(&Session, SeatInfo)], personal: bool) -> Screen {
    let mut text = v.t("dialogues-title");
    let mut screen = Screen::default();
    if sessions.is_empty() {
        text.push_str("\n\n");
        text.push_str(&v.t("dialogues-none"));
    } else {
        text.push('\n');
        text.push_str(&v.t("dialogues-intro"));
        for (s, info) in sessions {
            text.push_str(&format!(
                "\n\n<b>{}</b>\n{}\n{}\n{}",
                title(v, s),
                when(v, s),
                venue_line(v, s),
                seat_lines(v, s, info)
            ));
            let label = v.raw(&text_ids::session_title(&s.id));
            screen = screen.button(shorten(&label, 48), Callback::Session(s.id.clone()));
        }
    }
    screen.text = text;
    if personal {
        screen = screen.row(vec![button(v.raw("menu-my"), Callback::My)]);
    }
    screen.row(vec![v.menu_button()])
}

/// After a tap on Register (or Switch): what happened.
pub fn registered(v: &View, s: &Session, outcome: &Registered) -> Screen {
    let t = title(v, s);
    let back = vec![
        button(v.raw("button-dialogues"), Callback::Dialogues),
        v.menu_button(),
    ];
    let text = match outcome {
        Registered::Confirmed => {
            return Screen::new(v.f(
                "register-confirmed",
                &[
                    ("title", arg(t)),
                    ("when", arg(when(v, s))),
                    ("venue", arg(venue_line(v, s))),
                ],
            ))
            .row(vec![venue_button(v, s)])
            .row(vec![
                button(v.raw("menu-my"), Callback::My),
                v.menu_button(),
            ]);
        }
        Registered::Waitlisted { position } => v.f(
            "register-waitlisted",
            &[("title", arg(t)), ("position", (*position).into())],
        ),
        Registered::AlreadyConfirmed => v.f("register-already-confirmed", &[("title", arg(t))]),
        Registered::AlreadyWaitlisted { position } => v.f(
            "register-already-waitlisted",
            &[("title", arg(t)), ("position", (*position).into())],
        ),
        Registered::Clash { other, seats_left } => {
            let Some(o) = v.event().session(other) else {
                return Screen::new(v.ev("error-generic")).row(back);
            };
            let text = v.f(
                "register-clash",
                &[
                    ("title", arg(t)),
                    ("other", arg(title(v, o))),
                    ("when", arg(when(v, o))),
                ],
            );
            let label = v.f(
                "button-switch",
                &[("title", arg(v.raw(&text_ids::session_title(&s.id))))],
            );
            let mut screen = Screen::new(text);
            if *seats_left > 0 {
                screen = screen.button(shorten(&label, 48), Callback::Switch(s.id.clone()));
            }
            return screen.row(back);
        }
        Registered::Closed => {
            let closes = s
                .registration
                .map(|r| r.closes)
                .unwrap_or_else(|| s.date.and_time(s.start));
            v.f(
                "register-closed",
                &[
                    ("title", arg(t)),
                    ("date", arg(v.date_long(closes.date()))),
                    ("time", arg(time_of(closes))),
                ],
            )
        }
        Registered::NotRegistrable => return Screen::new(v.ev("callback-expired")).row(back),
        Registered::NotInvited => v.t("invite-needed"),
        Registered::ProfileIncomplete => v.t("profile-incomplete"),
    };
    Screen::new(text).row(back)
}

/// Sent unprompted to a delegate given a seat from the waitlist.
pub fn promoted(v: &View, s: &Session) -> Screen {
    Screen::new(v.f(
        "register-promoted",
        &[
            ("title", arg(title(v, s))),
            ("when", arg(when(v, s))),
            ("venue", arg(venue_line(v, s))),
        ],
    ))
    .row(vec![venue_button(v, s)])
    .row(vec![button(v.raw("menu-my"), Callback::My)])
}

/// The caption of a check-in QR code (well under 1024 characters).
pub fn code_caption(v: &View, s: &Session) -> String {
    v.f(
        "register-code-caption",
        &[("title", arg(title(v, s))), ("when", arg(when(v, s)))],
    )
}

/// After a tap on Cancel.
pub fn cancel_notice(v: &View, s: &Session, was: Option<Mine>) -> String {
    let id = match was {
        Some(Mine::Confirmed) => "register-cancelled",
        Some(Mine::Waitlisted { .. }) => "register-left-waitlist",
        None => "register-not-registered",
    };
    v.f(id, &[("title", arg(title(v, s)))])
}

/// My agenda: each place, with a cancel button; the calendar file and the
/// profile.
pub fn agenda(v: &View, places: &[(Session, Mine)]) -> Screen {
    let mut text = v.t("agenda-title");
    let mut screen = Screen::default();
    if places.is_empty() {
        text.push_str("\n\n");
        text.push_str(&v.t("agenda-empty"));
    }
    for (s, mine) in places {
        let status = match mine {
            Mine::Confirmed => v.t("agenda-confirmed"),
            Mine::Waitlisted { position } => {
                v.f("agenda-waitlisted", &[("position", (*position).into())])
            }
        };
        text.push_str(&format!(
            "\n\n<b>{}</b>\n{}\n{}\n{}",
            title(v, s),
            when(v, s),
            venue_line(v, s),
            status
        ));
        let short = shorten(&v.raw(&text_ids::session_title(&s.id)), 30);
        let mut row = Vec::new();
        if *mine == Mine::Confirmed {
            row.push(button(
                shorten(&format!("🎫 {short}"), 40),
                Callback::CheckInCode(s.id.clone()),
            ));
        }
        row.push(button(
            shorten(&v.f("button-agenda-cancel", &[("title", arg(short))]), 40),
            Callback::Cancel {
                id: s.id.clone(),
                back: Back::Agenda,
            },
        ));
        screen = screen.row(row);
    }
    text.push_str("\n\n");
    text.push_str(&v.t("agenda-plenary-note"));
    screen.text = text;
    if !places.is_empty() {
        screen = screen.button(v.raw("button-agenda-ics"), Callback::Ics);
    }
    screen
        .row(vec![
            button(v.raw("button-dialogues"), Callback::Dialogues),
            button(v.raw("button-profile"), Callback::Profile),
        ])
        .row(vec![v.menu_button()])
}

/// The caption of the calendar file.
pub fn ics_caption(v: &View) -> String {
    v.f(
        "agenda-ics-caption",
        &[
            ("event", arg(v.ev(text_ids::EVENT_NAME))),
            ("tz", arg(v.event().timezone.name())),
        ],
    )
}

/// A country as the reader reads it.
pub fn country_name(v: &View, c: &Country) -> String {
    match c {
        Country::Listed(code) => v.raw(&format!("country-{code}")),
        Country::Other(name) => name.clone(),
    }
}

fn diet_name(v: &View, d: &Draft) -> Option<String> {
    let diet = d.diet.as_deref()?;
    Some(match (diet, &d.diet_note) {
        ("other", Some(note)) => note.clone(),
        (key, _) => v.raw(&format!("diet-{key}")),
    })
}

fn interpretation_name(v: &View, i: &Interpretation) -> String {
    match i {
        Interpretation::None => v.raw("profile-interpretation-none"),
        Interpretation::Into(lang) => v.content.i18n.text(*lang, "language-name"),
    }
}

/// The profile's answers, one per line (plain text values, escaped).
fn profile_lines(v: &View, d: &Draft) -> Vec<(Field, String)> {
    let mut lines = Vec::new();
    let mut add = |f: Field, value: Option<String>| {
        if let Some(value) = value {
            lines.push((f, value));
        }
    };
    add(Field::FullName, d.full_name.clone());
    add(Field::Title, d.title.clone());
    add(Field::City, d.city.clone());
    add(
        Field::Country,
        d.country.as_ref().map(|c| country_name(v, c)),
    );
    add(Field::Organisation, d.organisation.clone());
    add(Field::Diet, diet_name(v, d));
    add(
        Field::Interpretation,
        d.interpretation.as_ref().map(|i| interpretation_name(v, i)),
    );
    lines
}

/// My profile, with a button to correct each answer.
pub fn profile(v: &View, delegation: &str, d: &Draft) -> Screen {
    let mut text = format!(
        "{}\n{}\n",
        v.t("profile-title"),
        v.f(
            "profile-delegation",
            &[("delegation", arg(esc(delegation)))]
        )
    );
    let mut buttons = Vec::new();
    for (field, value) in profile_lines(v, d) {
        let name = v.raw(&format!("profile-field-{}", field.key()));
        text.push('\n');
        text.push_str(&v.f(
            "profile-line",
            &[("field", arg(esc(&name))), ("value", arg(esc(&value)))],
        ));
        buttons.push(button(format!("✏️ {name}"), Callback::EditField(field)));
    }
    text.push_str("\n\n");
    text.push_str(&v.t("profile-edit-hint"));
    let mut screen = Screen::new(text);
    for pair in buttons.chunks(2) {
        screen = screen.row(pair.to_vec());
    }
    screen.row(vec![
        button(v.raw("menu-my"), Callback::My),
        v.menu_button(),
    ])
}

/// A question of the profile, with its buttons.
pub fn question(v: &View, field: Field) -> Screen {
    let ask = match field {
        Field::FullName => "profile-ask-full-name",
        Field::Title => "profile-ask-title",
        Field::City => "profile-ask-city",
        Field::Country => "profile-ask-country",
        Field::Organisation => "profile-ask-organisation",
        Field::Diet => "profile-ask-diet",
        Field::DietNote => "profile-ask-diet-other",
        Field::Interpretation => "profile-ask-interpretation",
    };
    let text = format!(
        "<i>{}</i>\n{}\n\n<i>{}</i>",
        v.f(
            "profile-step",
            &[
                ("step", field.number().into()),
                ("steps", Field::ASKED.len().into())
            ]
        ),
        v.t(ask),
        v.t("profile-cancel-hint")
    );
    let mut screen = Screen::new(text);
    match field {
        Field::Country => {
            for pair in COUNTRIES.chunks(2) {
                screen = screen.row(
                    pair.iter()
                        .map(|c| {
                            button(
                                v.raw(&format!("country-{c}")),
                                Callback::Country((*c).into()),
                            )
                        })
                        .collect(),
                );
            }
        }
        Field::Diet => {
            for d in DIETS {
                screen = screen.button(v.raw(&format!("diet-{d}")), Callback::Diet(d.into()));
            }
        }
        Field::Interpretation => {
            for pair in Lang::ALL.chunks(2) {
                screen = screen.row(
                    pair.iter()
                        .map(|l| {
                            button(
                                v.content.i18n.text(*l, "language-name"),
                                Callback::Interpretation(l.code().into()),
                            )
                        })
                        .collect(),
                );
            }
            screen = screen.button(
                v.raw("profile-interpretation-none"),
                Callback::Interpretation("none".into()),
            );
        }
        _ => {}
    }
    screen
}

/// What a volunteer sees after scanning a check-in code.
pub fn checkin_card(v: &View, t: &Ticket, s: &Session, token: &str) -> Screen {
    let card = v.f(
        "checkin-card",
        &[
            ("name", arg(esc(&t.full_name))),
            ("delegation", arg(esc(&t.delegation))),
            ("title", arg(title(v, s))),
            ("when", arg(when(v, s))),
        ],
    );
    match t.checked_in_at {
        Some(at) => Screen::new(format!(
            "{}\n\n{card}",
            checked_line(v, "checkin-already", at)
        )),
        None => Screen::new(card).button(v.raw("button-check-in"), Callback::CheckIn(token.into())),
    }
}

/// "Checked in at 13:52" (or "already …"), in the event's local time.
pub fn checked_line(v: &View, id: &str, at: DateTime<Utc>) -> String {
    let local = v.event().local(at);
    v.f(id, &[("time", arg(local.format("%H:%M").to_string()))])
}
