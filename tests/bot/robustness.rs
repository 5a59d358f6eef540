//! Whatever arrives, the delegate gets a sensible answer in their language
//! (or nothing, where that is right), and nothing breaks.

use delegate_desk::i18n::Lang;
use teloxide_tests::{
    MockEditedMessage, MockGroupChat, MockMessageLocation, MockMessagePhoto, MockMessageSticker,
    MockMessageText, MockMessageVoice, MockPrivateChat,
};

use crate::common::*;

const DURING: &str = "2025-01-16T10:30:00+08:00";

fn bot_message(id: i32) -> teloxide::types::Message {
    MockMessageText::new().text("an old screen").id(id).build()
}

#[tokio::test]
async fn forged_or_stale_buttons_say_the_button_has_expired() {
    let t = TestApp::at(DURING).await;
    let forged = [
        "".to_string(),
        "x".repeat(64),
        "s:no-such-session".into(),
        "v:atlantis".into(),
        "t:0:teleport".into(),
        "d:20250120:0".into(),
        "d:20250116:9".into(),
        "l:fr".into(),
        "'; DROP TABLE delegates; --".into(),
        "🚕🚕🚕".into(),
        "s:".into(),
    ];
    let mut bot = t.bot(press(Some("th"), "m", Some(bot_message(1000))));
    for (i, data) in forged.iter().enumerate() {
        bot.update(press(Some("th"), data, Some(bot_message(1000 + i as i32))));
        bot.dispatch().await;
        let r = checked(bot.get_responses());
        // d:20250116:9 is an existing day past its last page: it shows the last page.
        if data == "d:20250116:9" {
            assert!(r.edited_messages_text[0].bot_request.text.contains("09:00"));
            continue;
        }
        let expired = t.t(Lang::Th, "callback-expired");
        assert_eq!(r.answered_callback_queries.len(), 1, "{data:?}");
        assert_eq!(
            r.answered_callback_queries[0].text.as_deref(),
            Some(expired.as_str()),
            "{data:?}"
        );
        let shown = &r.edited_messages_text[0].bot_request.text;
        assert!(shown.starts_with(&expired), "{data:?}: {shown}");
        let labels: Vec<String> =
            button_labels(&r.edited_messages_text[0].bot_request.reply_markup);
        assert!(
            labels.contains(&t.t(Lang::Th, "menu-schedule")),
            "the menu follows"
        );
    }
}

#[tokio::test]
async fn a_button_on_a_message_too_old_to_edit_gets_a_new_message() {
    let t = TestApp::at(DURING).await;
    let q = press(Some("vi"), "h", Some(bot_message(1100))).make_message_inaccessible();
    let mut bot = t.bot(q);
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert!(r.edited_messages_text.is_empty());
    assert_eq!(r.sent_messages_text.len(), 1);
    assert!(first_sent(&r).contains("/language"));
}

#[tokio::test]
async fn pressing_a_button_that_shows_the_same_screen_is_harmless() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(press(Some("en"), "h", Some(bot_message(1200))));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let shown = r.edited_messages_text[0].message.clone();
    // The same button on the message that already shows help: Telegram says
    // "message is not modified"; the bot neither fails nor sends anything.
    bot.update(press(Some("en"), "h", Some(shown)));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert!(r.sent_messages.is_empty(), "{:?}", r.sent_messages_text);
    assert!(r.edited_messages_text.is_empty());
    assert_eq!(r.answered_callback_queries.len(), 1);
}

#[tokio::test]
async fn media_gets_a_localized_pointer_to_the_menu() {
    let t = TestApp::at(DURING).await;
    let chat = MockPrivateChat::new().id(USER_ID as i64).build();
    let from = user(Some("my"));
    let mut bot = t.bot(text(Some("my"), "/menu"));
    for kind in 0..4 {
        match kind {
            0 => bot.update(
                MockMessageSticker::new()
                    .from(from.clone())
                    .chat(chat.clone()),
            ),
            1 => bot.update(
                MockMessagePhoto::new()
                    .from(from.clone())
                    .chat(chat.clone()),
            ),
            2 => bot.update(
                MockMessageVoice::new()
                    .from(from.clone())
                    .chat(chat.clone()),
            ),
            _ => bot.update(
                MockMessageLocation::new()
                    .from(from.clone())
                    .chat(chat.clone()),
            ),
        }
        bot.dispatch().await;
        let r = checked(bot.get_responses());
        assert_eq!(r.sent_messages_text.len(), 1, "kind {kind}");
        let sent = &r.sent_messages_text[0].bot_request;
        assert!(
            sent.text.starts_with(&t.t(Lang::My, "fallback-media")),
            "{}",
            sent.text
        );
        assert!(!markup_of(&sent.reply_markup).is_empty());
    }
}

