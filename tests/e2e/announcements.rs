//! Announcements end to end: the real binary composes one with a Thai
//! version, previews it, sends it to everyone (one delegate blocked the
//! bot, another meets a 429), counts acknowledgements; an organiser delays
//! a session and delegates are told in their language; a bot killed with
//! SIGKILL mid-broadcast resumes without skipping anyone.

use std::collections::HashMap;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::Value;

use super::fake_bot_api::{Call, FakeBotApi, Fault};
use super::{
    Delegate, REPLY, Running, TOKEN, answered, assert_no_violations, bot_command, got, khmer,
    shown, thai, to_chat,
};

const ORGANISER: Delegate = Delegate {
    id: 7_780_001,
    first_name: "Lin",
    language_code: "en",
};

/// The organiser's text message (the announcement, or a version of it).
fn organiser_text(api: &FakeBotApi, message_id: i64, text: &str) {
    ORGANISER.text(api, message_id, text);
}

/// The last message the bot sent the organiser with a button `data`.
async fn with_button(api: &FakeBotApi, from: usize, data: &str) -> Value {
    let call = got(api
        .wait_for_from(from, "sendMessage|editMessageText", REPLY, |c: &Call| {
            c.chat_id() == Some(ORGANISER.id) && c.buttons().iter().any(|(_, d)| d == data)
        })
        .await);
    shown(api, &call)
}

