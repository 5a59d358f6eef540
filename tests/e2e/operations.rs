//! Running for operators: webhook mode (the secret checked, the webhook
//! registered and never deleted), `/healthz` and `/metrics` on their own
//! address, logs as JSON lines.

use std::net::SocketAddr;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::fake_bot_api::FakeBotApi;
use super::{Delegate, REPLY, Running, STOP, TOKEN, bot_command, got, thai, to_chat};

pub(super) const HOOK_URL: &str = "https://desk.example.org/telegram/hook";
pub(super) const HOOK_SECRET: &str = "webhook-S3cret_for-tests";

/// A free port on loopback (bound, then given back).
pub(super) fn free_addr() -> SocketAddr {
    let socket = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    socket.local_addr().unwrap()
}

/// One HTTP/1.1 request: (status, body).
pub(super) async fn http(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String) {
    let mut stream = tokio::net::TcpStream::connect(addr)
        .await
        .unwrap_or_else(|e| panic!("cannot connect to {addr}: {e}"));
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).await.unwrap();
    let answer = String::from_utf8_lossy(&answer).to_string();
    let status = answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("not an HTTP answer: {answer}"));
    let body = answer
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_string();
    (status, body)
}

/// Waits until something listens on `addr`.
pub(super) async fn listening(addr: SocketAddr, bot: &Running) {
    let deadline = std::time::Instant::now() + REPLY;
    while tokio::net::TcpStream::connect(addr).await.is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "nothing listens on {addr}; the bot said:\n{}",
            bot.stderr()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Posts an update to the webhook with the secret, as Telegram would; it
/// must be taken (200).
pub(super) async fn post(hook: SocketAddr, update: &str) {
    let headers = [
        ("Content-Type", "application/json"),
        ("X-Telegram-Bot-Api-Secret-Token", HOOK_SECRET),
    ];
    let (status, _) = http(hook, "POST", "/telegram/hook", &headers, update).await;
    assert_eq!(status, 200);
}

fn start_update(api: &FakeBotApi, who: &Delegate) -> Value {
    api.webhook_update(
        "message",
        json!({
            "message_id": 1,
            "from": who.user(),
            "chat": who.chat(),
            "date": 1_736_994_600,
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        }),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn webhook_mode_checks_the_secret_answers_and_never_deletes_the_webhook() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (hook, ops) = (free_addr(), free_addr());
    let mut cmd = bot_command(&api, &dir.path().join("desk.db"));
    cmd.env("WEBHOOK_URL", HOOK_URL)
        .env("WEBHOOK_SECRET", HOOK_SECRET)
        .env("WEBHOOK_LISTEN", hook.to_string())
        .env("METRICS_ADDR", ops.to_string())
        .env("LOG_FORMAT", "json");
    let mut bot = Running::spawn("webhook", cmd);

    // Registered with Telegram: the URL, the secret, what the tree reads.
    let set = got(api.wait_for("setWebhook", REPLY, |_| true).await);
    assert_eq!(set.body["url"], HOOK_URL);
    assert_eq!(set.body["secret_token"], HOOK_SECRET);
    assert_eq!(
        set.body["allowed_updates"],
        json!(["message", "callback_query"])
    );
    listening(hook, &bot).await;

    let thai_delegate = Delegate {
        id: 7_100_001,
        first_name: "Somchai",
        language_code: "th",
    };
    let json_type = ("Content-Type", "application/json");
    // Without the secret, or with another, nothing is handled.
    for headers in [
        vec![json_type],
        vec![json_type, ("X-Telegram-Bot-Api-Secret-Token", "guess")],
    ] {
        let update = start_update(&api, &thai_delegate).to_string();
        let (status, _) = http(hook, "POST", "/telegram/hook", &headers, &update).await;
        assert_eq!(status, 401);
    }
    // Another path is not the webhook.
    let update = start_update(&api, &thai_delegate).to_string();
    let secret = ("X-Telegram-Bot-Api-Secret-Token", HOOK_SECRET);
    let (status, _) = http(hook, "POST", "/other", &[json_type, secret], &update).await;
    assert_eq!(status, 404);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        api.calls_of("sendMessage").is_empty(),
        "an update without the secret was handled"
    );

    // With it: 200 at once, and the Thai delegate is answered in Thai.
    let update = start_update(&api, &thai_delegate).to_string();
    post(hook, &update).await;
    let reply = got(api
        .wait_for("sendMessage", REPLY, to_chat(thai_delegate.id))
        .await);
    assert!(thai(reply.str("text")), "{}", reply.str("text"));
    tokio::time::sleep(Duration::from_millis(500)).await;
    let answers = api.calls_of("sendMessage").len();

    // Delivered again (Telegram retrying, or the proxy trying another
    // instance): 200, and nothing more is sent.
    post(hook, &update).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        api.calls_of("sendMessage").len(),
        answers,
        "an update delivered twice was answered twice"
    );

    // Health and metrics, on their own address.
    listening(ops, &bot).await;
    let (status, body) = http(ops, "GET", "/healthz", &[], "").await;
    assert_eq!((status, body.trim()), (200, "ok"));
    let (status, metrics) = http(ops, "GET", "/metrics", &[], "").await;
    assert_eq!(status, 200);
    for line in [
        "delegate_desk_updates_total{kind=\"message\"} 1",
        "delegate_desk_updates_redelivered_total 1",
        "delegate_desk_outbox_backlog 0",
        "delegate_desk_tickets_open 0",
    ] {
        assert!(metrics.contains(line), "no `{line}` in:\n{metrics}");
    }
    assert!(
        metrics.contains("delegate_desk_telegram_request_seconds_count{outcome=\"ok\"}"),
        "{metrics}"
    );

    bot.sigterm();
    let status = got(bot.wait_exit(STOP).await);
    assert!(status.success(), "{}", bot.stderr());
    // Never deleted (it would cut off every other instance), never polled.
    assert!(api.calls_of("deleteWebhook").is_empty());
    assert!(api.calls_of("getUpdates").is_empty());
    // Every log line is a JSON object, none at ERROR.
    let logs = bot.stderr();
    assert!(logs.lines().count() > 2, "{logs}");
    for line in logs.lines().filter(|l| !l.trim().is_empty()) {
        let v: Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}"));
        assert_ne!(v["level"], "ERROR", "{line}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polling_mode_serves_health_too() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ops = free_addr();
    let mut cmd = bot_command(&api, &dir.path().join("desk.db"));
    cmd.env("METRICS_ADDR", ops.to_string());
    let mut bot = Running::spawn("polling", cmd);
    let poll = got(api.wait_for("getUpdates", REPLY, |_| true).await);
    // Long polling asks for the kinds of update the tree reads, as the
    // webhook registers them (teloxide's hint would ask for every kind,
    // some of which its parser cannot read).
    assert_eq!(
        poll.body["allowed_updates"],
        json!(["message", "callback_query"])
    );
    listening(ops, &bot).await;
    let (status, body) = http(ops, "GET", "/healthz", &[], "").await;
    assert_eq!((status, body.trim()), (200, "ok"));
    let (status, _) = http(ops, "GET", "/nothing", &[], "").await;
    assert_eq!(status, 404);
    bot.sigterm();
    assert!(got(bot.wait_exit(STOP).await).success(), "{}", bot.stderr());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_delivered_again_after_a_crash_changes_nothing() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("desk.db");
    let (bot, first_hook) = webhook_instance(&api, &database, "first").await;
    let lan = Delegate {
        id: 7_100_002,
        first_name: "Lan",
        language_code: "vi",
    };
    let start = start_update(&api, &lan).to_string();
    post(first_hook, &start).await;
    let greeting = got(api.wait_for("sendMessage", REPLY, to_chat(lan.id)).await);
    // Choosing Thai: handled (the message is shown again in Thai) ...
    let mark = api.mark();
    let press = api
        .webhook_update(
            "callback_query",
            json!({
                "id": "q-lan-1",
                "from": lan.user(),
                "message": greeting.result(),
                "chat_instance": "ci-lan",
                "data": "l:th",
            }),
        )
        .to_string();
    post(first_hook, &press).await;
    let shown = got(api
        .wait_for_from(mark, "editMessageText", REPLY, to_chat(lan.id))
        .await);
    assert!(thai(shown.str("text")), "{}", shown.str("text"));
    // ... then the instance dies (SIGKILL: nothing finishes) before its
    // answer reached Telegram, which delivers the press again, here to
    // the instance that takes over.
    sigkill(&bot);
    let (mut again, second_hook) = webhook_instance(&api, &database, "second").await;
    let mark = api.mark();
    post(second_hook, &press).await;
    // A new update after it, to know the redelivered one was looked at.
    let help = api
        .webhook_update(
            "message",
            json!({
                "message_id": 2,
                "from": lan.user(),
                "chat": lan.chat(),
                "date": 1_736_994_600,
                "text": "/help",
                "entities": [{"type": "bot_command", "offset": 0, "length": 5}],
            }),
        )
        .to_string();
    post(second_hook, &help).await;
    got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(lan.id))
        .await);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let since: Vec<_> = api
        .calls_since(mark)
        .into_iter()
        .filter(|c| c.chat_id() == Some(lan.id) || c.method == "answerCallbackQuery")
        .map(|c| c.method.clone())
        .collect();
    assert_eq!(
        since,
        ["sendMessage"],
        "the press delivered again was handled again: {since:?}"
    );
    assert!(
        again
            .stderr()
            .contains("update delivered again; left alone"),
        "{}",
        again.stderr()
    );
    again.sigterm();
    assert!(
        got(again.wait_exit(STOP).await).success(),
        "{}",
        again.stderr()
    );
}

