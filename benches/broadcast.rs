//! One announcement to many delegates, through the real binary and a fake
//! Bot API on loopback that enforces Telegram's limits (30 messages a
//! second overall; 429 with `retry_after` beyond), while other delegates
//! keep using the desk. Reports the achieved rate as a share of the limit,
//! the 429s, the reply latency of the delegates' commands during the
//! broadcast, and the bot's peak memory (VmHWM) for each audience size.
//!
//! `cargo bench --bench broadcast` (10,000 recipients at 30 a second, then
//! 10,000 and 100,000 at 1,000 a second, paid, for the memory figures;
//! about nine minutes). `cargo bench --bench broadcast -- 2000` sends to
//! 2,000 only.

#[allow(dead_code)]
#[path = "../tests/e2e/fake_bot_api.rs"]
mod fake_bot_api;

use std::collections::HashMap;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fake_bot_api::{Call, FakeBotApi};
use serde_json::{Value, json};

const TOKEN: &str = "123456:BENCH-TOKEN";
const BIN: &str = env!("CARGO_BIN_EXE_delegate-desk");
const ORGANISER: i64 = 9_000_001;
/// Delegates using the desk during the broadcast, one command every
/// `TAP_EVERY` between them.
const TAPPERS: i64 = 40;
const TAP_EVERY: Duration = Duration::from_millis(400);

