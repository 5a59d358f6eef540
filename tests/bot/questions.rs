//! Typed questions answered by the bot, in several scripts, with the
//! clock pinned (the ticket flow with volunteers is in the end-to-end
//! tests: it needs Telegram's group and forum methods).

use delegate_desk::i18n::Lang;

use crate::common::*;

/// The arrival day, 10:00 in Nanning: "tomorrow" is the 16th, the day of
/// the opening and of the parallel dialogues.
const ARRIVAL: &str = "2025-01-15T10:00:00+08:00";

/// The message sent, as the delegate reads it, and its buttons.
fn answer(r: &teloxide_tests::server::Responses) -> (String, Vec<(String, String)>) {
    assert_eq!(r.sent_messages_text.len(), 1, "one answer expected");
    let sent = &r.sent_messages_text[0].bot_request;
    (plain(&sent.text), markup_of(&sent.reply_markup))
}

/// "About …:" in `lang`, for `topic`.
fn about(t: &TestApp, lang: Lang, topic: &str) -> String {
    let about = t.t(lang, "ask-about");
    plain(&about.replace("{$topic}", topic))
}

async fn ask(t: &TestApp, lang: &str, question: &str) -> (String, Vec<(String, String)>) {
    let mut bot = t.bot(text(Some(lang), question));
    bot.dispatch().await;
    answer(&checked(bot.get_responses()))
}

fn has_ask_button(buttons: &[(String, String)]) -> bool {
    buttons.iter().any(|(_, data)| data.starts_with("a:"))
}

#[tokio::test]
async fn a_thai_question_about_wifi_gets_the_thai_answer_saying_what_it_answers() {
    let t = TestApp::at(ARRIVAL).await;
    let (text, buttons) = ask(&t, "th", "ไวไฟที่ห้องประชุมรหัสอะไรครับ").await;
    let title = t.t(Lang::Th, "faq-wifi-title");
    assert!(text.starts_with(&about(&t, Lang::Th, &title)), "{text}");
    assert!(text.contains("GMD-Delegates"), "{text}");
    // The facts are the organisers' to give: labelled as a sample.
    assert!(
        text.contains(&plain(&t.t(Lang::Th, "ask-sample-note"))),
        "{text}"
    );
    assert!(has_ask_button(&buttons), "{buttons:?}");
    assert!(
        buttons.contains(&(t.t(Lang::Th, "button-ask-volunteer"), "a:1".into())),
        "{buttons:?}"
    );
}

#[tokio::test]
async fn a_chinese_question_about_tomorrow_afternoon_lists_that_afternoon() {
    let t = TestApp::at(ARRIVAL).await;
    let (text, buttons) = ask(&t, "zh-hans", "明天下午有什么活动？").await;
    // The two parallel dialogues are on the 16th at 14:00, the opening in
    // the morning.
    for id in ["dialogue-trade", "dialogue-tourism"] {
        let title = t.t(Lang::ZhCn, &format!("session-{id}-title"));
        assert!(text.contains(&title), "{id}: {text}");
        assert!(
            buttons.iter().any(|(_, d)| d == &format!("s:{id}")),
            "{buttons:?}"
        );
    }
    assert!(
        !text.contains(&t.t(Lang::ZhCn, "session-opening-title")),
        "{text}"
    );
    assert!(text.contains("16"), "{text}");
    assert!(
        buttons.iter().any(|(_, d)| d == "d:20250116:0"),
        "the whole day: {buttons:?}"
    );
    assert!(has_ask_button(&buttons));
}

#[tokio::test]
async fn a_lao_question_about_the_airport_gets_the_airport_topic_in_lao() {
    let t = TestApp::at(ARRIVAL).await;
    let (text, buttons) = ask(&t, "lo", "ຈາກສະໜາມບິນໄປໂຮງແຮມແນວໃດ?").await;
    let title = t.t(Lang::Lo, "transport-airport-title");
    assert!(text.starts_with(&about(&t, Lang::Lo, &title)), "{text}");
    let body_start: String = t
        .t(Lang::Lo, "transport-airport-body")
        .chars()
        .take(20)
        .collect();
    assert!(text.contains(&body_start), "{text}");
    assert!(has_ask_button(&buttons));
}

