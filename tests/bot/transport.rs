//! Getting around.

use delegate_desk::i18n::Lang;
use teloxide_tests::MockMessageText;

use crate::common::*;

const DURING: &str = "2025-01-16T10:30:00+08:00";

fn bot_message() -> teloxide::types::Message {
    MockMessageText::new().text("transport").id(900).build()
}

#[tokio::test]
async fn transport_topics_in_indonesian() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(text(Some("id"), "/transport"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let buttons = markup_of(&r.sent_messages_text[0].bot_request.reply_markup);
    for topic in ["airport", "railway", "metro", "shuttles", "taxi"] {
        let label = t.t(Lang::Id, &format!("transport-{topic}-title"));
        assert!(
            buttons.contains(&(label, format!("t:0:{topic}"))),
            "{topic}: {buttons:?}"
        );
    }
}

#[tokio::test]
async fn the_airport_topic_explains_and_links_to_the_airport_pin() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(press(Some("km"), "t:0:airport", Some(bot_message())));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let edited = &r.edited_messages_text[0].bot_request;
    let text = plain(&edited.text);
    assert!(
        text.contains(&t.t(Lang::Km, "transport-airport-body")),
        "{text}"
    );
    let data: Vec<String> = button_data(&edited.reply_markup);
    assert!(
        data.contains(&"v:nng".to_string()) && data.contains(&"T".to_string()),
        "{data:?}"
    );
}

#[tokio::test]
async fn the_shuttle_timetable_lists_routes_and_times() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(press(Some("en"), "t:0:shuttles", Some(bot_message())));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let text = plain(&r.edited_messages_text[0].bot_request.text);
    assert!(text.contains("Airport → Delegation hotel"), "{text}");
    assert!(text.contains("10:00 · 12:00 · 14:00"), "{text}");
    assert!(text.contains("Wed 15"), "{text}");
    assert!(text.contains("Terminal 2 arrivals hall"), "{text}");
}