/// A delegate cancels; the instance writes the cancellation, which gives
/// the freed seat to the first on the waitlist, and dies before telling
/// her (SIGKILL while Telegram is slow to take the news). The instance
/// that takes the update over handles it again: the cancellation is not
/// made a second time (there would be nothing left to cancel, and no one
/// to tell), its recorded result is, so she hears of her seat, in Thai,
/// once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_seat_freed_just_before_a_crash_is_still_announced_to_the_next_in_line() {
    use delegate_desk::db::registrations::{self, Status};
    use delegate_desk::db::{Db, attendees, delegates};

    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("desk.db");
    let (hung, nok) = (
        Delegate {
            id: 7_100_021,
            first_name: "Hùng",
            language_code: "vi",
        },
        Delegate {
            id: 7_100_022,
            first_name: "Nok",
            language_code: "th",
        },
    );
    // Hùng has a seat in the trade dialogue; Nok waits for one.
    let session = "dialogue-trade";
    let db = Db::connect(&format!("sqlite://{}", database.display()))
        .await
        .unwrap();
    db.migrate().await.unwrap();
    let then = chrono::Utc::now();
    let code =
        delegate_desk::registration::invitations::create(&db, "Đà Nẵng", 5, None, None, then)
            .await
            .unwrap();
    {
        let mut c = db.conn().await.unwrap();
        for (who, status, token) in [
            (&hung, Status::Confirmed, "HUNGSEAT0000000000000"),
            (&nok, Status::Waitlisted, "NOKWAITS0000000000000"),
        ] {
            attendees::join(&mut c, who.id, &code, then).await.unwrap();
            registrations::insert(&mut c, session, who.id, status, token, then)
                .await
                .unwrap();
        }
        delegates::set_language(&mut c, nok.id, "th", then)
            .await
            .unwrap();
    }
    let seat_of = |id: i64| {
        let db = db.clone();
        async move {
            registrations::place(&mut db.conn().await.unwrap(), session, id)
                .await
                .unwrap()
                .map(|p| p.status)
        }
    };

    api.add_private_chat(nok.id, nok.first_name);
    let (first, first_hook) = webhook_instance(&api, &database, "first").await;
    let (mut second, _) = webhook_instance(&api, &database, "second").await;
    post(first_hook, &command_update(&api, &hung, 1, "/menu")).await;
    let greeting = got(api.wait_for("sendMessage", REPLY, to_chat(hung.id)).await);
    tokio::time::sleep(Duration::from_millis(300)).await;
    // Hùng taps Cancel; the news for Nok is held back by Telegram (for
    // longer than this test waits: the dead instance's words never count)
    // ...
    api.hold("sendMessage", Duration::from_secs(600));
    let mark = api.mark();
    let press = api.webhook_update(
        "callback_query",
        json!({
            "id": "q-hung-cancel",
            "from": hung.user(),
            "message": greeting.result(),
            "chat_instance": "ci-hung",
            "data": format!("C:{session}"),
        }),
    );
    post(first_hook, &press.to_string()).await;
    let deadline = std::time::Instant::now() + REPLY;
    while seat_of(nok.id).await != Some(Status::Confirmed) {
        assert!(
            std::time::Instant::now() < deadline,
            "the cancellation was not written"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    // ... and the instance dies with the update in hand.
    sigkill(&first);
    assert!(
        !api.calls_since(mark)
            .iter()
            .any(|c| c.chat_id() == Some(nok.id) && c.ok()),
        "Nok was told before the crash: {}",
        api.summary(mark)
    );
    // The second instance takes the update over once the first's lease
    // has run out, and tells Nok.
    let told = got(api
        .wait_for_from(mark, "sendMessage", Duration::from_secs(100), |c| {
            c.chat_id() == Some(nok.id) && c.ok()
        })
        .await);
    assert!(thai(told.str("text")), "{}", told.str("text"));
    assert!(
        second
            .stderr()
            .contains("a write this update made before is not made again"),
        "{}",
        second.stderr()
    );
    // Hùng's screen says his place is given up.
    got(api
        .wait_for_from(mark, "editMessageText", REPLY, to_chat(hung.id))
        .await);
    tokio::time::sleep(Duration::from_secs(2)).await;
    let news = api
        .calls_since(mark)
        .into_iter()
        .filter(|c| c.method == "sendMessage" && c.chat_id() == Some(nok.id) && c.ok())
        .count();
    assert_eq!(news, 1, "{}", api.summary(mark));
    assert_eq!(seat_of(hung.id).await, None);
    assert_eq!(seat_of(nok.id).await, Some(Status::Confirmed));
    second.sigterm();
    assert!(
        got(second.wait_exit(STOP).await).success(),
        "{}",
        second.stderr()
    );
}

/// A delegate types the question for a volunteer (after `/ask`); the
/// instance opens the ticket, ends the step, and dies while Telegram is
/// slow to take the post for the volunteers' group. The instance that
/// takes the update over finds the step the update found (the question
/// for a volunteer, not a message to relay to an open ticket) and the
/// ticket the first run opened: the volunteers get the question once, the
/// delegate is told it went, in Vietnamese, and there is one ticket.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_cut_short_by_a_crash_reaches_the_volunteers_once() {
    use super::{VOLUNTEER, VOLUNTEERS};
    use delegate_desk::db::{Db, tickets};
    use delegate_desk::i18n::Lang;

    let api = FakeBotApi::start(TOKEN).await.unwrap();
    api.add_member(VOLUNTEERS, VOLUNTEER);
    // The group is known to Telegram from a message a volunteer sent there.
    api.webhook_update(
        "message",
        json!({
            "message_id": 1,
            "from": {"id": VOLUNTEER, "is_bot": false, "first_name": "Mei"},
            "chat": {"id": VOLUNTEERS, "type": "group", "title": "Desk volunteers"},
            "date": 1_736_994_000,
            "text": "hello",
        }),
    );
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("desk.db");
    let group = VOLUNTEERS.to_string();
    let settings = [("VOLUNTEER_CHAT_ID", group.as_str())];
    let (first, first_hook) = webhook_instance_with(&api, &database, "first", &settings).await;
    let (mut second, _) = webhook_instance_with(&api, &database, "second", &settings).await;
    let lan = Delegate {
        id: 7_100_031,
        first_name: "Lan",
        language_code: "vi",
    };
    post(first_hook, &command_update(&api, &lan, 1, "/ask")).await;
    got(api.wait_for("sendMessage", REPLY, to_chat(lan.id)).await);
    tokio::time::sleep(Duration::from_millis(300)).await;
    // The post for the group is held back (for longer than this test
    // waits) ...
    api.hold("sendMessage", Duration::from_secs(600));
    let mark = api.mark();
    let question = "Thứ Sáu tôi có thể cầu nguyện ở đâu gần hội trường?";
    let typed = api.webhook_update(
        "message",
        json!({
            "message_id": 2,
            "from": lan.user(),
            "chat": lan.chat(),
            "date": 1_736_994_700,
            "text": question,
        }),
    );
    post(first_hook, &typed.to_string()).await;
    let db = Db::connect(&format!("sqlite://{}", database.display()))
        .await
        .unwrap();
    let ticket = |db: Db| async move {
        tickets::open_of(&mut db.conn().await.unwrap(), lan.id)
            .await
            .unwrap()
    };
    let deadline = std::time::Instant::now() + REPLY;
    while ticket(db.clone()).await.is_none() {
        assert!(std::time::Instant::now() < deadline, "no ticket was opened");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    // ... and the instance dies with the update in hand.
    sigkill(&first);
    // The second instance takes the update over once the first's lease
    // has run out.
    let posted = got(api
        .wait_for_from(mark, "sendMessage", Duration::from_secs(100), |c| {
            c.chat_id() == Some(VOLUNTEERS) && c.ok()
        })
        .await);
    assert!(
        posted.str("text").contains(question),
        "{}",
        posted.str("text")
    );
    let open = ticket(db.clone()).await.expect("the ticket is open");
    let told = got(api
        .wait_for_from(mark, "sendMessage", REPLY, |c| {
            c.chat_id() == Some(lan.id) && c.ok()
        })
        .await);
    let texts = delegate_desk::content::Content::bundled().unwrap().i18n;
    assert_eq!(
        told.str("text"),
        texts.fmt(Lang::Vi, "ask-sent", &[("ticket", open.id.into())]),
        "{}",
        second.stderr()
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    let into_group: Vec<_> = api
        .calls_since(mark)
        .into_iter()
        .filter(|c| c.chat_id() == Some(VOLUNTEERS) && c.ok() && c.method != "getChat")
        .map(|c| c.method.clone())
        .collect();
    assert_eq!(into_group, ["sendMessage"], "{}", api.summary(mark));
    let figures = tickets::figures(&mut db.conn().await.unwrap())
        .await
        .unwrap();
    assert_eq!(
        (figures.open, figures.claimed, figures.closed),
        (1, 0, 0),
        "one ticket"
    );
    second.sigterm();
    assert!(
        got(second.wait_exit(STOP).await).success(),
        "{}",
        second.stderr()
    );
}

/// An instance in webhook mode on `database`, listening: it and its
/// address.
async fn webhook_instance(
    api: &FakeBotApi,
    database: &std::path::Path,
    name: &str,
) -> (Running, SocketAddr) {
    webhook_instance_with(api, database, name, &[]).await
}

/// The same, with more settings.
async fn webhook_instance_with(
    api: &FakeBotApi,
    database: &std::path::Path,
    name: &str,
    settings: &[(&str, &str)],
) -> (Running, SocketAddr) {
    let hook = free_addr();
    let mut cmd = bot_command(api, database);
    cmd.envs(settings.iter().copied());
    cmd.env("WEBHOOK_URL", HOOK_URL)
        .env("WEBHOOK_SECRET", HOOK_SECRET)
        .env("WEBHOOK_LISTEN", hook.to_string());
    let bot = Running::spawn(name, cmd);
    listening(hook, &bot).await;
    (bot, hook)
}

/// Kills `bot` at once (SIGKILL: nothing finishes).
fn sigkill(bot: &Running) {
    let killed = std::process::Command::new("kill")
        .args(["-KILL", &bot.pid().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
}

/// A command from `who`, as a webhook update.
fn command_update(api: &FakeBotApi, who: &Delegate, message_id: i64, text: &str) -> String {
    api.webhook_update(
        "message",
        json!({
            "message_id": message_id,
            "from": who.user(),
            "chat": who.chat(),
            "date": 1_736_994_600,
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": text.encode_utf16().count()}],
        }),
    )
    .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn updates_a_killed_instance_had_accepted_are_answered_by_another() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("desk.db");
    let (first, first_hook) = webhook_instance(&api, &database, "first").await;
    let (mut second, _) = webhook_instance(&api, &database, "second").await;
    let mai = Delegate {
        id: 7_100_003,
        first_name: "Mai",
        language_code: "th",
    };
    // Telegram is slow to take the first reply: the first instance is
    // still sending it when the delegate's next two commands arrive, and
    // they wait behind it (one chat's updates are handled in order). Each
    // was answered 200, so Telegram will not send them again.
    api.hold("sendMessage", Duration::from_secs(90));
    let mark = api.mark();
    post(first_hook, &command_update(&api, &mai, 1, "/help")).await;
    post(first_hook, &command_update(&api, &mai, 2, "/schedule")).await;
    post(first_hook, &command_update(&api, &mai, 3, "/menu")).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    // The first instance dies (SIGKILL: nothing finishes).
    sigkill(&first);
    // The second takes the two queued ones over once the first has been
    // silent for 15 seconds, and the one it had begun once its 60-second
    // lease has run out; it answers each, in Thai.
    let replies = got(api
        .wait_for_n(
            mark,
            "sendMessage",
            3,
            Duration::from_secs(100),
            to_chat(mai.id),
        )
        .await);
    let texts: Vec<String> = api
        .calls_since(mark)
        .into_iter()
        .filter(|c| c.method == "sendMessage" && c.chat_id() == Some(mai.id) && c.ok())
        .map(|c| c.str("text").to_string())
        .collect();
    assert_eq!(texts.len(), 3, "{texts:?} ({replies:?})");
    assert!(texts.iter().all(|t| thai(t)), "{texts:?}");
    assert!(
        texts[0] != texts[1] && texts[1] != texts[2] && texts[0] != texts[2],
        "three different answers: {texts:?}"
    );
    assert!(
        second.stderr().contains("took over an update"),
        "{}",
        second.stderr()
    );
    // Once each: a later look finds nothing left to take.
    tokio::time::sleep(Duration::from_secs(6)).await;
    let again = api
        .calls_since(mark)
        .into_iter()
        .filter(|c| c.method == "sendMessage" && c.chat_id() == Some(mai.id))
        .count();
    assert_eq!(again, 3, "{}", api.summary(mark));
    second.sigterm();
    assert!(
        got(second.wait_exit(STOP).await).success(),
        "{}",
        second.stderr()
    );
}