/// Successful copies of message `message` (of the organiser's chat) to `chat`.
fn copies_to(api: &FakeBotApi, chat: i64, message: i64) -> usize {
    api.calls_of("copyMessage")
        .iter()
        .filter(|c| {
            c.ok()
                && c.chat_id() == Some(chat)
                && c.body["from_chat_id"].as_i64() == Some(ORGANISER.id)
                && c.body["message_id"].as_i64() == Some(message)
        })
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_announcement_with_a_thai_version_reaches_everyone_once() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = bot_command(&api, &dir.path().join("desk.db"));
    cmd.env("ORGANISER_IDS", ORGANISER.id.to_string());
    let mut bot = Running::spawn("bot", cmd);

    let th = Delegate {
        id: 7_780_011,
        first_name: "Somchai",
        language_code: "th",
    };
    let en = Delegate {
        id: 7_780_012,
        first_name: "Ana",
        language_code: "en",
    };
    let km = Delegate {
        id: 7_780_013,
        first_name: "Dara",
        language_code: "km",
    };
    let blocked = Delegate {
        id: 7_780_014,
        first_name: "Ben",
        language_code: "en",
    };
    for (i, d) in [&th, &en, &km, &blocked, &ORGANISER]
        .into_iter()
        .enumerate()
    {
        d.command(&api, 1 + i as i64, "/start");
        got(api
            .wait_for_n(0, "sendMessage", 2, REPLY, to_chat(d.id))
            .await);
    }
    // A delegate cannot announce: the ordinary unknown-command answer.
    let mark = api.mark();
    en.command(&api, 20, "/announce");
    let reply = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(en.id))
        .await);
    assert!(
        reply.str("text").contains("I do not know that command"),
        "{}",
        reply.str("text")
    );

    api.inject(
        Fault::new(
            "copyMessage",
            Some(blocked.id),
            403,
            "Forbidden: bot was blocked by the user",
        )
        .always(),
    );
    api.inject(Fault::flood("copyMessage", en.id, 1));

    // Compose: the original, then a Thai version.
    let mark = api.mark();
    ORGANISER.command(&api, 100, "/announce");
    got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(ORGANISER.id))
        .await);
    let mark = api.mark();
    organiser_text(
        &api,
        101,
        "Shuttles to the convention centre leave at 8:00.",
    );
    let composer = with_button(&api, mark, "Av").await;
    assert!(
        composer["text"]
            .as_str()
            .unwrap_or_default()
            .contains("Everyone (5 people)"),
        "{composer}"
    );
    let mark = api.mark();
    ORGANISER.press(&api, &composer, "Av");
    let languages = with_button(&api, mark, "AV:th").await;
    let mark = api.mark();
    ORGANISER.press(&api, &languages, "AV:th");
    got(api
        .wait_for_from(mark, "editMessageText", REPLY, to_chat(ORGANISER.id))
        .await);
    let mark = api.mark();
    organiser_text(&api, 102, "รถรับส่งไปศูนย์ประชุมออกเวลา 08:00 น.");
    let composer = with_button(&api, mark, "At").await;
    let mark = api.mark();
    ORGANISER.press(&api, &composer, "At");
    let composer = with_button(&api, mark, "Ap").await;
    assert!(
        composer["text"]
            .as_str()
            .unwrap_or_default()
            .contains("Needs acknowledgement: yes"),
        "{composer}"
    );

    // The preview: each language group's copy, the Thai one its version.
    let mark = api.mark();
    ORGANISER.press(&api, &composer, "Ap");
    let composer = with_button(&api, mark, "As").await;
    let previews: Vec<Call> = api.calls()[mark..]
        .iter()
        .filter(|c| c.method == "copyMessage" && c.chat_id() == Some(ORGANISER.id))
        .cloned()
        .collect();
    assert_eq!(previews.len(), 3, "one per language: th, en, km");
    assert!(
        previews
            .iter()
            .any(|c| c.body["message_id"].as_i64() == Some(102)),
        "the Thai group sees the Thai version"
    );

    // Send; the progress message becomes the final report.
    let mark = api.mark();
    ORGANISER.press(&api, &composer, "As");
    let report = got(api
        .wait_for_from(
            mark,
            "editMessageText",
            Duration::from_secs(30),
            |c: &Call| c.chat_id() == Some(ORGANISER.id) && c.str("text").contains("delivered"),
        )
        .await);
    let text = report.str("text");
    assert!(text.contains("Sent 4 of 5"), "{text}");
    assert!(text.contains("unreachable (blocked the bot) 1"), "{text}");
    assert!(text.contains("Acknowledged by 0 of 4"), "{text}");

    // Each delegate got it once, in their language's version; the one
    // who met a 429 too.
    assert_eq!(copies_to(&api, th.id, 102), 1);
    assert_eq!(copies_to(&api, th.id, 101), 0);
    assert_eq!(copies_to(&api, en.id, 101), 1, "after the 429, once");
    assert_eq!(copies_to(&api, km.id, 101), 1);
    assert_eq!(copies_to(&api, blocked.id, 101), 0);
    assert_eq!(
        copies_to(&api, ORGANISER.id, 101),
        3,
        "the preview (English and Khmer groups) and the delivery"
    );

    // "Got it", in Thai.
    let copy = got(api
        .wait_for("copyMessage", REPLY, |c: &Call| {
            c.chat_id() == Some(th.id) && c.ok()
        })
        .await);
    let message = shown(&api, &copy);
    assert!(
        copy.buttons().iter().any(|(_, d)| d == "g:1"),
        "the copy has the Got it button"
    );
    let mark = api.mark();
    let query = th.press(&api, &message, "g:1");
    let toast = answered(&api, mark, &query).await;
    assert!(thai(toast.str("text")), "{}", toast.str("text"));
    got(api
        .wait_for_from(mark, "editMessageReplyMarkup", REPLY, to_chat(th.id))
        .await);

    // /announcements: the counts, acknowledgements included.
    let mark = api.mark();
    ORGANISER.command(&api, 103, "/announcements");
    let list = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(ORGANISER.id))
        .await);
    assert!(list.str("text").contains("#1"), "{}", list.str("text"));
    assert!(
        list.str("text").contains("acknowledged 1"),
        "{}",
        list.str("text")
    );

    // A Khmer delegate finds it again under "Announcements".
    let mark = api.mark();
    km.command(&api, 30, "/menu");
    let menu = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(km.id))
        .await);
    let mark = api.mark();
    km.press(&api, &shown(&api, &menu), "B");
    let latest = got(api
        .wait_for_from(mark, "editMessageText", REPLY, to_chat(km.id))
        .await);
    assert!(khmer(latest.str("text")), "{}", latest.str("text"));
    assert!(latest.str("text").contains("Shuttles to the convention"));

    // Ben unblocks the bot and writes again: he is reachable again, and
    // the next announcement reaches him (though the bot, the only one
    // polling, remembered his language since his /start).
    api.heal();
    let mark = api.mark();
    blocked.command(&api, 40, "/menu");
    got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(blocked.id))
        .await);
    let mark = api.mark();
    ORGANISER.command(&api, 104, "/announce");
    got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(ORGANISER.id))
        .await);
    let mark = api.mark();
    organiser_text(&api, 105, "The gala dinner starts at 19:00.");
    let composer = with_button(&api, mark, "As").await;
    ORGANISER.press(&api, &composer, "As");
    got(api
        .wait_for_from(mark, "copyMessage", Duration::from_secs(30), |c: &Call| {
            c.ok() && c.chat_id() == Some(blocked.id)
        })
        .await);
    assert_eq!(copies_to(&api, blocked.id, 105), 1);

    bot.stop_cleanly().await;
    assert_no_violations(&api);
    api.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delayed_session_announces_itself_in_each_language_and_stays_delayed() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("desk.db");
    let command = || {
        let mut cmd = bot_command(&api, &database);
        cmd.env("ORGANISER_IDS", ORGANISER.id.to_string());
        cmd
    };
    let mut bot = Running::spawn("bot", command());
    let th = Delegate {
        id: 7_780_021,
        first_name: "Malee",
        language_code: "th",
    };
    let zh = Delegate {
        id: 7_780_022,
        first_name: "Wei",
        language_code: "zh-hans",
    };
    for (i, d) in [&th, &zh, &ORGANISER].into_iter().enumerate() {
        d.command(&api, 1 + i as i64, "/start");
        got(api
            .wait_for_n(0, "sendMessage", 2, REPLY, to_chat(d.id))
            .await);
    }
    // The organiser opens the opening ceremony (a plenary: everyone is
    // concerned) and delays it by 30 minutes.
    let mark = api.mark();
    ORGANISER.command(&api, 10, "/schedule");
    let programme = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(ORGANISER.id))
        .await);
    let mark = api.mark();
    ORGANISER.press(&api, &shown(&api, &programme), "s:opening");
    let session = with_button(&api, mark, "Z:opening").await;
    let mark = api.mark();
    ORGANISER.press(&api, &session, "Z:opening");
    let menu = with_button(&api, mark, "Zp:d30:opening").await;
    let mark = api.mark();
    ORGANISER.press(&api, &menu, "Zp:d30:opening");
    let preview = with_button(&api, mark, "Zy:d30:opening").await;
    let text = preview["text"].as_str().unwrap_or_default();
    assert!(text.contains("09:00 → 09:30"), "{text}");
    assert!(text.contains("3 people"), "{text}");
    let mark = api.mark();
    ORGANISER.press(&api, &preview, "Zy:d30:opening");

    // Each delegate is told, in their language, exactly what changed.
    let to_th = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(th.id))
        .await);
    assert!(thai(to_th.str("text")), "{}", to_th.str("text"));
    assert!(
        to_th.str("text").contains("09:00 → <b>09:30</b>"),
        "{}",
        to_th.str("text")
    );
    let to_zh = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(zh.id))
        .await);
    assert!(
        to_zh
            .str("text")
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
        "{}",
        to_zh.str("text")
    );
    assert!(to_zh.str("text").contains("09:00 → <b>09:30</b>"));
    // "Confirm" tapped again (or delivered twice): no second delay, no
    // second notice.
    let again = api.mark();
    ORGANISER.press(&api, &preview, "Zy:d30:opening");
    got(api
        .wait_for_from(again, "answerCallbackQuery", REPLY, |_| true)
        .await);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(
        api.calls()[mark..]
            .iter()
            .filter(|c| c.method == "sendMessage" && c.chat_id() == Some(th.id))
            .count(),
        1,
        "one notice"
    );

    // After a restart the programme still shows it delayed, and marked.
    bot.stop_cleanly().await;
    let mut bot = Running::spawn("bot again", command());
    let mark = api.mark();
    th.command(&api, 40, "/schedule");
    let programme = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(th.id))
        .await);
    let mark = api.mark();
    th.press(&api, &shown(&api, &programme), "s:opening");
    let detail = got(api
        .wait_for_from(mark, "editMessageText", REPLY, to_chat(th.id))
        .await);
    let text = detail.str("text");
    assert!(
        text.contains("09:30–10:00") && text.contains("⚠️"),
        "{text}"
    );
    assert!(
        text.contains("09:00"),
        "the old time is shown as the old one: {text}"
    );
    assert!(
        !detail.buttons().iter().any(|(_, d)| d == "Z:opening"),
        "delegates cannot change a session"
    );

    bot.stop_cleanly().await;
    assert_no_violations(&api);
    api.stop().await;
}

