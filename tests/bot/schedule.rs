//! The programme, a session's detail, and now-and-next.

use std::fs;
use std::path::Path;

use delegate_desk::i18n::Lang;
use delegate_desk::telegram::callback::Callback;
use teloxide_tests::MockMessageText;

use crate::common::*;

const DURING: &str = "2025-01-16T10:30:00+08:00";

fn bot_message() -> teloxide::types::Message {
    MockMessageText::new()
        .text("previous screen")
        .id(700)
        .build()
}

#[tokio::test]
async fn programme_offers_the_four_days_and_says_the_time_zone_once() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(text(Some("id"), "/schedule"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let sent = &r.sent_messages_text[0].bot_request;
    assert_eq!(
        sent.text.matches("Asia/Shanghai").count(),
        1,
        "{}",
        sent.text
    );
    assert!(sent.text.contains("UTC+8"));
    let data: Vec<String> = button_data(&sent.reply_markup);
    for day in ["20250115", "20250116", "20250117", "20250118"] {
        assert!(data.contains(&format!("d:{day}:0")), "{data:?}");
    }
}

#[tokio::test]
async fn a_day_lists_its_sessions_in_the_delegates_language_edited_in_place() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(press(Some("vi"), "d:20250116:0", Some(bot_message())));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert!(
        r.sent_messages_text.is_empty(),
        "navigation edits, it does not pile up"
    );
    let edited = &r.edited_messages_text[0];
    assert_eq!(edited.message.id.0, 700);
    let text = plain(&edited.bot_request.text);
    for id in [
        "opening",
        "mayors-dialogue",
        "signing",
        "initiative",
        "dialogue-trade",
        "dialogue-tourism",
    ] {
        let title = t.t(Lang::Vi, &format!("session-{id}-title"));
        assert!(text.contains(&title), "{title} missing from {text}");
    }
    assert!(text.contains("09:00–09:30"));
    assert!(text.contains(&t.t(Lang::Vi, "schedule-kind-parallel-dialogue")));
    assert!(text.contains(&t.t(Lang::Vi, "venue-nicec-name")));
    assert!(text.contains(&t.t(Lang::Vi, "room-nicec-hall-b")));
    assert_eq!(text.matches("Asia/Shanghai").count(), 1);
    // Nothing of another day.
    assert!(!text.contains(&t.t(Lang::Vi, "session-city-exchanges-title")));
    let data: Vec<String> = button_data(&edited.bot_request.reply_markup);
    assert!(data.contains(&"s:opening".to_string()));
    assert!(data.contains(&"m".to_string()), "a way back to the menu");
}

#[tokio::test]
async fn a_session_links_to_its_venue_and_back_to_its_day() {
    let t = TestApp::at(DURING).await;
    let mut bot = t.bot(press(Some("zh-CN"), "s:signing", Some(bot_message())));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let edited = &r.edited_messages_text[0].bot_request;
    let text = plain(&edited.text);
    assert!(text.contains(&t.t(Lang::ZhCn, "session-signing-title")));
    assert!(text.contains(&t.t(Lang::ZhCn, "session-signing-description")));
    assert!(text.contains("11:00") && text.contains("11:40"));
    let data: Vec<String> = button_data(&edited.reply_markup);
    assert!(data.contains(&"v:nicec".to_string()), "{data:?}");
    assert!(data.contains(&"d:20250116:0".to_string()), "{data:?}");

    // Following the venue link sends the pin.
    bot.update(press(Some("zh-CN"), "v:nicec", Some(bot_message())));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert_eq!(r.sent_messages_venue.len(), 1);
}

