//! /start, the language picker, and replies in the delegate's language.

use delegate_desk::i18n::Lang;
use teloxide_tests::MockMessageText;

use crate::common::*;

const DURING: &str = "2025-01-16T10:30:00+08:00";

#[tokio::test]
async fn thai_user_gets_a_thai_greeting_the_picker_and_the_menu() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(text(Some("th-TH"), "/start"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert_eq!(r.sent_messages_text.len(), 2, "greeting, then menu");

    let greeting = &r.sent_messages_text[0].bot_request;
    assert!(in_script(&greeting.text, Lang::Th), "{}", greeting.text);
    assert!(plain(&greeting.text).contains("Ana"));
    // The picker names every language in itself.
    let labels: Vec<String> = button_labels(&greeting.reply_markup);
    for name in [
        "English",
        "中文",
        "Bahasa Indonesia",
        "Bahasa Melayu",
        "ไทย",
        "Tiếng Việt",
        "Filipino",
        "ភាសាខ្មែរ",
        "ພາສາລາວ",
        "မြန်မာဘာသာ",
    ] {
        assert!(
            labels.iter().any(|l| l.ends_with(name)),
            "no {name} in {labels:?}"
        );
    }
    assert!(
        labels
            .iter()
            .any(|l| l.starts_with('✅') && l.ends_with("ไทย")),
        "current language ticked"
    );

    let menu = &r.sent_messages_text[1].bot_request;
    let labels: Vec<String> = button_labels(&menu.reply_markup);
    assert!(
        labels.contains(&t.t(Lang::Th, "menu-schedule")),
        "{labels:?}"
    );
    assert!(in_script(&labels.join(""), Lang::Th));
}

#[tokio::test]
async fn start_with_a_payload_still_greets() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(text(Some("vi"), "/start invite_ABC-123"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert_eq!(r.sent_messages_text.len(), 2);
    assert!(in_script(
        &r.sent_messages_text[0].bot_request.text,
        Lang::Vi
    ));
    let menu_labels: Vec<String> = button_labels(&r.sent_messages_text[1].bot_request.reply_markup);
    assert!(
        menu_labels.contains(&t.t(Lang::Vi, "menu-venues")),
        "{menu_labels:?}"
    );
}

#[tokio::test]
async fn each_telegram_language_gets_its_own_menu() {
    let t = TestApp::at(DURING).await;
    let cases = [
        (None, Lang::En),
        (Some("en-GB"), Lang::En),
        (Some("zh-hant"), Lang::ZhCn),
        (Some("zh-hk"), Lang::ZhCn),
        (Some("id-ID"), Lang::Id),
        (Some("ms-MY"), Lang::Ms),
        (Some("th"), Lang::Th),
        (Some("vi-VN"), Lang::Vi),
        (Some("tl"), Lang::Fil),
        (Some("km"), Lang::Km),
        (Some("lo"), Lang::Lo),
        (Some("my"), Lang::My),
        (Some("de"), Lang::En),
    ];
    let mut bot = t.bot(text(None, "/menu"));
    for (code, lang) in cases {
        bot.update(text(code, "/menu"));
        bot.dispatch().await;
        let r = checked(bot.get_responses());
        let sent = &r.sent_messages_text.last().expect("a reply").bot_request;
        let labels: Vec<String> = button_labels(&sent.reply_markup);
        for id in [
            "menu-schedule",
            "menu-now",
            "menu-venues",
            "menu-transport",
            "menu-help",
            "menu-language",
        ] {
            assert!(
                labels.contains(&t.t(lang, id)),
                "{code:?}: {id} not in {labels:?}"
            );
        }
        if lang != Lang::En {
            assert_ne!(
                t.t(lang, "menu-venues"),
                t.t(Lang::En, "menu-venues"),
                "{lang:?} left in English"
            );
        }
    }
}

#[tokio::test]
async fn the_chosen_language_is_used_afterwards_and_after_a_restart() {
    let mut t = TestApp::at(DURING).await;
    // An English-speaking phone; the delegate picks Khmer.
    let menu = MockMessageText::new().text("menu").id(500).build();
    let mut bot = t.bot(press(Some("en"), "l:km", Some(menu)));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let edited = &r
        .edited_messages_text
        .last()
        .expect("the picker becomes the menu")
        .bot_request;
    assert!(plain(&edited.text).contains(&plain(&t.t(Lang::Km, "language-changed"))));
    assert!(in_script(&edited.text, Lang::Km));
    assert_eq!(r.answered_callback_queries.len(), 1);

    bot.update(text(Some("en"), "/help"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert!(in_script(
        &r.sent_messages_text[0].bot_request.text,
        Lang::Km
    ));
    drop(bot);

    let app = t.restart(DURING).await;
    let mut bot = bot_for(app.clone(), text(Some("en"), "/menu"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let labels: Vec<String> = button_labels(&r.sent_messages_text[0].bot_request.reply_markup);
    assert!(
        labels.contains(&app.content().i18n.text(Lang::Km, "menu-schedule")),
        "{labels:?}"
    );
}

#[tokio::test]
async fn language_command_reopens_the_picker() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(text(Some("ms"), "/language"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let sent = &r.sent_messages_text[0].bot_request;
    assert!(plain(&sent.text).contains(&plain(&t.t(Lang::Ms, "language-title"))));
    let data: Vec<String> = button_data(&sent.reply_markup);
    for lang in Lang::ALL {
        assert!(data.contains(&format!("l:{}", lang.code())), "{data:?}");
    }
}

#[tokio::test]
async fn help_says_how_to_change_language_and_whom_to_contact() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(text(Some("fil"), "/help"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let text = plain(&r.sent_messages_text[0].bot_request.text);
    assert!(text.contains("/language"));
    assert!(text.contains("+86 771 555 0100"), "{text}");
    assert!(text.contains("110") && text.contains("120"));
    assert!(text.contains(&t.t(Lang::Fil, "contact-desk")));
}
