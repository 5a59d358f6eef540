//! Organisers' screens.

use super::super::screen::{Screen, arg, esc};
use super::View;
use crate::i18n::Lang;

/// Who uses the desk: how many delegates, by the language they chose
/// (`None`: they follow their Telegram app's language), as stored.
pub fn stats(v: &View, by_language: &[(Option<String>, i64)]) -> Screen {
    let total: i64 = by_language.iter().map(|(_, n)| n).sum();
    let mut text = format!(
        "{}\n\n{}",
        v.t("organiser-stats-title"),
        v.f("organiser-stats-total", &[("count", total.into())])
    );
    if total > 0 {
        text.push_str("\n\n");
        text.push_str(&v.t("organiser-stats-by-language"));
        for (code, count) in by_language {
            let language = match code.as_deref() {
                None => v.t("organiser-stats-no-choice"),
                // Each language by its own name, as in the picker.
                Some(code) => match Lang::from_code(code) {
                    Some(lang) => esc(&v.content.i18n.text(lang, "language-name")),
                    None => esc(code),
                },
            };
            text.push('\n');
            text.push_str(&v.f(
                "organiser-stats-line",
                &[("language", arg(language)), ("count", (*count).into())],
            ));
        }
    }
    Screen::new(text)
}
