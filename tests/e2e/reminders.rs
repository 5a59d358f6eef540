//! Reminders and the morning briefing from the real binary: with its clock
//! pinned 13 minutes before the opening ceremony, a Thai delegate gets the
//! reminder and the day's briefing in Thai, once each; one who turned both
//! off gets neither.

use std::path::Path;
use std::time::Duration;

use super::fake_bot_api::{Call, FakeBotApi};
use super::{REPLY, Running, TOKEN, bot_command, got, thai};

async fn seed(database: &Path, api: &FakeBotApi, people: &[(i64, &str, bool)]) {
    let db = delegate_desk::db::Db::connect(&format!("sqlite://{}", database.display()))
        .await
        .unwrap();
    db.migrate().await.unwrap();
    let mut conn = db.conn().await.unwrap();
    let now = chrono::Utc::now();
    for (id, lang, wants) in people {
        delegate_desk::db::delegates::seen(&mut conn, *id, Some(lang), now)
            .await
            .unwrap();
        if !wants {
            let off = delegate_desk::db::settings::Settings {
                reminder: None,
                briefing: false,
            };
            delegate_desk::db::settings::put(&mut conn, *id, off, now)
                .await
                .unwrap();
        }
        api.add_private_chat(*id, "Delegate");
    }
    drop(conn);
    db.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_and_the_briefing_arrive_in_thai_once() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("desk.db");
    let (thai_id, quiet) = (7_790_101, 7_790_102);
    seed(
        &database,
        &api,
        &[(thai_id, "th", true), (quiet, "en", false)],
    )
    .await;
    let command = || {
        let mut cmd = bot_command(&api, &database);
        cmd.env("DELEGATE_DESK_NOW", "2025-01-16T08:47:00+08:00");
        cmd
    };
    let mut bot = Running::spawn("bot", command());
    let reminder = got(api
        .wait_for("sendMessage", REPLY, |c: &Call| {
            c.chat_id() == Some(thai_id) && c.str("text").starts_with('⏰')
        })
        .await);
    assert!(thai(reminder.str("text")), "{}", reminder.str("text"));
    assert!(
        reminder.str("text").contains("15"),
        "{}",
        reminder.str("text")
    );
    assert!(
        reminder.buttons().iter().any(|(_, d)| d == "v:nicec"),
        "the venue's pin is one tap away"
    );
    let briefing = got(api
        .wait_for("sendMessage", REPLY, |c: &Call| {
            c.chat_id() == Some(thai_id) && c.str("text").starts_with('☀')
        })
        .await);
    assert!(thai(briefing.str("text")), "{}", briefing.str("text"));
    assert!(
        briefing.str("text").contains("09:00"),
        "{}",
        briefing.str("text")
    );

    // Restarted: nothing is sent again.
    bot.stop_cleanly().await;
    let mark = api.mark();
    let mut bot = Running::spawn("bot again", command());
    tokio::time::sleep(Duration::from_secs(4)).await;
    let again = api.calls()[mark..]
        .iter()
        .filter(|c| c.method == "sendMessage" && c.chat_id() == Some(thai_id))
        .count();
    assert_eq!(again, 0, "no reminder twice");
    assert!(
        api.calls_of("sendMessage")
            .iter()
            .all(|c| c.chat_id() != Some(quiet)),
        "reminders and briefing off: nothing"
    );
    bot.stop_cleanly().await;
    api.stop().await;
}