#[tokio::test]
async fn now_and_next_during_the_event() {
    let t = TestApp::at("2025-01-16T10:30:00+08:00").await;
    let mut bot = t.bot(text(Some("th"), "/now"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let sent = &r.sent_messages_text[0].bot_request;
    let text = plain(&sent.text);
    let now_at = text
        .find(&plain(&t.t(Lang::Th, "now-current")))
        .expect("a 'now' heading");
    let next_at = text
        .rfind(&plain(&t.t(Lang::Th, "now-next")))
        .expect("a 'next' heading");
    let mayors = text
        .find(&t.t(Lang::Th, "session-mayors-dialogue-title"))
        .expect("the mayors' dialogue is on");
    let signing = text
        .find(&t.t(Lang::Th, "session-signing-title"))
        .expect("the signing comes next");
    assert!(
        now_at < mayors && mayors < next_at && next_at < signing,
        "{text}"
    );
    assert!(text.contains("10:30"));
    let data: Vec<String> = button_data(&sent.reply_markup);
    assert!(data.contains(&"s:mayors-dialogue".to_string()));
}

#[tokio::test]
async fn now_before_and_after_the_event_offers_the_programme() {
    for (now, before) in [
        ("2025-01-10T09:00:00+08:00", true),
        ("2025-01-19T00:30:00+08:00", false),
    ] {
        let t = TestApp::at(now).await;
        let mut bot = t.bot(text(Some("lo"), "/now"));
        bot.dispatch().await;
        let r = checked(bot.get_responses());
        let sent = &r.sent_messages_text[0].bot_request;
        let text = plain(&sent.text);
        assert!(in_script(&text, Lang::Lo), "{text}");
        assert!(text.contains(&t.t(Lang::Lo, "event-name")), "{text}");
        // Before: "opens on Wednesday 15 January", in Lao. After: no date.
        let january = t.t(Lang::Lo, "date-month-1");
        assert_eq!(
            text.contains(&january) && text.contains("15"),
            before,
            "{text}"
        );
        assert!(
            !text.contains(&plain(&t.t(Lang::Lo, "now-current"))),
            "{text}"
        );
        let data: Vec<String> = button_data(&sent.reply_markup);
        assert!(
            data.contains(&"S".to_string()),
            "offers the programme: {data:?}"
        );
        drop(bot);
    }
}

/// Writes an event whose one day holds `n` sessions with long texts, in
/// every language.
fn crowded_event(dir: &Path, n: usize) {
    let mut toml = String::from(
        "[event]\nid = \"crowded\"\ntimezone = \"Asia/Bangkok\"\nstart_date = \"2025-03-01\"\n\
         end_date = \"2025-03-02\"\ntaxi_phrase = \"ไปที่นี่\"\n\n\
         [[venues]]\nid = \"hall\"\nkind = \"venue\"\nlat = 13.75\nlon = 100.5\n\
         local_name = \"ห้องประชุม\"\nlocal_address = \"ถนนสุขุมวิท\"\n",
    );
    let mut ftl = String::from(
        "event-name = Crowded Forum\nevent-city = Bangkok\nevent-about = About.\ncontact-desk = Desk.\n\
         venue-hall-name = Hall\nvenue-hall-address = Sukhumvit Road\nvenue-hall-about = The hall.\n\
         contact-emergency = Call 191.\ntaxi-card-hint = Show this to the driver.\n",
    );
    for i in 0..n {
        let (h, m) = (8 + i * 20 / 60, i * 20 % 60);
        toml.push_str(&format!(
            "\n[[sessions]]\nid = \"s{i}\"\ndate = \"2025-03-01\"\nstart = \"{h:02}:{m:02}\"\n\
             end = \"{h:02}:{:02}\"\nkind = \"plenary\"\nvenue = \"hall\"\n",
            m + 15
        ));
        ftl.push_str(&format!(
            "session-s{i}-title = Session {i} <&> on a very long subject\nsession-s{i}-description = {}\n",
            "Words & more words about cooperation between cities. ".repeat(6)
        ));
    }
    fs::write(dir.join("event.toml"), toml).unwrap();
    for lang in Lang::ALL {
        let d = dir.join("locales").join(lang.code());
        fs::create_dir_all(&d).unwrap();
        fs::write(d.join("event.ftl"), &ftl).unwrap();
    }
}

#[tokio::test]
async fn a_crowded_day_is_paged_and_every_session_is_reachable() {
    let event = tempfile::tempdir().unwrap();
    crowded_event(event.path(), 30);
    let t = TestApp::with_event(event.path(), "2025-03-01T09:00:00+07:00").await;
    let mut seen = Vec::new();
    let mut bot = t.bot(press(Some("my"), "d:20250301:0", Some(bot_message())));
    let mut page = 0u8;
    loop {
        bot.update(press_cb(
            Some("my"),
            Callback::Day {
                date: "2025-03-01".parse().unwrap(),
                page,
            },
            Some(bot_message()),
        ));
        bot.dispatch().await;
        let r = checked(bot.get_responses());
        let edited = &r.edited_messages_text[0].bot_request;
        let text = plain(&edited.text);
        assert!(
            text.contains("Session") && text.contains("<&>"),
            "inserted text is escaped and shown"
        );
        let data: Vec<String> = button_data(&edited.reply_markup);
        seen.extend(data.iter().filter(|d| d.starts_with("s:")).cloned());
        let next = format!("d:20250301:{}", page + 1);
        if data.contains(&next) {
            page += 1;
            assert!(page < 10, "runaway paging");
        } else {
            break;
        }
    }
    assert!(
        page >= 3,
        "30 long sessions need several pages, got {}",
        page + 1
    );
    let want: Vec<String> = (0..30).map(|i| format!("s:s{i}")).collect();
    assert_eq!(seen, want);
}

#[tokio::test]
async fn in_the_evening_coming_up_is_tomorrows_first_session_with_its_day() {
    let t = TestApp::at("2025-01-16T21:00:00+08:00").await;
    let mut bot = t.bot(text(Some("th"), "/now"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let text = plain(&r.sent_messages_text[0].bot_request.text);
    assert!(
        text.contains(&t.t(Lang::Th, "now-nothing-current")),
        "{text}"
    );
    assert!(
        text.contains(&t.t(Lang::Th, "session-city-exchanges-title")),
        "{text}"
    );
    // Friday 17 January, said the Thai way around the times.
    assert!(text.contains(&t.t(Lang::Th, "date-weekday-5")), "{text}");
    assert!(text.contains("เวลา 09:30–12:00 น."), "{text}");
    assert!(!text.contains(", 09:30"), "{text}");
}

#[tokio::test]
async fn day_buttons_wrap_when_weekday_names_are_long() {
    use teloxide::types::{InlineKeyboardButtonKind, ReplyMarkup};
    let t = TestApp::at(DURING).await;
    for (code, per_row) in [("en", 4), ("km", 2)] {
        let mut bot = t.bot(text(Some(code), "/schedule"));
        bot.dispatch().await;
        let r = checked(bot.get_responses());
        let Some(ReplyMarkup::InlineKeyboard(k)) =
            &r.sent_messages_text[0].bot_request.reply_markup
        else {
            panic!("no keyboard");
        };
        let day_rows: Vec<usize> = k
            .inline_keyboard
            .iter()
            .filter(|row| {
                row.iter()
                    .any(|b| matches!(&b.kind, InlineKeyboardButtonKind::CallbackData(d) if d.starts_with("d:")))
            })
            .map(Vec::len)
            .collect();
        assert_eq!(day_rows.iter().sum::<usize>(), 4, "{code}");
        assert!(
            day_rows.iter().all(|n| *n == per_row),
            "{code}: {day_rows:?}"
        );
        drop(bot);
    }
}
