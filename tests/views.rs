//! Views are pure: every screen renders from the content, a language and a
//! moment, without a database or a bot. Each fits Telegram's rules in each
//! language.

#[path = "common/mod.rs"]
mod common;

use chrono::{DateTime, Utc};
use common::{assert_valid_html, content, in_script};
use delegate_desk::i18n::Lang;
use delegate_desk::telegram::callback::Callback;
use delegate_desk::telegram::screen::Screen;
use delegate_desk::telegram::views::{
    View, help, menu, organiser, schedule, transport, venues, volunteer,
};
use teloxide::types::InlineKeyboardButtonKind;

fn check(what: &str, lang: Lang, screen: &Screen) {
    assert!(
        !screen.text.trim().is_empty(),
        "{what} in {lang:?} is empty"
    );
    assert_valid_html(&screen.fitted_text());
    check_buttons(what, lang, screen);
}

fn check_buttons(what: &str, lang: Lang, screen: &Screen) {
    for button in screen.rows.iter().flatten() {
        let InlineKeyboardButtonKind::CallbackData(data) = &button.kind else {
            panic!("{what}: a button without callback data");
        };
        assert!(
            Callback::decode(data).is_some(),
            "{what} in {lang:?}: button {:?} has data {data:?} that does not decode",
            button.text
        );
    }
}

#[test]
fn every_screen_renders_in_every_language_without_a_database() {
    let content = std::sync::Arc::new(content(None));
    let now: DateTime<Utc> = "2025-01-16T02:30:00Z".parse().unwrap();
    let e = &content.event;
    let mut screens = 0;
    for lang in Lang::ALL {
        let v = View::new(content.clone(), lang, now);
        let mut all = vec![
            ("menu", menu::menu(&v)),
            ("languages", menu::languages(&v)),
            ("greeting", menu::greeting(&v, "Somchai <&>")),
            ("programme", schedule::programme(&v)),
            ("now", schedule::now(&v)),
            ("venues", venues::list(&v)),
            ("transport", transport::topics(&v)),
            ("help", help::help(&v)),
            ("volunteers", volunteer::help(&v)),
            (
                "stats",
                organiser::stats(
                    &v,
                    &[(Some("th".into()), 12), (None, 3), (Some("my".into()), 1)],
                ),
            ),
            ("stats, none yet", organiser::stats(&v, &[])),
        ];
        for d in e.days() {
            all.push(("day", schedule::day(&v, d, 0).unwrap()));
        }
        for s in &e.sessions {
            all.push(("session", schedule::session(&v, &s.id, None).unwrap()));
        }
        for venue in &e.venues {
            all.push(("taxi card", venues::taxi_card(&v, &venue.id).unwrap()));
            let pin = venues::pin(&v, &venue.id).unwrap();
            assert_eq!((pin.lat, pin.lon), (venue.lat, venue.lon));
            assert!(!pin.title.is_empty() && !pin.address.is_empty());
            assert!(
                !pin.buttons.rows.is_empty(),
                "the pin has its taxi-card button"
            );
            check_buttons("pin", lang, &pin.buttons);
        }
        for t in &e.transport {
            all.push(("topic", transport::topic(&v, &t.id, 0).unwrap()));
        }
        for (what, screen) in &all {
            check(what, lang, screen);
            screens += 1;
        }
        // The Thai reader reads Thai, the Lao reader Lao: here on the
        // volunteers' help and the organisers' figures too.
        if matches!(lang, Lang::Th | Lang::Lo | Lang::Km | Lang::My | Lang::ZhCn) {
            for (what, screen) in &all[..10] {
                assert!(
                    in_script(&screen.text, lang),
                    "{what} in {lang:?}: {}",
                    screen.text
                );
            }
        }
    }
    let per_language = 11 + e.days().len() + e.sessions.len() + e.venues.len() + e.transport.len();
    assert_eq!(screens, Lang::ALL.len() * per_language);
}

#[test]
fn organisers_figures_name_each_language_in_itself() {
    let content = std::sync::Arc::new(content(None));
    let v = View::new(content.clone(), Lang::En, Utc::now());
    let text = organiser::stats(
        &v,
        &[(Some("th".into()), 12), (None, 3), (Some("lo".into()), 1)],
    )
    .text;
    assert!(text.contains("16 delegates"), "{text}");
    assert!(
        text.contains("ไทย: 12") && text.contains("ພາສາລາວ: 1"),
        "{text}"
    );
    let none = organiser::stats(&v, &[]).text;
    assert!(none.contains("No delegate"), "{none}");
    assert!(!none.contains(": 0"), "{none}");
}
