//! The tree by chat and role: the volunteers' group gets its own help, not
//! the delegates' greeting; organisers have commands delegates do not.

use std::collections::BTreeSet;

use delegate_desk::app::Roles;
use delegate_desk::i18n::Lang;
use teloxide_tests::{MockGroupChat, MockMessageText, MockPrivateChat, MockUser};

use crate::common::*;

const DURING: &str = "2025-01-16T10:30:00+08:00";
const VOLUNTEERS: i64 = -1_001_777;
const ORGANISER: u64 = 9001;

fn roles() -> Roles {
    Roles {
        organisers: BTreeSet::from([ORGANISER]),
        volunteer_chat: Some(VOLUNTEERS),
        ..Default::default()
    }
}

fn in_group(chat: i64, language: &str, body: &str) -> MockMessageText {
    let mut from = MockUser::new().id(USER_ID).first_name("Ana");
    from.language_code = Some(language.into());
    MockMessageText::new()
        .text(body)
        .from(from.build())
        .chat(MockGroupChat::new().id(chat).build())
}

fn from_user(id: u64, language: &str, body: &str) -> MockMessageText {
    let mut from = MockUser::new().id(id).first_name("Org");
    from.language_code = Some(language.into());
    MockMessageText::new()
        .text(body)
        .from(from.build())
        .chat(MockPrivateChat::new().id(id as i64).build())
}

#[tokio::test]
async fn the_volunteers_group_gets_its_own_help_not_the_delegates_menu() {
    let t = TestApp::with_roles(roles(), DURING).await;
    let menu_label = t.t(Lang::Vi, "menu-schedule");
    let mut bot = t.bot(in_group(VOLUNTEERS, "vi", "/start"));
    for command in ["/start", "/menu", "/help", "/language"] {
        bot.update(in_group(VOLUNTEERS, "vi", command));
        bot.dispatch().await;
        let r = checked(bot.get_responses());
        assert_eq!(r.sent_messages_text.len(), 1, "{command}: one answer");
        let sent = &r.sent_messages_text[0].bot_request;
        assert!(
            sent.text
                .starts_with(&t.t(Lang::Vi, "volunteer-group-help")),
            "{command} in the volunteers' group"
        );
        assert!(
            sent.text
                .contains(&t.t(Lang::Vi, "volunteer-group-checkin")),
            "{command}: how to check delegates in"
        );
        assert!(
            !button_labels(&sent.reply_markup).contains(&menu_label),
            "{command}: no delegates' menu"
        );
    }
    // Look-ups work as anywhere.
    bot.update(in_group(VOLUNTEERS, "vi", "/venues"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert!(plain(first_sent(&r)).contains(&t.t(Lang::Vi, "venue-nicec-name")));
    // Chatter between volunteers is left alone.
    bot.update(in_group(VOLUNTEERS, "vi", "who takes the Lao question?"));
    bot.dispatch().await;
    assert!(bot.get_responses().sent_messages.is_empty());
}

#[tokio::test]
async fn another_group_gets_the_delegates_answers() {
    let t = TestApp::with_roles(roles(), DURING).await;
    let mut bot = t.bot(in_group(-1_002_222, "th", "/menu"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let labels = button_labels(&r.sent_messages_text[0].bot_request.reply_markup);
    assert!(
        labels.contains(&t.t(Lang::Th, "menu-schedule")),
        "{labels:?}"
    );
}

#[tokio::test]
async fn organisers_see_who_uses_the_desk_and_delegates_do_not() {
    let t = TestApp::with_roles(roles(), DURING).await;
    // Three delegates: two chose Thai, one follows their phone.
    let mut bot = t.bot(press(Some("en"), "l:th", None));
    bot.dispatch().await;
    for (id, lang) in [(11, "th"), (12, "id")] {
        let mut u = MockUser::new().id(id).first_name("D");
        u.language_code = Some(lang.into());
        bot.update(
            teloxide_tests::MockCallbackQuery::new()
                .data(if lang == "th" { "l:th" } else { "m" })
                .from(u.build()),
        );
        bot.dispatch().await;
    }

    bot.update(from_user(ORGANISER, "id", "/stats"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    let stats = plain(first_sent(&r));
    assert!(
        stats.starts_with(&plain(&t.t(Lang::Id, "organiser-stats-title"))),
        "{stats}"
    );
    // The organiser counts too, once they have talked to the bot.
    let total = t
        .app
        .content()
        .i18n
        .fmt(Lang::Id, "organiser-stats-total", &[("count", 4.into())]);
    assert!(stats.contains(&total), "{total} not in {stats}");
    assert!(stats.contains("ไทย: 2"), "Thai by its own name: {stats}");
    assert!(
        stats.contains(&format!(
            "{}: 2",
            t.t(Lang::Id, "organiser-stats-no-choice")
        )),
        "{stats}"
    );

    // The same command from a delegate (who chose Thai) is an unknown command.
    bot.update(text(Some("id"), "/stats"));
    bot.dispatch().await;
    let r = checked(bot.get_responses());
    assert!(
        first_sent(&r).starts_with(&t.t(Lang::Th, "fallback-unknown-command")),
        "{}",
        r.sent_messages_text[0].bot_request.text
    );
}
