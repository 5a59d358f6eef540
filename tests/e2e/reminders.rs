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

/// A reminder written before the opening was moved to 09:00 (it said
/// 08:30): it must not be sent.
async fn stale_reminder(database: &Path) -> i64 {
    use delegate_desk::announcements::outbox::Outbox;
    use delegate_desk::announcements::{Audience, Notice, pace::Pace};
    let db = delegate_desk::db::Db::connect(&format!("sqlite://{}", database.display()))
        .await
        .unwrap();
    let outbox = Outbox::new(db.clone(), std::sync::Arc::new(Pace::default()));
    let notice = Notice::Reminder {
        session: "opening".into(),
        date: "2025-01-16".parse().unwrap(),
        start: "08:30".parse().unwrap(),
        minutes: 15,
    }
    .to_json();
    let new = delegate_desk::db::announcements::New {
        notice: Some(&notice),
        audience: &Audience::RemindEveryone { minutes: 15 },
        summary: "stale",
        needs_ack: false,
        created_by: 0,
        progress: None,
        source: "reminder:opening:2025-01-16T08:30:15",
        draft: false,
    };
    let (id, count) = outbox.publish(&new, &[], &[]).await.unwrap().unwrap();
    assert_eq!(count, 1, "the Thai delegate has reminders on");
    db.close().await;
    id
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
    let stale = stale_reminder(&database).await;
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
        reminder.str("text").contains("13"),
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
    let sent_to = |c: &&Call| c.method == "sendMessage" && c.chat_id() == Some(thai_id);
    assert_eq!(
        api.calls().iter().filter(sent_to).count(),
        2,
        "one reminder (not the stale one too) and one briefing"
    );
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
    // The stale reminder was checked as it was about to go, and dropped.
    let db = delegate_desk::db::Db::connect(&format!("sqlite://{}", database.display()))
        .await
        .unwrap();
    let states =
        delegate_desk::db::announcements::delivered_to(&mut db.conn().await.unwrap(), stale)
            .await
            .unwrap();
    assert_eq!(states, [(thai_id, "skipped".to_string())]);
    db.close().await;
    api.stop().await;
}
