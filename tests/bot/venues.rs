//! Venues: the list, the native pin and the taxi card.

use delegate_desk::i18n::Lang;
use teloxide_tests::MockMessageText;

use crate::common::*;

const DURING: &str = "2025-01-16T10:30:00+08:00";

#[tokio::test]
async fn venues_are_listed_in_the_delegates_language() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(text(Some("zh-hans"), "/venues"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let sent = &r.sent_messages_text[0].bot_request;
    let text = plain(&sent.text);
    for id in ["nicec", "hotel", "qingxiu", "nng", "east-station"] {
        assert!(
            text.contains(&t.t(Lang::ZhCn, &format!("venue-{id}-name"))),
            "{id}"
        );
    }
    let data: Vec<String> = button_data(&sent.reply_markup);
    assert!(data.contains(&"v:nicec".to_string()) && data.contains(&"v:nng".to_string()));
}

#[tokio::test]
async fn opening_a_venue_sends_a_pin_in_nanning_with_a_taxi_card_button() {
    let t = TestApp::at(DURING).await;
    let list = MockMessageText::new().text("venues").id(800).build();
    let mut bot = t.bot(press(Some("ms"), "v:nicec", Some(list)));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert_eq!(r.sent_messages_venue.len(), 1);
    let pin = &r.sent_messages_venue[0].bot_request;
    assert!((22.7..22.9).contains(&pin.latitude), "{}", pin.latitude);
    assert!((108.2..108.5).contains(&pin.longitude), "{}", pin.longitude);
    assert_eq!(pin.title, t.t(Lang::Ms, "venue-nicec-name"));
    assert_eq!(pin.address, t.t(Lang::Ms, "venue-nicec-address"));
    let buttons = markup_of(&pin.reply_markup);
    assert!(
        buttons.contains(&(t.t(Lang::Ms, "venues-taxi-button"), "x:nicec".to_string())),
        "{buttons:?}"
    );
    assert_eq!(r.answered_callback_queries.len(), 1);

    // The airport pin is at Wuxu, south-west of the city.
    bot.update(press(Some("ms"), "v:nng", None));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let pin = &r.sent_messages_venue[0].bot_request;
    assert!((22.5..22.7).contains(&pin.latitude) && (108.1..108.3).contains(&pin.longitude));
}

#[tokio::test]
async fn the_taxi_card_carries_the_chinese_name_and_address_and_one_line_for_the_delegate() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(press(Some("lo"), "x:nicec", None));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let card = &r.sent_messages_text[0].bot_request;
    let text = plain(&card.text);
    assert!(text.contains("南宁国际会展中心"));
    assert!(text.contains("广西壮族自治区南宁市青秀区民族大道11号"));
    assert!(text.contains("请送我到以下地点"));
    let hint = t.t(Lang::Lo, "taxi-card-hint");
    assert!(text.starts_with(&hint), "{text}");
    // Apart from that one line, nothing but Chinese, numbers and punctuation.
    let rest = text.trim_start_matches(&hint);
    assert!(!in_script(rest, Lang::Lo), "{rest}");
    assert!(!rest.chars().any(|c| c.is_ascii_alphabetic()), "{rest}");
    // No buttons: pressing one would edit the card away from the driver.
    assert!(markup_of(&card.reply_markup).is_empty());
}