#[tokio::test]
async fn odd_text_gets_a_localized_answer_and_breaks_nothing() {
    let t = TestApp::at(DURING).await;
    let inputs = [
        "x".repeat(4096),
        "🚕🏛️👋🏽🇹🇭".into(),
        "مرحبا، أين قاعة الاجتماعات؟".into(),
        "שלום".into(),
        "'; DROP TABLE delegates; --".into(),
        "<b>bold</b> &amp; </i>".into(),
        "\u{2068}\u{200f}\u{202e}".into(),
        "会议几点开始？".into(),
    ];
    let mut bot = t.bot(text(Some("km"), "/menu"));
    for input in &inputs {
        bot.update(text(Some("km"), input));
        bot.dispatch().await;
        let r = checked(bot.get_responses());
        assert_eq!(r.sent_messages_text.len(), 1, "{input:?}");
        // Answered, or offered a volunteer: in Khmer either way.
        let sent = &r.sent_messages_text[0].bot_request;
        let labels: Vec<String> = markup_of(&sent.reply_markup)
            .into_iter()
            .map(|(label, _)| label)
            .collect();
        assert!(
            labels.contains(&t.t(Lang::Km, "button-ask-volunteer")),
            "{input:?}: {labels:?}"
        );
    }
    assert_eq!(t.count_delegates().await, 1);
}

#[tokio::test]
async fn commands_unknown_and_with_extra_words() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(text(Some("fil"), "/teleport now"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert!(first_sent(&r).starts_with(&t.t(Lang::Fil, "fallback-unknown-command")));

    bot.update(text(Some("fil"), "/venues please"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert!(first_sent(&r).contains(&t.t(Lang::Fil, "venue-nicec-name")));
}

#[tokio::test]
async fn groups_get_commands_only_and_edits_are_ignored() {
    let t = TestApp::at(DURING).await;
    let group = MockGroupChat::new().id(-100).build();
    let mut bot = t.bot(
        MockMessageText::new()
            .text("hello everyone")
            .from(user(Some("en")))
            .chat(group.clone()),
    );
    bot.dispatch().await;
    assert!(
        bot.get_responses().sent_messages.is_empty(),
        "chatter in a group is not ours to answer"
    );

    bot.update(
        MockMessageText::new()
            .text("/help")
            .from(user(Some("en")))
            .chat(group),
    );
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert_eq!(r.sent_messages_text.len(), 1);
    assert_eq!(r.sent_messages_text[0].message.chat.id.0, -100);

    let edited = text(Some("en"), "/help").build();
    bot.update(MockEditedMessage::new(edited));
    bot.dispatch().await;
    assert!(
        bot.get_responses().sent_messages.is_empty(),
        "edited messages are ignored"
    );
}

#[tokio::test]
async fn the_same_update_twice_is_harmless() {
    let t = TestApp::at(DURING).await;
    let start = text(Some("th"), "/start");
    let mut bot = t.bot(vec![start.clone(), start]);
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert_eq!(r.sent_messages_text.len(), 4);
    assert_eq!(t.count_delegates().await, 1);
    let d = delegate_desk::db::delegates::get(&mut t.app.db.conn().await.unwrap(), USER_ID as i64)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        d.language, None,
        "Thai came from Telegram, not from a choice"
    );
}

#[tokio::test]
async fn a_pinned_message_notice_gets_no_answer() {
    let t = TestApp::at(DURING).await;
    let pinned: teloxide::types::Message = serde_json::from_value(serde_json::json!({
        "message_id": 77,
        "date": 1_736_994_600,
        "chat": {"id": USER_ID, "type": "private", "first_name": "Ana"},
        "from": {"id": USER_ID, "is_bot": false, "first_name": "Ana", "language_code": "th"},
        "pinned_message": {
            "message_id": 76,
            "date": 1_736_994_500,
            "chat": {"id": USER_ID, "type": "private", "first_name": "Ana"},
            "text": "taxi card"
        }
    }))
    .expect("a service message");
    let update = teloxide::types::Update {
        id: teloxide::types::UpdateId(1),
        kind: teloxide::types::UpdateKind::Message(pinned),
    };
    let mut bot = t.bot(update);
    bot.dispatch().await;
    assert!(bot.get_responses().sent_messages.is_empty());
}

#[tokio::test]
async fn replies_in_a_forum_stay_in_the_topic() {
    let t = TestApp::at(DURING).await;
    let forum = teloxide_tests::MockSupergroupChat::new()
        .id(-200)
        .is_forum(true)
        .build();
    let mut asked = MockMessageText::new()
        .text("/now")
        .from(user(Some("id")))
        .chat(forum);
    asked.is_topic_message = true;
    asked.thread_id = Some(teloxide::types::ThreadId(teloxide::types::MessageId(5)));
    let mut bot = t.bot(asked);
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert_eq!(r.sent_messages_text.len(), 1);
    assert_eq!(
        r.sent_messages_text[0].bot_request.message_thread_id,
        Some(5)
    );
}
