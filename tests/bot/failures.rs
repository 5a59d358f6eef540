//! When something fails on our side, the delegate still gets an answer in
//! their language, and a pressed button never keeps spinning.

use delegate_desk::i18n::Lang;
use delegate_desk::telegram::tree::in_context;
use teloxide::dptree;
use teloxide_tests::MockMessageText;

use crate::common::*;

const DURING: &str = "2025-01-16T10:30:00+08:00";

#[tokio::test]
async fn a_database_failure_gets_the_localized_error_not_silence() {
    let t = TestApp::at(DURING).await;
    // The database goes away.
    t.app.db.close().await;
    let mut bot = t.bot(text(Some("lo"), "where is hall B?"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert_eq!(r.sent_messages_text.len(), 1);
    assert_eq!(first_sent(&r), t.t(Lang::Lo, "error-generic"));

    // Screens that need no database still work.
    bot.update(text(Some("lo"), "/venues"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert!(plain(first_sent(&r)).contains(&t.t(Lang::Lo, "venue-nicec-name")));
}

#[tokio::test]
async fn a_language_choice_that_cannot_be_stored_is_still_answered_in_that_language() {
    let t = TestApp::at(DURING).await;
    t.app.db.close().await;
    let on = MockMessageText::new().text("picker").id(900).build();
    let mut bot = t.bot(press(Some("en"), "l:my", Some(on)));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert_eq!(r.answered_callback_queries.len(), 1, "the spinner stops");
    let shown = &r.edited_messages_text[0].bot_request;
    assert!(
        shown.text.starts_with(&t.t(Lang::My, "error-generic")),
        "{}",
        shown.text
    );
    assert!(
        !shown.text.contains(&t.t(Lang::My, "language-changed")),
        "no promise to remember what could not be stored"
    );
    assert!(in_script(&shown.text, Lang::My));
    assert!(button_labels(&shown.reply_markup).contains(&t.t(Lang::My, "menu-schedule")));
}

#[tokio::test]
async fn an_organiser_command_that_fails_is_answered() {
    use std::collections::BTreeSet;
    let t = TestApp::with_roles(
        delegate_desk::app::Roles {
            organisers: BTreeSet::from([USER_ID]),
            volunteer_chat: None,
            ..Default::default()
        },
        DURING,
    )
    .await;
    t.app.db.close().await;
    let mut bot = t.bot(text(Some("ms"), "/stats"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert_eq!(first_sent(&r), t.t(Lang::Ms, "error-generic"));
}

#[tokio::test]
async fn a_panicking_handler_answers_the_button_and_the_user() {
    let t = TestApp::at(DURING).await;
    let tree = in_context(dptree::entry().endpoint(|| async {
        if true {
            panic!("a bug");
        }
        Ok(())
    }));
    let on = MockMessageText::new().text("menu").id(901).build();
    let mut bot = teloxide_tests::MockBot::new(press(Some("vi"), "h", Some(on)), tree);
    bot.dependencies(teloxide::dptree::deps![t.app.clone()]);
    bot.dispatch().await;
    let r = bot.get_responses();
    assert_eq!(r.answered_callback_queries.len(), 1);
    assert_eq!(
        r.answered_callback_queries[0].text.as_deref(),
        Some(t.t(Lang::Vi, "error-generic").as_str())
    );
    assert_eq!(first_sent(&r), t.t(Lang::Vi, "error-generic"));
}
