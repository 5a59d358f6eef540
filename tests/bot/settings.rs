//! ⚙️ Settings: reminders and the morning briefing, stored and kept.

use delegate_desk::db::settings;
use delegate_desk::i18n::Lang;
use teloxide_tests::MockMessageText;

use crate::common::*;

const DURING: &str = "2025-01-16T10:30:00+08:00";

#[tokio::test]
async fn a_delegate_chooses_reminders_and_turns_the_briefing_off_in_vietnamese() {
    let t = TestApp::at(DURING).await;
    // From the main menu.
    let mut bot = t.bot(text(Some("vi"), "/menu"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let menu = &r.sent_messages_text[0].bot_request;
    assert!(button_data(&menu.reply_markup).contains(&"G".to_string()));
    assert!(button_labels(&menu.reply_markup).contains(&t.t(Lang::Vi, "button-settings")));

    let screen = MockMessageText::new().text("menu").id(900).build();
    bot.update(press(Some("vi"), "G", Some(screen.clone())));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let shown = &r.edited_messages_text[0].bot_request;
    assert!(shown.text.starts_with(&t.t(Lang::Vi, "settings-title")));
    let ticked: Vec<String> = button_labels(&shown.reply_markup)
        .into_iter()
        .filter(|l| l.starts_with('✅'))
        .collect();
    assert_eq!(ticked.len(), 1, "{ticked:?}");
    assert!(
        ticked[0].contains("15"),
        "the default is ticked: {ticked:?}"
    );

    bot.update(press(Some("vi"), "Gr:30", Some(screen.clone())));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let shown = &r.edited_messages_text[0].bot_request;
    assert!(shown.text.contains(&t.t(Lang::Vi, "settings-saved")));
    bot.update(press(Some("vi"), "Gb:0", Some(screen)));
    bot.dispatch().await;
    checked(bot.get_responses());

    let stored = settings::get(&mut t.app.db.conn().await.unwrap(), USER_ID as i64)
        .await
        .unwrap();
    assert_eq!(stored.reminder, Some(30));
    assert!(!stored.briefing);

    // /settings shows them as stored.
    bot.update(text(Some("vi"), "/settings"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let sent = &r.sent_messages_text[0].bot_request;
    let ticked: Vec<String> = button_labels(&sent.reply_markup)
        .into_iter()
        .filter(|l| l.starts_with('✅'))
        .collect();
    assert_eq!(ticked.len(), 1);
    assert!(ticked[0].contains("30"), "{ticked:?}");
    assert!(
        button_labels(&sent.reply_markup).contains(&t.t(Lang::Vi, "button-briefing-off")),
        "the briefing is off"
    );
}
