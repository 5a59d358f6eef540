//! Two instances of the real binary in webhook mode on one PostgreSQL,
//! behind a "load balancer" (the test posts each update to one of them):
//! sixty delegates race for twenty seats, some presses reach both
//! instances (a proxy's retry), an organiser composes an announcement
//! across the two (each step on the other instance), and it goes out.
//! Nothing is lost or doubled.

use std::net::SocketAddr;
use std::path::Path;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::db::TestDb;
use super::fake_bot_api::{Call, FakeBotApi};
use super::operations::{HOOK_SECRET, HOOK_URL, free_addr, listening};
use super::{MANIFEST_DIR, REPLY, Running, STOP, TOKEN, bot_command_on, copy_dir, got};

const SEATS: usize = 20;
const DELEGATES: i64 = 60;
const FIRST: i64 = 7_300_001;
const ORGANISER: i64 = 7_399_999;
const LANGS: [&str; 10] = [
    "en", "zh-hans", "id", "ms", "th", "vi", "fil", "km", "lo", "my",
];
/// Before the dialogues' registration closes.
const BEFORE: &str = "2025-01-14T10:00:00+08:00";

fn user(id: i64, lang: &str) -> Value {
    json!({"id": id, "is_bot": false, "first_name": "Delegate", "language_code": lang})
}

fn chat(id: i64) -> Value {
    json!({"id": id, "type": "private", "first_name": "Delegate"})
}

