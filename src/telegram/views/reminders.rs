//! Reminders before a session, the morning briefing, and the settings
//! screen (reminders, briefing, language).

use chrono::NaiveDate;

use super::super::callback::Callback;
use super::super::screen::{Screen, arg, button};
use super::View;
use super::schedule::{venue_button, venue_line, when};
use crate::announcements::reminders::CHOICES;
use crate::db::settings::Settings;
use crate::event::{Session, text_ids};

/// "⏰ In 15 minutes: …", when and where, the pin, and the taxi card when
/// the delegate comes from another venue.
pub fn reminder(v: &View, s: &Session, minutes: u32, taxi: bool) -> Screen {
    let text = format!(
        "{}\n{}\n{}",
        v.f(
            "reminder-title",
            &[
                ("minutes", minutes.into()),
                ("session", arg(v.ev(&text_ids::session_title(&s.id)))),
            ],
        ),
        when(v, s),
        venue_line(v, s),
    );
    let mut screen = Screen::new(text).row(vec![venue_button(v, s)]);
    if taxi {
        screen = screen.button(v.raw("venues-taxi-button"), Callback::Taxi(s.venue.clone()));
    }
    screen.button(
        v.raw("button-notice-session"),
        Callback::Session(s.id.clone()),
    )
}

/// The morning briefing: the reader's sessions of the day (registered and
/// plenary), then the day's shuttles.
pub fn briefing(v: &View, date: NaiveDate, sessions: &[&Session]) -> Screen {
    let mut text = v.f("briefing-title", &[("date", arg(v.date_long(date)))]);
    if sessions.is_empty() {
        text.push_str("\n\n");
        text.push_str(&v.t("briefing-free"));
    }
    for s in sessions {
        text.push_str(&format!(
            "\n\n<b>{}–{}</b> {}\n{}",
            s.start.format("%H:%M"),
            s.end.format("%H:%M"),
            v.ev(&text_ids::session_title(&s.id)),
            venue_line(v, s),
        ));
        if let Some(changed) = super::schedule::change_line(v, s) {
            text.push('\n');
            text.push_str(&changed);
        }
    }
    let shuttles: Vec<String> = v
        .event()
        .shuttles
        .iter()
        .filter(|sh| sh.dates.contains(&date))
        .map(|sh| {
            let times: Vec<String> = sh
                .times
                .iter()
                .map(|t| t.format("%H:%M").to_string())
                .collect();
            v.f(
                "briefing-shuttle",
                &[
                    ("shuttle", arg(v.ev(&text_ids::shuttle_name(&sh.id)))),
                    ("times", arg(times.join(", "))),
                ],
            )
        })
        .collect();
    if !shuttles.is_empty() {
        text.push_str("\n\n");
        text.push_str(&shuttles.join("\n"));
    }
    Screen::new(text)
        .button(v.raw("menu-my"), Callback::My)
        .row(vec![v.menu_button()])
}

/// ⚙️ Settings: reminders, the morning briefing, the language.
pub fn settings(v: &View, s: Settings) -> Screen {
    let minutes = s.reminder.unwrap_or(0);
    let text = format!(
        "{}\n\n{}\n{}",
        v.t("settings-title"),
        v.f("settings-reminders", &[("minutes", minutes.into())]),
        v.f(
            "settings-briefing",
            &[
                ("time", arg(v.event().briefing.format("%H:%M").to_string())),
                ("on", arg(if s.briefing { "yes" } else { "no" })),
            ],
        ),
    );
    let reminders = CHOICES
        .iter()
        .map(|&m| {
            let label = if m == 0 {
                v.raw("button-reminder-off")
            } else {
                v.f("button-reminder-minutes", &[("minutes", m.into())])
            };
            let label = if m == minutes {
                format!("✅ {label}")
            } else {
                label
            };
            button(label, Callback::SetReminder(u8::try_from(m).unwrap_or(15)))
        })
        .collect();
    let briefing = if s.briefing {
        button(v.raw("button-briefing-on"), Callback::SetBriefing(false))
    } else {
        button(v.raw("button-briefing-off"), Callback::SetBriefing(true))
    };
    Screen::new(text)
        .row(reminders)
        .row(vec![briefing])
        .row(vec![button(v.raw("menu-language"), Callback::Languages)])
        .row(vec![v.menu_button()])
}