/// Delegates written straight into the database (as if they had used the
/// bot before), and known to the fake Bot API.
async fn seed(database: &Path, api: &FakeBotApi, ids: impl Iterator<Item = i64>) {
    let db = delegate_desk::db::Db::connect(&format!("sqlite://{}", database.display()))
        .await
        .unwrap();
    db.migrate().await.unwrap();
    let mut conn = db.conn().await.unwrap();
    for id in ids {
        delegate_desk::db::delegates::seen(&mut conn, id, Some("en"), chrono::Utc::now())
            .await
            .unwrap();
        api.add_private_chat(id, "Delegate");
    }
    drop(conn);
    db.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_mid_broadcast_the_bot_resumes_and_skips_nobody() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    // Telegram's limits, enforced: the bot must keep to them.
    api.enforce_limits(30, false);
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("desk.db");
    let recipients: Vec<i64> = (7_790_001..7_790_061).collect();
    seed(&database, &api, recipients.iter().copied()).await;
    let command = || {
        let mut cmd = bot_command(&api, &database);
        cmd.env("ORGANISER_IDS", ORGANISER.id.to_string())
            .env("BROADCAST_RATE", "10");
        cmd
    };
    let mut bot = Running::spawn("bot", command());
    ORGANISER.command(&api, 1, "/announce");
    got(api
        .wait_for("sendMessage", REPLY, to_chat(ORGANISER.id))
        .await);
    let mark = api.mark();
    organiser_text(&api, 2, "The gala dinner starts at 19:00.");
    let composer = with_button(&api, mark, "As").await;
    ORGANISER.press(&api, &composer, "As");

    // SIGKILL once about a third went out.
    let deadline = Instant::now() + REPLY;
    while api
        .calls_of("copyMessage")
        .iter()
        .filter(|c| c.ok())
        .count()
        < 20
    {
        assert!(Instant::now() < deadline, "the broadcast did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let status = Command::new("kill")
        .args(["-KILL", &bot.pid().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let _ = bot.wait_exit(Duration::from_secs(5)).await;
    let at_kill = api
        .calls_of("copyMessage")
        .iter()
        .filter(|c| c.ok())
        .count();
    assert!(at_kill < 61, "killed mid-way ({at_kill} sent)");

    // Started again, it resumes where it stopped.
    let mut bot = Running::spawn("bot again", command());
    let report = got(api
        .wait_for("editMessageText", Duration::from_secs(40), |c: &Call| {
            c.chat_id() == Some(ORGANISER.id) && c.str("text").contains("delivered")
        })
        .await);
    assert!(
        report.str("text").contains("of 61"),
        "{}",
        report.str("text")
    );
    let mut per_chat: HashMap<i64, usize> = HashMap::new();
    for c in api.calls_of("copyMessage").iter().filter(|c| c.ok()) {
        *per_chat.entry(c.chat_id().unwrap_or_default()).or_default() += 1;
    }
    let twice = recipients
        .iter()
        .filter(|id| {
            let n = per_chat.get(id).copied().unwrap_or(0);
            assert!(n >= 1, "recipient {id} was skipped");
            n > 1
        })
        .count();
    assert!(
        twice <= 8,
        "{twice} got it twice: at most those in flight at the kill may"
    );
    assert_eq!(api.floods(), 0, "Telegram's limits were kept");
    bot.stop_cleanly().await;
    api.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reloaded_file_that_moves_a_session_tells_those_concerned_once_confirmed() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let event = dir.path().join("event");
    super::copy_dir(
        &Path::new(super::MANIFEST_DIR).join("events/nanning-2025"),
        &event,
    );
    let mut cmd = bot_command(&api, &dir.path().join("desk.db"));
    cmd.env("ORGANISER_IDS", ORGANISER.id.to_string())
        .env("EVENT_DIR", &event);
    let mut bot = Running::spawn("bot", cmd);
    let km = Delegate {
        id: 7_780_031,
        first_name: "Sokha",
        language_code: "km",
    };
    for (i, d) in [&km, &ORGANISER].into_iter().enumerate() {
        d.command(&api, 1 + i as i64, "/start");
        got(api
            .wait_for_n(0, "sendMessage", 2, REPLY, to_chat(d.id))
            .await);
    }
    // The opening ceremony moves from 09:00 to 09:15 in the file.
    let toml = event.join("event.toml");
    let original = std::fs::read_to_string(&toml).unwrap();
    let moved = original.replacen(
        "id = \"opening\"\ndate = \"2025-01-16\"\nstart = \"09:00\"",
        "id = \"opening\"\ndate = \"2025-01-16\"\nstart = \"09:15\"",
        1,
    );
    assert_ne!(moved, original, "the test edits the opening's start");
    std::fs::write(&toml, moved).unwrap();
    let mark = api.mark();
    ORGANISER.command(&api, 10, "/reload");
    let offer = got(api
        .wait_for_from(mark, "sendMessage", REPLY, |c: &Call| {
            c.chat_id() == Some(ORGANISER.id)
                && c.buttons().iter().any(|(_, d)| d.starts_with("AN:"))
        })
        .await);
    assert!(
        offer.str("text").contains("09:00 → <b>09:15</b>"),
        "{}",
        offer.str("text")
    );
    let data = offer
        .buttons()
        .into_iter()
        .find(|(_, d)| d.starts_with("AN:"))
        .map(|(_, d)| d)
        .unwrap_or_default();
    // Nothing is sent before the organiser confirms.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let to_km = |from: usize| {
        api.calls()[from..]
            .iter()
            .filter(|c| c.chat_id() == Some(km.id))
            .count()
    };
    assert_eq!(to_km(mark), 0);
    let mark = api.mark();
    ORGANISER.press(&api, &shown(&api, &offer), &data);
    let notice = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(km.id))
        .await);
    assert!(khmer(notice.str("text")), "{}", notice.str("text"));
    assert!(notice.str("text").contains("09:00 → <b>09:15</b>"));
    // Pressed again (or delivered twice): nobody is told twice.
    let again = api.mark();
    ORGANISER.press(&api, &shown(&api, &offer), &data);
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(to_km(again), 0);
    bot.stop_cleanly().await;
    assert_no_violations(&api);
    api.stop().await;
}

/// The organiser's photo with a caption, as Telegram delivers it.
fn organiser_photo(api: &FakeBotApi, message_id: i64, caption: &str) {
    api.push_update(
        "message",
        serde_json::json!({
            "message_id": message_id,
            "from": ORGANISER.user(),
            "chat": ORGANISER.chat(),
            "date": 1_736_994_600,
            "photo": [{"file_id": "AgAD-map", "file_unique_id": "map1", "width": 640, "height": 480, "file_size": 40000}],
            "caption": caption,
        }),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_photo_announcement_discarded_then_sent_to_the_organisers_only() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = bot_command(&api, &dir.path().join("desk.db"));
    cmd.env("ORGANISER_IDS", ORGANISER.id.to_string());
    let mut bot = Running::spawn("bot", cmd);
    let delegate = Delegate {
        id: 7_780_041,
        first_name: "Nguyen",
        language_code: "vi",
    };
    for (i, d) in [&delegate, &ORGANISER].into_iter().enumerate() {
        d.command(&api, 1 + i as i64, "/start");
        got(api
            .wait_for_n(0, "sendMessage", 2, REPLY, to_chat(d.id))
            .await);
    }
    // Discarded: nothing is sent.
    let mark = api.mark();
    ORGANISER.command(&api, 10, "/announce");
    got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(ORGANISER.id))
        .await);
    let mark = api.mark();
    organiser_photo(&api, 11, "The venue map: Hall A is on the 2nd floor.");
    let composer = with_button(&api, mark, "Ax").await;
    assert!(
        composer["text"]
            .as_str()
            .unwrap_or_default()
            .contains("The venue map"),
        "the caption summarises a photo: {composer}"
    );
    let mark = api.mark();
    ORGANISER.press(&api, &composer, "Ax");
    let gone = got(api
        .wait_for_from(mark, "editMessageText", REPLY, to_chat(ORGANISER.id))
        .await);
    assert!(
        gone.str("text").contains("discarded"),
        "{}",
        gone.str("text")
    );

    // Again, to the organisers only: the photo arrives as a photo.
    let mark = api.mark();
    ORGANISER.command(&api, 12, "/announce");
    got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(ORGANISER.id))
        .await);
    let mark = api.mark();
    organiser_photo(&api, 13, "The venue map: Hall A is on the 2nd floor.");
    let composer = with_button(&api, mark, "Aa").await;
    let mark = api.mark();
    ORGANISER.press(&api, &composer, "Aa");
    let audiences = with_button(&api, mark, "Au:org").await;
    let mark = api.mark();
    ORGANISER.press(&api, &audiences, "Au:org");
    let composer = with_button(&api, mark, "As").await;
    assert!(
        composer["text"]
            .as_str()
            .unwrap_or_default()
            .contains("Organisers (one person)"),
        "{composer}"
    );
    let mark = api.mark();
    ORGANISER.press(&api, &composer, "As");
    got(api
        .wait_for_from(mark, "editMessageText", REPLY, |c: &Call| {
            c.chat_id() == Some(ORGANISER.id) && c.str("text").contains("delivered")
        })
        .await);
    let copy = got(api
        .wait_for_from(mark, "copyMessage", REPLY, to_chat(ORGANISER.id))
        .await);
    assert_eq!(copy.body["message_id"].as_i64(), Some(13));
    assert!(
        shown(&api, &copy)["photo"].is_array(),
        "a photo stays a photo"
    );
    assert_eq!(
        copies_to(&api, delegate.id, 11) + copies_to(&api, delegate.id, 13),
        0
    );
    bot.stop_cleanly().await;
    assert_no_violations(&api);
    api.stop().await;
}