struct Run {
    recipients: usize,
    seconds: f64,
    sent: usize,
    /// Every message in the same time (the broadcast, replies, progress):
    /// what Telegram's limit counts.
    messages: usize,
    rate_limit: u32,
    floods: usize,
    latencies: Vec<Duration>,
    peak_kib: u64,
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// The bot's peak resident memory, in KiB (Linux).
fn peak_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

fn user(id: i64) -> Value {
    json!({"id": id, "is_bot": false, "first_name": "D", "language_code": "en"})
}

fn command(api: &FakeBotApi, id: i64, message_id: i64, text: &str) {
    api.push_update(
        "message",
        json!({
            "message_id": message_id,
            "from": user(id),
            "chat": {"id": id, "type": "private", "first_name": "D"},
            "date": 1_736_994_600,
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": text.len()}],
        }),
    );
}

async fn seed(database: &Path, api: &FakeBotApi, n: usize) {
    let db = delegate_desk::db::Db::connect(&format!("sqlite://{}", database.display()))
        .await
        .expect("database");
    db.migrate().await.expect("migrations");
    let mut tx = db.begin_write().await.expect("transaction");
    let now = chrono::Utc::now();
    for id in 0..n as i64 {
        let id = 1_000_000 + id;
        delegate_desk::db::delegates::seen(&mut tx, id, Some("en"), now)
            .await
            .expect("seed");
        api.add_private_chat(id, "D");
    }
    tx.commit().await.expect("commit");
    db.close().await;
}

async fn wait_for(
    api: &FakeBotApi,
    from: usize,
    timeout: Duration,
    pred: impl Fn(&Call) -> bool,
) -> Call {
    match api
        .wait_for_from(from, "sendMessage|editMessageText", timeout, pred)
        .await
    {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    }
}

async fn run(recipients: usize, rate: u32, paid: bool, taps: bool) -> Run {
    let api = FakeBotApi::start(TOKEN).await.expect("fake Bot API");
    api.enforce_limits(rate as usize, false);
    let dir = tempfile::tempdir().expect("temp dir");
    let database = dir.path().join("desk.db");
    seed(&database, &api, recipients).await;
    let mut child: Child = Command::new(BIN)
        .arg("run")
        .current_dir(dir.path())
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", api.url())
        .env("DATABASE_URL", format!("sqlite://{}", database.display()))
        .env("ORGANISER_IDS", ORGANISER.to_string())
        .env("BROADCAST_RATE", rate.to_string())
        .env("PAID_BROADCAST", if paid { "true" } else { "false" })
        .env("RUST_LOG", "warn")
        .env_remove("EVENT_DIR")
        .env_remove("LOCALES_DIR")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("the bot starts");
    let pid = child.id();

    // The organiser composes and sends.
    let to = |chat: i64| move |c: &Call| c.chat_id() == Some(chat);
    command(&api, ORGANISER, 1, "/announce");
    wait_for(&api, 0, Duration::from_secs(20), to(ORGANISER)).await;
    let mark = api.mark();
    api.push_update(
        "message",
        json!({
            "message_id": 2,
            "from": user(ORGANISER),
            "chat": {"id": ORGANISER, "type": "private", "first_name": "O"},
            "date": 1_736_994_600,
            "text": "The plenary starts at 9:30 in Hall A.",
        }),
    );
    let composer = wait_for(&api, mark, Duration::from_secs(20), |c: &Call| {
        c.chat_id() == Some(ORGANISER) && c.buttons().iter().any(|(_, d)| d == "As")
    })
    .await;
    let id = composer.result()["message_id"].as_i64().unwrap_or_default();
    let message = api.current_message(ORGANISER, id).expect("the composer");
    let start_mark = api.mark();
    let started = Instant::now();
    api.push_update(
        "callback_query",
        json!({"id": "send", "from": user(ORGANISER), "message": message,
               "chat_instance": "o", "data": "As"}),
    );

    // Delegates use the desk meanwhile; each command's reply is timed.
    let mut pending: Vec<(i64, Instant)> = Vec::new();
    let mut latencies = Vec::new();
    let mut next_tap = Instant::now();
    let mut tapper = 0i64;
    let mut message_id = 10i64;
    let mut peak = 0;
    let mut seen = start_mark;
    let mut done = false;
    loop {
        peak = peak.max(peak_kib(pid));
        if done {
            break;
        }
        if started.elapsed() > Duration::from_secs(7200) {
            panic!("the broadcast did not finish in two hours");
        }
        if taps && Instant::now() >= next_tap {
            next_tap += TAP_EVERY;
            let chat = 500_000 + tapper % TAPPERS;
            tapper += 1;
            message_id += 1;
            pending.push((chat, Instant::now()));
            command(&api, chat, message_id, "/now");
        }
        // Only the calls since the last look (the list grows long).
        let new = api.calls_since(seen);
        seen += new.len();
        for c in &new {
            if c.method == "editMessageText"
                && c.chat_id() == Some(ORGANISER)
                && c.str("text").contains("delivered")
            {
                done = true;
            }
            if c.method == "sendMessage" && c.ok() {
                let chat = c.chat_id();
                if let Some(i) = pending.iter().position(|(p, _)| Some(*p) == chat) {
                    let (_, at) = pending.remove(i);
                    latencies.push(at.elapsed());
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let seconds = started.elapsed().as_secs_f64();
    let sent = api
        .calls_since(start_mark)
        .iter()
        .filter(|c| c.method == "copyMessage" && c.ok())
        .count();
    let messages = api
        .calls_since(start_mark)
        .iter()
        .filter(|c| {
            c.ok()
                && (c.method.starts_with("send")
                    || c.method == "copyMessage"
                    || c.method.starts_with("editMessage"))
        })
        .count();
    peak = peak.max(peak_kib(pid));
    let _ = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let _ = child.wait();
    let floods = api.floods();
    api.stop().await;
    latencies.sort();
    Run {
        recipients,
        seconds,
        sent,
        messages,
        rate_limit: rate,
        floods,
        latencies,
        peak_kib: peak,
    }
}

fn report(r: &Run) {
    let rate = r.sent as f64 / r.seconds;
    let all = r.messages as f64 / r.seconds;
    println!(
        "{:>7} recipients at {:>4}/s: {:>7} sent in {:>6.1} s = {:>6.1}/s; all messages {:>6.1}/s ({:>5.1} % of the limit) · 429s {} · replies p50 {:?} p99 {:?} ({} timed) · peak memory {:.1} MiB",
        r.recipients,
        r.rate_limit,
        r.sent,
        r.seconds,
        rate,
        all,
        100.0 * all / f64::from(r.rate_limit),
        r.floods,
        percentile(&r.latencies, 0.5),
        percentile(&r.latencies, 0.99),
        r.latencies.len(),
        r.peak_kib as f64 / 1024.0,
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    // `cargo bench` passes `--bench`; a number is the audience size.
    let n: Option<usize> = std::env::args().skip(1).find_map(|a| a.parse().ok());
    let memory_only = std::env::args().any(|a| a == "memory");
    let recipients = n.unwrap_or(10_000);
    println!("broadcast benchmark: the real binary, a fake Bot API enforcing the limit");
    if !memory_only {
        let at_limit = run(recipients, 30, false, true).await;
        report(&at_limit);
    }
    if n.is_none() {
        let mut sizes = HashMap::new();
        for size in [10_000usize, 100_000] {
            let r = run(size, 1000, true, false).await;
            report(&r);
            sizes.insert(size, r.peak_kib);
        }
        println!(
            "peak memory 100,000 vs 10,000 recipients: {:.2}×",
            sizes[&100_000] as f64 / sizes[&10_000].max(1) as f64
        );
    }
}