fn message(api: &FakeBotApi, id: i64, lang: &str, message_id: i64, text: &str) -> Value {
    let mut m = json!({
        "message_id": message_id,
        "from": user(id, lang),
        "chat": chat(id),
        "date": 1_736_820_000,
        "text": text,
    });
    if text.starts_with('/') {
        let len = text
            .split_whitespace()
            .next()
            .unwrap_or(text)
            .encode_utf16()
            .count();
        m["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
    }
    api.webhook_update("message", m)
}

fn press(api: &FakeBotApi, id: i64, lang: &str, on: &Value, data: &str, query: &str) -> Value {
    api.webhook_update(
        "callback_query",
        json!({
            "id": query,
            "from": user(id, lang),
            "message": on,
            "chat_instance": format!("ci-{id}"),
            "data": data,
        }),
    )
}

async fn post(to: SocketAddr, update: &Value) {
    super::operations::post(to, &update.to_string()).await;
}

/// What the bot last showed in a call (sent or edited), as Telegram
/// returned it.
fn shown(call: &Call) -> Value {
    call.result().clone()
}

async fn seed(db: &delegate_desk::db::Db, api: &FakeBotApi) {
    use delegate_desk::db::{attendees, delegates};
    use delegate_desk::registration::invitations;
    use delegate_desk::registration::profile::{Country, Draft, Interpretation};
    let now = chrono::Utc::now();
    let code = invitations::create(db, "Everyone", 500, None, None, now)
        .await
        .unwrap();
    let draft = Draft {
        full_name: Some("Name".into()),
        title: Some("Mayor".into()),
        city: Some("City".into()),
        country: Some(Country::Listed("vn".into())),
        organisation: Some("City Hall".into()),
        diet: Some("none".into()),
        diet_note: None,
        interpretation: Some(Interpretation::None),
    };
    let mut c = db.conn().await.unwrap();
    for (i, id) in (FIRST..FIRST + DELEGATES).enumerate() {
        delegates::seen(&mut c, id, Some(LANGS[i % LANGS.len()]), now)
            .await
            .unwrap();
        attendees::join(&mut c, id, &code, now).await.unwrap();
        attendees::save_profile(&mut c, id, &draft.to_row(), now)
            .await
            .unwrap();
        api.add_private_chat(id, "Delegate");
    }
    api.add_private_chat(ORGANISER, "Organiser");
}

fn event_with_seats(dir: &Path) {
    copy_dir(&Path::new(MANIFEST_DIR).join("events/nanning-2025"), dir);
    let file = dir.join("event.toml");
    let toml = std::fs::read_to_string(&file).unwrap();
    // The first capacity is the trade dialogue's.
    let toml = toml.replacen("capacity = 120", &format!("capacity = {SEATS}"), 1);
    std::fs::write(&file, toml).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_share_the_seats_and_the_announcement_without_loss_or_double() {
    let Some(t) = TestDb::postgres().await else {
        return;
    };
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    seed(&t.db, &api).await;
    let dir = tempfile::tempdir().unwrap();
    let event = dir.path().join("event");
    event_with_seats(&event);
    let hooks = [free_addr(), free_addr()];
    let mut bots: Vec<Running> = hooks
        .iter()
        .enumerate()
        .map(|(i, hook)| {
            let mut cmd = bot_command_on(&api, &t.url, dir.path());
            cmd.env("WEBHOOK_URL", HOOK_URL)
                .env("WEBHOOK_SECRET", HOOK_SECRET)
                .env("WEBHOOK_LISTEN", hook.to_string())
                .env("EVENT_DIR", &event)
                .env("ORGANISER_IDS", ORGANISER.to_string())
                .env("DELEGATE_DESK_NOW", BEFORE);
            Running::spawn(&format!("instance {}", i + 1), cmd)
        })
        .collect();
    for (hook, bot) in hooks.iter().zip(&bots) {
        listening(*hook, bot).await;
    }
    got(api.wait_for_n(0, "setWebhook", 2, REPLY, |_| true).await);
    // The menus and descriptions are published by one of the two: the
    // delegates' menu in ten languages (English twice, as the default
    // too) and the organiser's own, 22 in all, not 44.
    got(api
        .wait_for_n(0, "setMyCommands", 22, REPLY, |_| true)
        .await);
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(api.calls_of("setMyCommands").len(), 22, "published twice");

    // Each delegate opens the session's screen, on either instance.
    let mark = api.mark();
    let lang = |i: i64| LANGS[(i - FIRST) as usize % LANGS.len()];
    for id in FIRST..FIRST + DELEGATES {
        let to = hooks[(id % 2) as usize];
        post(to, &message(&api, id, lang(id), 1, "/start")).await;
    }
    // A delegate may get more than one message (a welcome, the menu).
    let deadline = Instant::now() + REPLY;
    let mut on: std::collections::HashMap<i64, Value> = std::collections::HashMap::new();
    while on.len() < DELEGATES as usize {
        assert!(
            Instant::now() < deadline,
            "only {} of {DELEGATES} delegates were answered",
            on.len()
        );
        for c in api.calls_since(mark) {
            if c.method == "sendMessage"
                && let Some(chat) = c.chat_id()
                && (FIRST..FIRST + DELEGATES).contains(&chat)
            {
                on.entry(chat).or_insert_with(|| shown(&c));
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(on.len(), DELEGATES as usize, "every delegate was answered");

    // All press Register at once, spread over the two instances; every
    // fifth press also reaches the other instance (a proxy's retry).
    let mark = api.mark();
    let mut tasks = tokio::task::JoinSet::new();
    for id in FIRST..FIRST + DELEGATES {
        let update = press(
            &api,
            id,
            lang(id),
            &on[&id],
            "R:dialogue-trade",
            &format!("reg-{id}"),
        );
        let first = hooks[(id % 2) as usize];
        let other = hooks[((id + 1) % 2) as usize];
        let twice = id % 5 == 0;
        tasks.spawn(async move {
            post(first, &update).await;
            if twice {
                post(other, &update).await;
            }
        });
    }
    while let Some(done) = tasks.join_next().await {
        done.unwrap();
    }
    let answers = got(api
        .wait_for_n(
            mark,
            "answerCallbackQuery",
            DELEGATES as usize,
            REPLY,
            |c| c.str("callback_query_id").starts_with("reg-"),
        )
        .await);
    tokio::time::sleep(Duration::from_secs(1)).await;
    let all_answers: Vec<String> = api
        .calls_since(mark)
        .into_iter()
        .filter(|c| c.method == "answerCallbackQuery")
        .map(|c| c.str("callback_query_id").to_string())
        .collect();
    assert_eq!(answers.len(), DELEGATES as usize);
    let mut distinct = all_answers.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(
        (distinct.len(), all_answers.len()),
        (DELEGATES as usize, DELEGATES as usize),
        "each press answered once: {all_answers:?}"
    );
    let places = delegate_desk::db::registrations::all(&mut t.db.conn().await.unwrap())
        .await
        .unwrap();
    let in_trade: Vec<_> = places
        .iter()
        .filter(|p| p.session_id == "dialogue-trade")
        .collect();
    let confirmed = in_trade
        .iter()
        .filter(|p| p.status == delegate_desk::db::registrations::Status::Confirmed)
        .count();
    let mut who: Vec<i64> = in_trade.iter().map(|p| p.telegram_id).collect();
    who.sort();
    who.dedup();
    assert_eq!(
        (in_trade.len(), who.len(), confirmed),
        (DELEGATES as usize, DELEGATES as usize, SEATS),
        "every delegate has one place; exactly the seats are confirmed"
    );

    // An announcement composed across the two instances: /announce on one,
    // the text on the other, the audience on the first.
    let organiser = |m: i64, text: &str| message(&api, ORGANISER, "en", m, text);
    let mark = api.mark();
    post(hooks[0], &organiser(10, "/announce")).await;
    got(api
        .wait_for_from(mark, "sendMessage", REPLY, |c| {
            c.chat_id() == Some(ORGANISER)
        })
        .await);
    let mark = api.mark();
    post(hooks[1], &organiser(11, "The gala dinner starts at 19:00.")).await;
    let composer = got(api
        .wait_for_from(mark, "sendMessage|editMessageText", REPLY, |c| {
            c.chat_id() == Some(ORGANISER) && c.buttons().iter().any(|(_, d)| d == "As")
        })
        .await);
    let everyone = press(&api, ORGANISER, "en", &shown(&composer), "As", "announce-1");
    post(hooks[0], &everyone).await;
    // Both instances' workers send; each delegate gets it exactly once.
    let deadline = Instant::now() + REPLY * 2;
    let copies = |chat: i64| {
        api.calls_of("copyMessage")
            .iter()
            .filter(|c| c.ok() && c.chat_id() == Some(chat) && c.body["message_id"] == 11)
            .count()
    };
    while (FIRST..FIRST + DELEGATES).any(|id| copies(id) == 0) {
        assert!(
            Instant::now() < deadline,
            "the announcement did not reach everyone: {} of {DELEGATES}",
            (FIRST..FIRST + DELEGATES)
                .filter(|id| copies(*id) > 0)
                .count()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let doubled: Vec<i64> = (FIRST..FIRST + DELEGATES)
        .filter(|id| copies(*id) > 1)
        .collect();
    assert!(doubled.is_empty(), "received twice: {doubled:?}");

    for bot in &mut bots {
        bot.sigterm();
        assert!(got(bot.wait_exit(STOP).await).success(), "{}", bot.stderr());
        assert!(!bot.stderr().contains(" ERROR "), "{}", bot.stderr());
    }
    assert!(api.calls_of("deleteWebhook").is_empty());
}
