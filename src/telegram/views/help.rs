//! Help: what the bot does, how to change language, whom to contact.

use super::super::callback::Callback;
use super::super::screen::{Screen, arg, button, esc};
use super::View;
use crate::event::text_ids;

pub fn help(v: &View) -> Screen {
    let contacts = &v.event().contacts;
    let text = format!(
        "{}\n\n{}\n\n{}",
        v.t("help-text"),
        v.f(
            "help-contacts",
            &[
                ("desk", arg(v.ev(text_ids::CONTACT_DESK))),
                ("phone", arg(esc(&contacts.phone))),
                ("email", arg(esc(&contacts.email))),
            ],
        ),
        v.ev(text_ids::CONTACT_EMERGENCY),
    );
    Screen::new(text).row(vec![
        button(v.raw("menu-language"), Callback::Languages),
        v.menu_button(),
    ])
}