#[tokio::test]
async fn a_burmese_question_about_a_venue_gets_its_pin_and_taxi_card_buttons() {
    let t = TestApp::at(ARRIVAL).await;
    let (text, buttons) = ask(&t, "my", "ချင်ရှိုးတောင် ရှုခင်းသာနယ်မြေ လိပ်စာ ဘာလဲ").await;
    assert!(
        text.contains(&t.t(Lang::My, "venue-qingxiu-address")),
        "{text}"
    );
    assert!(buttons.iter().any(|(_, d)| d == "v:qingxiu"), "{buttons:?}");
    assert!(buttons.iter().any(|(_, d)| d == "x:qingxiu"), "{buttons:?}");
}

#[tokio::test]
async fn an_off_topic_question_is_not_answered_but_offered_to_a_volunteer() {
    let t = TestApp::at(ARRIVAL).await;
    let (text, buttons) = ask(&t, "vi", "Thủ đô của nước Pháp là thành phố nào?").await;
    let unsure = plain(
        &t.t(Lang::Vi, "ask-unsure")
            .replace("{$language}", &t.t(Lang::Vi, "language-name")),
    );
    assert_eq!(text, unsure);
    assert!(has_ask_button(&buttons), "{buttons:?}");
}

#[tokio::test]
async fn a_question_delivered_twice_is_recorded_once() {
    let t = TestApp::at(ARRIVAL).await;
    let question = || text(Some("en"), "where is the prayer room?").id(77);
    let mut bot = t.bot(question());
    bot.dispatch().await;
    let first = answer(&checked(bot.get_responses()));
    bot.update(question());
    bot.dispatch().await;
    let again = answer(&checked(bot.get_responses()));
    // The same answer (and the same question behind its button).
    assert_eq!(first, again);
    let mut c = t.app.db.conn().await.unwrap();
    let (asked, answered) = delegate_desk::db::tickets::question_counts(&mut c)
        .await
        .unwrap();
    assert_eq!((asked, answered), (1, 1));
}

#[tokio::test]
async fn without_a_volunteers_group_asking_gives_the_desk_phone() {
    let t = TestApp::at(ARRIVAL).await;
    let (text, _) = ask(&t, "id", "/ask Apakah ada kursi roda di bandara?").await;
    let phone = &t.app.content().event.contacts.phone;
    assert!(text.contains(phone.as_str()), "{text}");
    assert!(!text.contains("ask-"), "{text}");
}

#[tokio::test]
async fn ask_alone_asks_for_the_question_and_cancel_leaves_it() {
    let t = TestApp::at(ARRIVAL).await;
    let (prompt, _) = ask(&t, "fil", "/ask").await;
    let expected: String = plain(&t.t(Lang::Fil, "ask-prompt"))
        .chars()
        .take(12)
        .collect();
    assert!(prompt.starts_with(&expected), "{prompt}");
    let (cancelled, _) = ask(&t, "fil", "/cancel").await;
    assert!(
        cancelled.starts_with(&plain(&t.t(Lang::Fil, "ask-cancelled"))),
        "{cancelled}"
    );
    // A question now is a question again.
    let (text, buttons) = ask(&t, "fil", "may wifi ba sa venue?").await;
    assert!(text.contains("GMD-Delegates"), "{text}");
    assert!(has_ask_button(&buttons));
}

#[tokio::test]
async fn the_menu_offers_a_volunteer() {
    let t = TestApp::at(ARRIVAL).await;
    let (_, buttons) = ask(&t, "km", "/menu").await;
    assert!(
        buttons.contains(&(t.t(Lang::Km, "button-ask-volunteer"), "a".into())),
        "{buttons:?}"
    );
}
