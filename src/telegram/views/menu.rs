//! The greeting, the main menu and the language picker.

use super::super::callback::Callback;
use super::super::screen::{Screen, arg, button, esc};
use super::View;
use crate::event::text_ids;
use crate::i18n::Lang;
use crate::text::shorten;

pub fn menu(v: &View) -> Screen {
    let text = v.f("menu-title", &[("event", arg(v.ev(text_ids::EVENT_NAME)))]);
    Screen::new(text)
        .row(vec![
            button(v.raw("menu-schedule"), Callback::Schedule),
            button(v.raw("menu-now"), Callback::Now),
        ])
        .row(vec![
            button(v.raw("menu-dialogues"), Callback::Dialogues),
            button(v.raw("menu-my"), Callback::My),
        ])
        .row(vec![
            button(v.raw("menu-venues"), Callback::Venues),
            button(v.raw("menu-transport"), Callback::Transport),
        ])
        .row(vec![
            button(v.raw("button-announcements-latest"), Callback::Latest),
            button(v.raw("button-ask-volunteer"), Callback::AskVolunteer(None)),
        ])
        .row(vec![
            button(v.raw("menu-help"), Callback::Help),
            button(v.raw("menu-language"), Callback::Languages),
        ])
        .row(vec![button(v.raw("button-settings"), Callback::Settings)])
}

/// The language buttons: each language named in itself, the current one ticked.
fn language_rows(v: &View) -> Vec<Vec<teloxide::types::InlineKeyboardButton>> {
    Lang::ALL
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|&lang| {
                    let name = v.content.i18n.text(lang, "language-name");
                    let label = if lang == v.lang {
                        format!("✅ {name}")
                    } else {
                        name
                    };
                    button(label, Callback::SetLanguage(lang))
                })
                .collect()
        })
        .collect()
}

pub fn languages(v: &View) -> Screen {
    Screen::new(v.t("language-title"))
        .rows(language_rows(v))
        .row(vec![v.menu_button()])
}

/// The answer to /start: a greeting with the language picker under it.
pub fn greeting(v: &View, first_name: &str) -> Screen {
    let e = &v.event();
    let text = v.f(
        "start-greeting",
        &[
            ("name", arg(esc(&shorten(first_name.trim(), 64)))),
            ("event", arg(v.ev(text_ids::EVENT_NAME))),
            ("dates", arg(v.date_range(e.start_date, e.end_date))),
        ],
    );
    Screen::new(format!("{text}\n\n{}", v.t("language-title"))).rows(language_rows(v))
}
