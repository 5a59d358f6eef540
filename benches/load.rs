//! The desk under load, beside a bare teloxide echo bot under the same
//! load in the same run: the real binary against the fake Bot API of the
//! end-to-end tests, on loopback.
//!
//! 1,000 people (a few organisers scanning check-in links at the door, the
//! others delegates with an invitation and a profile), spread over the ten
//! languages, send a realistic mix: /start, /menu, presses of the buttons
//! the bot sent them (the programme's days, sessions and pages, venues,
//! taxi cards, transport, help, agenda, QR codes), typed questions in their
//! language (from `tests/questions/<lang>.txt`), the register buttons of the
//! parallel dialogues, /my, and check-in deep links. 10,000 more delegates
//! are registered beforehand (profile and place), straight into the
//! database.
//!
//! Figures: CPU per update (the bot process's utime + stime from
//! `/proc/<pid>/stat`) as a ratio to the echo bot's, reply latency p50 / p99
//! (from the push of an update to the bot's first request answering it, as
//! the fake Bot API timed its arrival), updates per second on one instance
//! (long polling, SQLite) and on one and two instances (webhook mode, one
//! PostgreSQL; updates POSTed alternately), peak memory (VmHWM), and the time
//! from start to the first `getUpdates` (median of 5 starts).
//!
//! ```sh
//! cargo build --release --example echo_bot   # the baseline, first
//! cargo bench --bench load                   # 3,000 updates a run
//! cargo bench --bench load -- 1000           # 1,000
//! ```
//!
//! The desk measured is the binary `cargo build --release` makes, which the
//! benchmark builds into `target/plain` (the one `cargo bench` builds beside
//! it also has the test-only dependencies' features, OpenSSL among them).
//!
//! Replies are not held to Telegram's 30 messages a second here
//! (`BROADCAST_RATE=1000`, `PAID_BROADCAST=true`): the echo bot has no
//! pace, and the figures are the bot's own cost. PostgreSQL is found at
//! `TEST_DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/test`);
//! a database of its own is created there and dropped afterwards (as the
//! tests do, with `tests/common/db.rs`).
//! Without a server the webhook rows are skipped.

#[path = "../tests/common/db.rs"]
mod db;
#[allow(dead_code)]
#[path = "../tests/e2e/fake_bot_api.rs"]
mod fake_bot_api;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fake_bot_api::FakeBotApi;
use serde_json::{Value, json};
use teloxide::Bot;

const TOKEN: &str = "123456:LOAD-BENCH-TOKEN";
const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");
/// Two days before the parallel dialogues: registration is open, and no
/// reminder or briefing falls due (the 10,000 would be sent one).
const NOW: &str = "2025-01-14T10:00:00+08:00";
/// Telegram's `language_code` of each language's people, and its question
/// set.
const LANGUAGE_CODES: [&str; 10] = [
    "en", "zh-hans", "id", "ms", "th", "vi", "fil", "km", "lo", "my",
];
const QUESTION_SETS: [&str; 10] = [
    "en", "zh-CN", "id", "ms", "th", "vi", "fil", "km", "lo", "my",
];
/// The people sending updates; the first `ORGANISERS` scan check-in links.
const PEOPLE: usize = 1000;
const ORGANISERS: usize = 5;
/// One update in this many is an organiser's (a scan, or "Mark as present").
const SCAN_EVERY: usize = 20;
const FIRST_PERSON: i64 = 2_000_000;
/// Delegates registered beforehand (profile and place).
const SEEDED: usize = 10_000;
const FIRST_SEEDED: i64 = 1_000_000;
const SESSIONS: [&str; 2] = ["dialogue-trade", "dialogue-tourism"];
const CAPACITY: usize = 120;
/// The steady load's rate, updates a second.
const RATE: f64 = 200.0;
/// Updates in flight in the throughput runs (pushed, not answered yet).
const WINDOW: usize = 128;
/// A button answered with a pop-up only: done when nothing else came
/// within this long.
const TOAST_ONLY: f64 = 2.0;
/// An update not answered within this long is counted lost.
const LOST: f64 = 30.0;
const STARTS: usize = 5;
const HOOK_PATH: &str = "/telegram/hook";
const HOOK_SECRET: &str = "load-bench-secret_0123";

// ---------------------------------------------------------------------------
// Clocks, processes
// ---------------------------------------------------------------------------

/// The fake Bot API's clock (`Call::at`), read from here.
#[derive(Clone, Copy)]
struct Clock {
    base: Instant,
    /// Server time minus `base.elapsed()`, seconds.
    offset: f64,
}

impl Clock {
    fn now(&self) -> f64 {
        self.base.elapsed().as_secs_f64() + self.offset
    }

    /// Times a few `getMe` requests of our own against the server's record
    /// of them; keeps the tightest.
    async fn calibrate(api: &FakeBotApi, http: &Bot) -> Clock {
        let base = Instant::now();
        let mut best = (f64::MAX, 0.0);
        for _ in 0..20 {
            let mark = api.mark();
            let t0 = base.elapsed().as_secs_f64();
            let sent = http
                .client()
                .post(format!("{}bot{TOKEN}/getMe", api.url()))
                .send()
                .await;
            let t1 = base.elapsed().as_secs_f64();
            assert!(sent.is_ok(), "the fake Bot API does not answer");
            let at = api
                .calls_since(mark)
                .iter()
                .find(|c| c.method == "getMe")
                .map(|c| c.at.as_secs_f64())
                .expect("getMe recorded");
            if t1 - t0 < best.0 {
                best = (t1 - t0, at - (t0 + t1) / 2.0);
            }
        }
        Clock {
            base,
            offset: best.1,
        }
    }
}

fn clock_ticks_per_second() -> f64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|s| s.trim().parse().ok())
        .unwrap_or(100.0)
}

/// A bot process, killed on drop if still running.
struct Proc {
    name: String,
    child: Child,
    log: PathBuf,
    stopped: bool,
}

impl Proc {
    fn spawn(name: &str, mut cmd: Command, log: PathBuf) -> Proc {
        let file = std::fs::File::create(&log).expect("log file");
        cmd.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::from(file));
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {name}: {e}"));
        Proc {
            name: name.to_string(),
            child,
            log,
            stopped: false,
        }
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    /// utime + stime so far, in clock ticks (every thread).
    fn cpu_ticks(&self) -> u64 {
        let stat =
            std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).unwrap_or_default();
        // After the command name, in parentheses: state is the first field,
        // utime the 12th and stime the 13th (fields 14 and 15 of stat(5)).
        let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let field = |i: usize| {
            fields
                .get(i)
                .and_then(|f| f.parse::<u64>().ok())
                .unwrap_or(0)
        };
        field(11) + field(12)
    }

    /// Peak resident memory (VmHWM), KiB.
    fn peak_kib(&self) -> u64 {
        std::fs::read_to_string(format!("/proc/{}/status", self.pid()))
            .ok()
            .and_then(|s| {
                s.lines()
                    .find(|l| l.starts_with("VmHWM:"))
                    .and_then(|l| l.split_whitespace().nth(1))
                    .and_then(|n| n.parse().ok())
            })
            .unwrap_or(0)
    }

    /// Resident memory now, by kind (`/proc/<pid>/smaps_rollup`): the
    /// heap, stacks and relocated data (anonymous) and the binary's own
    /// pages and other files (file-backed), KiB.
    fn resident_kib(&self) -> (u64, u64) {
        let rollup = std::fs::read_to_string(format!("/proc/{}/smaps_rollup", self.pid()))
            .unwrap_or_default();
        let field = |name: &str| {
            rollup
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse::<u64>().ok())
                .unwrap_or(0)
        };
        let anon = field("Anonymous:");
        (anon, field("Rss:").saturating_sub(anon))
    }

    /// Log lines at WARN and ERROR so far, by message: (count, level and
    /// message), most frequent first.
    fn warnings(&self) -> Vec<(usize, String)> {
        let log = strip_ansi(&std::fs::read_to_string(&self.log).unwrap_or_default());
        let mut counts: HashMap<String, usize> = HashMap::new();
        for line in log.lines() {
            let Some(at) = line.find(" WARN ").or(line.find(" ERROR ")) else {
                continue;
            };
            // The level, the target and the message, without the fields.
            let what: String = line[at..]
                .split(" = ")
                .next()
                .unwrap_or_default()
                .split('=')
                .next()
                .unwrap_or_default()
                .chars()
                .take(160)
                .collect();
            *counts.entry(what.trim().to_string()).or_default() += 1;
        }
        let mut list: Vec<(usize, String)> = counts.into_iter().map(|(k, n)| (n, k)).collect();
        list.sort_by(|a, b| b.cmp(a));
        list
    }

    fn report_warnings(&self) {
        for (n, what) in self.warnings().iter().take(4) {
            println!("    {}: {n} × {what}", self.name);
        }
    }

    /// SIGTERM, then waits (at most 15 s) for the exit.
    async fn stop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            match self.child.try_wait() {
                Ok(Some(_)) => break,
                Ok(None) if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                }
                _ => {
                    eprintln!(
                        "{} did not stop within 15 s after SIGTERM; killed",
                        self.name
                    );
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    break;
                }
            }
        }
        self.stopped = true;
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        if !self.stopped {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn desk_command(api: &FakeBotApi, database_url: &str, folder: &Path) -> Command {
    // `LOAD_BENCH_WRAP="valgrind --tool=callgrind"`: the desk runs under it
    // (for a profile; the figures are then the wrapper's).
    let wrap: Vec<String> = std::env::var("LOAD_BENCH_WRAP")
        .unwrap_or_default()
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let organisers: Vec<String> = (0..ORGANISERS)
        .map(|i| (FIRST_PERSON + i as i64).to_string())
        .collect();
    let mut cmd = match wrap.split_first() {
        Some((program, args)) => {
            let mut c = Command::new(program);
            c.args(args).arg(desk_bin());
            c
        }
        None => Command::new(desk_bin()),
    };
    cmd.arg("run")
        .current_dir(folder)
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", api.url())
        .env("DATABASE_URL", database_url)
        .env("DELEGATE_DESK_NOW", NOW)
        .env("ORGANISER_IDS", organisers.join(","))
        .env("BROADCAST_RATE", "1000")
        .env("PAID_BROADCAST", "true")
        .env("RUST_LOG", "info")
        .env_remove("EVENT_DIR")
        .env_remove("LOCALES_DIR")
        .env_remove("VOLUNTEER_CHAT_ID")
        .env_remove("METRICS_ADDR")
        .env_remove("WEBHOOK_URL")
        .env_remove("WEBHOOK_SECRET")
        .env_remove("WEBHOOK_LISTEN")
        .env_remove("LOG_FORMAT");
    cmd
}

/// The desk as `cargo build --release` makes it, built once into
/// `target/plain`: the binary `cargo bench` builds beside the benchmark has
/// the features of the test-only dependencies too (teloxide_tests brings
/// OpenSSL, which the desk itself does not link).
fn desk_bin() -> PathBuf {
    static BIN: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().expect("the benchmark's path");
        // target/release/deps/load-… → target
        let target = exe
            .parent()
            .and_then(Path::parent)
            .and_then(Path::parent)
            .expect("the benchmark runs from target/<profile>/deps");
        let plain = target.join("plain");
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        println!(
            "  building the desk as `cargo build --release` does, into {} (a few minutes the first time)",
            plain.display()
        );
        let status = Command::new(cargo)
            .args(["build", "--release", "--locked", "--bin", "delegate-desk"])
            .arg("--target-dir")
            .arg(&plain)
            .current_dir(MANIFEST_DIR)
            .status()
            .expect("cargo runs");
        assert!(status.success(), "the desk did not build");
        plain.join("release").join("delegate-desk")
    })
    .clone()
}

/// The echo bot, built beside this benchmark (`target/release/examples`).
fn echo_bin() -> PathBuf {
    let exe = std::env::current_exe().expect("the benchmark's path");
    // target/release/deps/load-… → target/release/examples/echo_bot
    let release = exe
        .parent()
        .and_then(Path::parent)
        .expect("the benchmark runs from target/<profile>/deps");
    let bin = release.join("examples").join("echo_bot");
    assert!(
        bin.exists(),
        "no echo bot at {}: build it first with `cargo build --release --example echo_bot` \
         (the same CARGO_TARGET_DIR as the benchmark)",
        bin.display()
    );
    bin
}

fn echo_command(api: &FakeBotApi, folder: &Path) -> Command {
    let mut cmd = Command::new(echo_bin());
    cmd.current_dir(folder)
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", api.url())
        .env_remove("RUST_LOG");
    cmd
}

/// A free port on loopback (bound, then given back).
fn free_addr() -> SocketAddr {
    let socket = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
    socket.local_addr().expect("its address")
}

/// The arrival of the first `getUpdates` at or after `since` (server
/// clock; calls are recorded as they end, so a long poll of a process
/// stopped before may be recorded after `from`).
async fn first_poll(api: &FakeBotApi, from: usize, since: f64, bot: &Proc) -> f64 {
    match api
        .wait_for_from(from, "getUpdates", Duration::from_secs(60), |c| {
            c.at.as_secs_f64() >= since
        })
        .await
    {
        Ok(c) => c.at.as_secs_f64(),
        Err(e) => panic!(
            "{} never polled: {e}\n{}",
            bot.name,
            std::fs::read_to_string(&bot.log).unwrap_or_default()
        ),
    }
}

/// Starts the bot `STARTS` times; the median time from the spawn to its
/// first `getUpdates`, in seconds.
async fn start_times(
    api: &FakeBotApi,
    clock: Clock,
    name: &str,
    dir: &Path,
    make: impl Fn() -> Command,
) -> f64 {
    let mut times = Vec::new();
    for i in 0..STARTS {
        let mark = api.mark();
        let t0 = clock.now();
        let mut bot = Proc::spawn(name, make(), dir.join(format!("{name}-start-{i}.log")));
        let at = first_poll(api, mark, t0, &bot).await;
        times.push(at - t0);
        bot.stop().await;
    }
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

// ---------------------------------------------------------------------------
// Databases
// ---------------------------------------------------------------------------

/// Registers `SEEDED` delegates (invitation, complete profile, a place in a
/// parallel dialogue: 120 confirmed in each, the others waitlisted) and
/// gives the load's people an invitation and a profile (no place); returns
/// the check-in tokens of the confirmed places.
async fn seed(url: &str, api: &FakeBotApi) -> Vec<String> {
    use delegate_desk::db::registrations::Status;
    use delegate_desk::db::{Db, attendees, delegates, invitations, registrations};
    use delegate_desk::registration::codes;

    let db = Db::connect(url).await.expect("the database opens");
    db.migrate().await.expect("migrations apply");
    let mut tx = db.begin_write().await.expect("a transaction");
    let now = chrono::Utc::now();
    let profile = |i: usize| attendees::ProfileRow {
        full_name: Some(format!("Delegate {i}")),
        title: Some("Deputy Mayor".into()),
        city: Some("Chiang Mai".into()),
        country_code: Some("th".into()),
        country_other: None,
        organisation: Some("City Hall".into()),
        diet: Some(["none", "halal", "vegetarian"][i % 3].into()),
        diet_note: None,
        interpretation: Some("en".into()),
    };
    let mut tokens = Vec::new();
    let mut invitation = String::new();
    for i in 0..SEEDED + PEOPLE {
        let (id, seeded) = if i < SEEDED {
            (FIRST_SEEDED + i as i64, true)
        } else {
            (FIRST_PERSON + (i - SEEDED) as i64, false)
        };
        if i.is_multiple_of(100) {
            invitation = codes::random().expect("random numbers");
            invitations::create(
                &mut tx,
                &invitation,
                &format!("Delegation {}", i / 100),
                100,
                None,
                None,
                now,
            )
            .await
            .expect("an invitation");
        }
        delegates::seen(&mut tx, id, Some(LANGUAGE_CODES[i % 10]), now)
            .await
            .expect("a delegate");
        api.add_private_chat(id, "D");
        if !seeded && i - SEEDED < ORGANISERS {
            continue;
        }
        attendees::join(&mut tx, id, &invitation, now)
            .await
            .expect("an attendee");
        attendees::save_profile(&mut tx, id, &profile(i), now)
            .await
            .expect("a profile");
        if seeded {
            let status = if i / 2 < CAPACITY {
                Status::Confirmed
            } else {
                Status::Waitlisted
            };
            let token = codes::random().expect("random numbers");
            registrations::insert(&mut tx, SESSIONS[i % 2], id, status, &token, now)
                .await
                .expect("a place");
            if status == Status::Confirmed {
                tokens.push(token);
            }
        }
    }
    tx.commit().await.expect("commit");
    db.close().await;
    tokens
}

// ---------------------------------------------------------------------------
// The load
// ---------------------------------------------------------------------------

/// Typed questions per language, from the quality sets.
fn questions() -> Vec<Vec<String>> {
    QUESTION_SETS
        .iter()
        .map(|code| {
            let path = Path::new(MANIFEST_DIR)
                .join("tests/questions")
                .join(format!("{code}.txt"));
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let list: Vec<String> = text
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .filter_map(|l| l.split_once('|'))
                .map(|(_, q)| q.trim().to_string())
                .filter(|q| !q.is_empty())
                .collect();
            assert!(!list.is_empty(), "no questions in {}", path.display());
            list
        })
        .collect()
}

struct Pending {
    pushed: f64,
    query: Option<String>,
    first: Option<f64>,
    content: Option<f64>,
}

struct Person {
    id: i64,
    lang: usize,
    organiser: bool,
    next_message: i64,
    /// The last message the bot sent or edited for them with buttons: its
    /// id and the buttons' data.
    screen: Option<(i64, Vec<String>)>,
    pending: Option<Pending>,
}

enum Action {
    Command(String),
    Text(String),
    Press(String),
}

/// Where updates go.
enum Target {
    Polling,
    /// POSTed to each instance in turn.
    Webhook(Vec<SocketAddr>),
}

#[derive(Clone, Copy)]
enum Mode {
    /// A steady rate, updates a second.
    Rate(f64),
    /// As fast as the bot takes them: this many in flight.
    Window(usize),
}

#[derive(Default)]
struct Outcome {
    pushed: usize,
    completed: usize,
    toast_only: usize,
    lost: usize,
    post_errors: usize,
    /// Push → first answering request, and → first message sent or edited.
    first: Vec<f64>,
    content: Vec<f64>,
    /// Server clock: first push, last push, last completion.
    start: f64,
    push_end: f64,
    end: f64,
    /// Bot API requests the bot made meanwhile (besides `getUpdates`).
    requests: usize,
}

impl Outcome {
    fn per_second(&self) -> f64 {
        self.completed as f64 / (self.end - self.start).max(1e-9)
    }
}

/// Browsing buttons a delegate presses: the programme's days, sessions and
/// pages, now, venues and their pins and taxi cards, transport and its
/// topics, help, the menu, the dialogues, the agenda and its calendar
/// file, check-in codes, announcements, settings. (Not the language picker,
/// the profile's corrections or volunteers, which change what later
/// updates mean.)
fn browsing(data: &str) -> bool {
    matches!(
        data,
        "m" | "S" | "n" | "V" | "T" | "h" | "D" | "M" | "B" | "G" | "I"
    ) || ["d:", "s:", "v:", "x:", "t:", "Q:"]
        .iter()
        .any(|p| data.starts_with(p))
}

struct Load<'a> {
    api: &'a FakeBotApi,
    http: &'a Bot,
    clock: Clock,
    echo: bool,
    people: Vec<Person>,
    by_chat: HashMap<i64, usize>,
    by_query: HashMap<String, usize>,
    questions: &'a [Vec<String>],
    tokens: &'a [String],
    next_token: usize,
    next_query: u64,
    rng: u64,
    seen: usize,
}

impl<'a> Load<'a> {
    fn new(
        api: &'a FakeBotApi,
        http: &'a Bot,
        clock: Clock,
        echo: bool,
        questions: &'a [Vec<String>],
        tokens: &'a [String],
    ) -> Load<'a> {
        let people: Vec<Person> = (0..PEOPLE)
            .map(|i| Person {
                id: FIRST_PERSON + i as i64,
                lang: i % 10,
                organiser: !echo && i < ORGANISERS,
                next_message: 100_000_000,
                screen: None,
                pending: None,
            })
            .collect();
        let by_chat = people.iter().enumerate().map(|(i, p)| (p.id, i)).collect();
        Load {
            api,
            http,
            clock,
            echo,
            people,
            by_chat,
            by_query: HashMap::new(),
            questions,
            tokens,
            next_token: 0,
            next_query: 0,
            rng: 0x9E37_79B9_7F4A_7C15,
            seen: api.mark(),
        }
    }

    fn random(&mut self, below: usize) -> usize {
        // xorshift64*
        self.rng ^= self.rng >> 12;
        self.rng ^= self.rng << 25;
        self.rng ^= self.rng >> 27;
        (self.rng.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % below.max(1)
    }

    fn question(&mut self, lang: usize) -> String {
        let n = self.questions[lang].len();
        let k = self.random(n);
        self.questions[lang][k].clone()
    }

    /// What person `i` does next.
    fn action(&mut self, i: usize) -> Action {
        let lang = self.people[i].lang;
        if self.echo {
            return Action::Text(self.question(lang));
        }
        let buttons: Vec<String> = self.people[i]
            .screen
            .as_ref()
            .map(|(_, b)| b.clone())
            .unwrap_or_default();
        let find = |pred: &dyn Fn(&str) -> bool| buttons.iter().find(|d| pred(d)).cloned();
        if self.people[i].organiser {
            if let Some(mark) = find(&|d| d.starts_with("k:")) {
                return Action::Press(mark);
            }
            let token = &self.tokens[self.next_token % self.tokens.len()];
            self.next_token += 1;
            return Action::Command(format!("/start ci_{token}"));
        }
        match self.random(100) {
            0..8 => Action::Command("/start".into()),
            8..20 => Action::Command("/menu".into()),
            20..65 => {
                let choices: Vec<&String> = buttons.iter().filter(|d| browsing(d)).collect();
                if choices.is_empty() {
                    let k = self.random(3);
                    Action::Command(["/schedule", "/menu", "/venues"][k].into())
                } else {
                    let k = self.random(choices.len());
                    Action::Press(choices[k].clone())
                }
            }
            65..80 => Action::Text(self.question(lang)),
            80..90 => {
                if let Some(d) = find(&|d| d.starts_with("R:") || d.starts_with("W:")) {
                    Action::Press(d)
                } else if let Some(d) = find(&|d| d.starts_with("s:dialogue-")) {
                    Action::Press(d)
                } else {
                    Action::Command("/dialogues".into())
                }
            }
            90..95 => Action::Command("/my".into()),
            _ => {
                let k = self.random(4);
                Action::Command(["/now", "/venues", "/transport", "/help"][k].into())
            }
        }
    }

    /// The update for person `i`'s next action: (kind, payload, query id).
    fn update(&mut self, i: usize) -> (&'static str, Value, Option<String>) {
        let action = self.action(i);
        let p = &mut self.people[i];
        let user = json!({
            "id": p.id, "is_bot": false, "first_name": "D",
            "language_code": LANGUAGE_CODES[p.lang],
        });
        let chat = json!({"id": p.id, "type": "private", "first_name": "D"});
        let message_shown = match (&action, &p.screen) {
            (Action::Press(_), Some((id, _))) => self.api.current_message(p.id, *id),
            _ => None,
        };
        let action = match (action, message_shown) {
            (Action::Press(data), Some(message)) => {
                self.next_query += 1;
                let id = format!("q{}", self.next_query);
                return (
                    "callback_query",
                    json!({"id": id, "from": user, "message": message,
                           "chat_instance": format!("ci-{}", p.id), "data": data}),
                    Some(id),
                );
            }
            (Action::Press(_), None) => Action::Command("/menu".into()),
            (other, _) => other,
        };
        p.next_message += 1;
        let mut message = json!({
            "message_id": p.next_message,
            "from": user,
            "chat": chat,
            "date": 1_736_820_000,
        });
        match action {
            Action::Command(text) => {
                let length = text
                    .split_whitespace()
                    .next()
                    .unwrap_or(&text)
                    .encode_utf16()
                    .count();
                message["text"] = json!(text);
                message["entities"] =
                    json!([{"type": "bot_command", "offset": 0, "length": length}]);
            }
            Action::Text(text) | Action::Press(text) => message["text"] = json!(text),
        }
        ("message", message, None)
    }

    /// Pushes person `i`'s next update.
    async fn push(&mut self, i: usize, target: &Target, k: usize, out: &mut Outcome) {
        let (kind, payload, query) = self.update(i);
        if let Some(q) = &query {
            self.by_query.insert(q.clone(), i);
        }
        let pushed = self.clock.now();
        self.people[i].pending = Some(Pending {
            pushed,
            query,
            first: None,
            content: None,
        });
        match target {
            Target::Polling => {
                self.api.push_update(kind, payload);
            }
            Target::Webhook(addrs) => {
                let update = self.api.webhook_update(kind, payload);
                let addr = addrs[k % addrs.len()];
                let answer = self
                    .http
                    .client()
                    .post(format!("http://{addr}{HOOK_PATH}"))
                    .header("Content-Type", "application/json")
                    .header("X-Telegram-Bot-Api-Secret-Token", HOOK_SECRET)
                    .body(update.to_string())
                    .send()
                    .await;
                if !answer.is_ok_and(|a| a.status().as_u16() == 200) {
                    out.post_errors += 1;
                }
            }
        }
    }

    /// Reads the bot's new requests: who they answer, and the screens with
    /// buttons.
    fn absorb(&mut self) {
        let new = self.api.calls_since(self.seen);
        self.seen += new.len();
        for c in &new {
            let callback = c.method == "answerCallbackQuery";
            let who = if callback {
                self.by_query.get(c.str("callback_query_id")).copied()
            } else {
                c.chat_id().and_then(|id| self.by_chat.get(&id).copied())
            };
            let Some(i) = who else { continue };
            let at = c.at.as_secs_f64();
            let p = &mut self.people[i];
            if !callback && c.ok() {
                let data: Vec<String> = c
                    .buttons()
                    .into_iter()
                    .map(|(_, d)| d)
                    .filter(|d| !d.is_empty())
                    .collect();
                let id = c.result()["message_id"]
                    .as_i64()
                    .or(c.body["message_id"].as_i64());
                if let (false, Some(id)) = (data.is_empty(), id) {
                    p.screen = Some((id, data));
                }
            }
            if let Some(pending) = &mut p.pending
                && at >= pending.pushed - 0.001
            {
                if callback && pending.query.as_deref() != Some(c.str("callback_query_id")) {
                    continue;
                }
                pending.first.get_or_insert(at);
                if !callback {
                    pending.content.get_or_insert(at);
                }
            }
        }
    }

    /// Counts the updates answered (or given up) by `now`; how many are
    /// still in flight.
    fn settle(&mut self, now: f64, out: &mut Outcome) -> usize {
        let mut in_flight = 0;
        for p in &mut self.people {
            let Some(pending) = &p.pending else { continue };
            if let Some(content) = pending.content {
                out.first
                    .push(pending.first.unwrap_or(content) - pending.pushed);
                out.content.push(content - pending.pushed);
                out.completed += 1;
                out.end = out.end.max(content);
            } else if let Some(first) = pending.first
                && now - first > TOAST_ONLY
            {
                out.first.push(first - pending.pushed);
                out.completed += 1;
                out.toast_only += 1;
                out.end = out.end.max(first);
            } else if now - pending.pushed > LOST {
                out.lost += 1;
            } else {
                in_flight += 1;
                continue;
            }
            if let Some(q) = &pending.query {
                self.by_query.remove(q);
            }
            p.pending = None;
        }
        in_flight
    }

    /// The next person free to act: every `SCAN_EVERY`th push an
    /// organiser's, if one is free; otherwise the next delegate in turn.
    fn next_free(&self, pushed: usize, cursor: &mut usize) -> Option<usize> {
        let organisers = if self.echo { 0 } else { ORGANISERS };
        if organisers > 0 && pushed.is_multiple_of(SCAN_EVERY) {
            let k = (pushed / SCAN_EVERY) % organisers;
            if let Some(i) = (0..organisers)
                .map(|j| (k + j) % organisers)
                .find(|&i| self.people[i].pending.is_none())
            {
                return Some(i);
            }
        }
        let delegates = PEOPLE - organisers;
        let found = (0..delegates)
            .map(|j| organisers + (*cursor + j) % delegates)
            .find(|&i| self.people[i].pending.is_none())?;
        *cursor = found - organisers + 1;
        Some(found)
    }

    async fn drive(&mut self, n: usize, mode: Mode, target: &Target) -> Outcome {
        let mut out = Outcome::default();
        let mut cursor = 0;
        let start = self.clock.now();
        out.start = start;
        let mut in_flight = 0;
        loop {
            let now = self.clock.now();
            let due = match mode {
                Mode::Rate(rate) => (((now - start) * rate) as usize + 1).min(n),
                Mode::Window(w) => (out.pushed + w.saturating_sub(in_flight)).min(n),
            };
            while out.pushed < due {
                let Some(i) = self.next_free(out.pushed, &mut cursor) else {
                    break;
                };
                self.push(i, target, out.pushed, &mut out).await;
                out.pushed += 1;
                if out.pushed == n {
                    out.push_end = self.clock.now();
                }
            }
            self.absorb();
            in_flight = self.settle(self.clock.now(), &mut out);
            if out.pushed >= n && in_flight == 0 {
                break;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        out.first.sort_by(f64::total_cmp);
        out.content.sort_by(f64::total_cmp);
        out
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(s: f64) -> String {
    if s.is_nan() {
        "—".into()
    } else if s < 0.01 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.0} ms", s * 1e3)
    }
}

/// One line about a run, as it ends.
fn describe(what: &str, o: &Outcome) {
    println!(
        "  {what}: {} pushed in {:.1} s ({:.0}/s), {} answered ({} by a pop-up only), {} lost, \
         {} refused POSTs; {:.0} answered/s; first answer p50 {} p99 {}, first message p50 {} p99 {}{}",
        o.pushed,
        o.push_end - o.start,
        o.pushed as f64 / (o.push_end - o.start).max(1e-9),
        o.completed,
        o.toast_only,
        o.lost,
        o.post_errors,
        o.per_second(),
        ms(percentile(&o.first, 0.5)),
        ms(percentile(&o.first, 0.99)),
        ms(percentile(&o.content, 0.5)),
        ms(percentile(&o.content, 0.99)),
        if o.requests > 0 {
            format!(
                "; {:.2} Bot API requests an update",
                o.requests as f64 / o.pushed.max(1) as f64
            )
        } else {
            String::new()
        },
    );
}

/// A steady load on a running bot: the outcome and its CPU seconds.
async fn measured(load: &mut Load<'_>, bot: &Proc, n: usize, mode: Mode) -> (Outcome, f64) {
    let ticks = clock_ticks_per_second();
    let before = bot.cpu_ticks();
    let mark = load.api.mark();
    let mut out = load.drive(n, mode, &Target::Polling).await;
    let cpu = (bot.cpu_ticks() - before) as f64 / ticks;
    out.requests = load
        .api
        .calls_since(mark)
        .iter()
        .filter(|c| c.method != "getUpdates")
        .count();
    (out, cpu)
}

/// Removes colour codes from log output.
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn uptime() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_default()
}

/// What every run shares.
#[derive(Clone, Copy)]
struct Ctx<'a> {
    api: &'a FakeBotApi,
    http: &'a Bot,
    clock: Clock,
    questions: &'a [Vec<String>],
    dir: &'a Path,
}

/// Webhook instances on one database; the throughput of `n` updates.
async fn webhook_run(
    ctx: &Ctx<'_>,
    tokens: &[String],
    database_url: &str,
    instances: usize,
    n: usize,
) -> (Outcome, f64, u64) {
    let Ctx {
        api,
        http,
        clock,
        questions,
        dir,
    } = *ctx;
    let mut bots = Vec::new();
    let mut addrs = Vec::new();
    for k in 0..instances {
        let addr = free_addr();
        let mut cmd = desk_command(api, database_url, dir);
        cmd.env(
            "WEBHOOK_URL",
            format!("https://desk.example.org{HOOK_PATH}"),
        )
        .env("WEBHOOK_SECRET", HOOK_SECRET)
        .env("WEBHOOK_LISTEN", addr.to_string());
        let name = format!("desk-webhook-{instances}-{k}");
        let log = dir.join(format!("{name}.log"));
        bots.push(Proc::spawn(&name, cmd, log));
        addrs.push(addr);
    }
    for (bot, addr) in bots.iter().zip(&addrs) {
        let deadline = Instant::now() + Duration::from_secs(60);
        while tokio::net::TcpStream::connect(addr).await.is_err() {
            assert!(
                Instant::now() < deadline,
                "{} does not listen on {addr}:\n{}",
                bot.name,
                std::fs::read_to_string(&bot.log).unwrap_or_default()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    // Let start-up work (profiles, first looks at the outbox) pass.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let ticks = clock_ticks_per_second();
    let before: u64 = bots.iter().map(Proc::cpu_ticks).sum();
    let mut load = Load::new(api, http, clock, false, questions, tokens);
    let out = load
        .drive(n, Mode::Window(WINDOW), &Target::Webhook(addrs))
        .await;
    let cpu = (bots.iter().map(Proc::cpu_ticks).sum::<u64>() - before) as f64 / ticks;
    let peak = bots.iter().map(Proc::peak_kib).max().unwrap_or(0);
    for bot in &mut bots {
        bot.report_warnings();
        bot.stop().await;
    }
    (out, cpu, peak)
}

// ---------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------

struct Row {
    figure: String,
    desk: String,
    echo: String,
    goal: String,
    met: String,
}

fn row(figure: &str, desk: String, echo: String, goal: &str, met: Option<bool>) -> Row {
    Row {
        figure: figure.into(),
        desk,
        echo,
        goal: goal.into(),
        met: match met {
            Some(true) => "✅ met".into(),
            Some(false) => "❌ missed".into(),
            None => "—".into(),
        },
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    // `cargo bench` passes `--bench`; a number is the updates of each run.
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(3000);
    // Fails early, saying how to build it, if the echo bot is missing; then
    // builds the desk without the test-only dependencies.
    echo_bin();
    desk_bin();
    println!(
        "load benchmark: {n} updates a run from {PEOPLE} people in 10 languages; {SEEDED} delegates registered; \
         load average at start {}",
        uptime()
    );

    let api = FakeBotApi::start(TOKEN).await.expect("the fake Bot API");
    let http = Bot::new(TOKEN);
    let clock = Clock::calibrate(&api, &http).await;
    let questions = questions();
    let dir = tempfile::tempdir().expect("a temporary folder");
    let database = dir.path().join("desk.db");
    let sqlite = format!("sqlite://{}", database.display());
    let seeding = Instant::now();
    let tokens = seed(&sqlite, &api).await;
    println!(
        "  seeded {SEEDED} registered delegates and {PEOPLE} people on SQLite in {:.1} s",
        seeding.elapsed().as_secs_f64()
    );
    let mut rows = Vec::new();

    // Start-up: spawn → first getUpdates.
    let desk_start = start_times(&api, clock, "desk", dir.path(), || {
        desk_command(&api, &sqlite, dir.path())
    })
    .await;
    let echo_start = start_times(&api, clock, "echo", dir.path(), || {
        echo_command(&api, dir.path())
    })
    .await;
    println!(
        "  start to first poll, median of {STARTS}: desk {}, echo bot {}",
        ms(desk_start),
        ms(echo_start)
    );

    // The steady load, then as fast as it goes, on one desk (SQLite, polling).
    let mark = api.mark();
    let mut desk = Proc::spawn(
        "desk",
        desk_command(&api, &sqlite, dir.path()),
        dir.path().join("desk.log"),
    );
    first_poll(&api, mark, clock.now() - 1.0, &desk).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let desk_peak_idle = desk.peak_kib();
    let desk_idle_parts = desk.resident_kib();
    // What the desk spends doing nothing (timers, the outbox, changes).
    let idle_before = desk.cpu_ticks();
    tokio::time::sleep(Duration::from_secs(3)).await;
    let desk_idle = (desk.cpu_ticks() - idle_before) as f64 / clock_ticks_per_second() / 3.0;
    let mut load = Load::new(&api, &http, clock, false, &questions, &tokens);
    let (desk_load, desk_cpu) = measured(&mut load, &desk, n, Mode::Rate(RATE)).await;
    describe("desk, steady load (SQLite, polling)", &desk_load);
    let desk_peak_load = desk.peak_kib();
    let desk_load_parts = desk.resident_kib();
    let (desk_burst, desk_burst_cpu) = measured(&mut load, &desk, n, Mode::Window(WINDOW)).await;
    describe("desk, as fast as it goes (SQLite, polling)", &desk_burst);
    let desk_peak_burst = desk.peak_kib();
    desk.report_warnings();
    desk.stop().await;
    let violations = api.violations();
    if !violations.is_empty() {
        println!(
            "  Bot API violations so far: {} (first: {})",
            violations.len(),
            violations[0]
        );
    }

    // The echo bot under the same shape of load (text messages).
    let mark = api.mark();
    let mut bot = Proc::spawn(
        "echo",
        echo_command(&api, dir.path()),
        dir.path().join("echo.log"),
    );
    first_poll(&api, mark, clock.now() - 1.0, &bot).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let mut load = Load::new(&api, &http, clock, true, &questions, &tokens);
    let (echo_load, echo_cpu) = measured(&mut load, &bot, n, Mode::Rate(RATE)).await;
    describe("echo bot, steady load", &echo_load);
    let echo_peak = bot.peak_kib();
    let (echo_burst, _) = measured(&mut load, &bot, n, Mode::Window(WINDOW)).await;
    describe("echo bot, as fast as it goes", &echo_burst);
    bot.stop().await;

    // Webhook mode on PostgreSQL: one instance, then two.
    let mut webhook = Vec::new();
    match db::TestDb::postgres().await {
        Some(pg) => {
            let seeding = Instant::now();
            let pg_tokens = seed(&pg.url, &api).await;
            println!(
                "  seeded PostgreSQL in {:.1} s",
                seeding.elapsed().as_secs_f64()
            );
            for instances in [1, 2] {
                let ctx = Ctx {
                    api: &api,
                    http: &http,
                    clock,
                    questions: &questions,
                    dir: dir.path(),
                };
                let (out, cpu, peak) = webhook_run(&ctx, &pg_tokens, &pg.url, instances, n).await;
                describe(
                    &format!("{instances} desk(s), webhook, PostgreSQL, as fast as they go"),
                    &out,
                );
                println!(
                    "    CPU {:.2} ms per update (all instances), peak memory {:.1} MiB",
                    1e3 * cpu / out.completed.max(1) as f64,
                    peak as f64 / 1024.0
                );
                webhook.push((instances, out));
            }
            drop(pg);
        }
        None => println!("  PostgreSQL unreachable: webhook runs skipped"),
    }
    let violations = api.violations();
    api.stop().await;

    // The table.
    let per_update = |cpu: f64, o: &Outcome| cpu / o.completed.max(1) as f64;
    let desk_cpu_u = per_update(desk_cpu, &desk_load);
    let echo_cpu_u = per_update(echo_cpu, &echo_load);
    let ratio = desk_cpu_u / echo_cpu_u.max(1e-9);
    rows.push(row(
        "CPU per update (steady load)",
        format!("{:.2} ms", desk_cpu_u * 1e3),
        format!("{:.2} ms", echo_cpu_u * 1e3),
        "",
        None,
    ));
    rows.push(row(
        "CPU per update, desk ÷ echo bot",
        format!("{ratio:.1}×"),
        "1×".into(),
        "≤ 2×",
        Some(ratio <= 2.0),
    ));
    let desk_net = (desk_cpu - desk_idle * (desk_load.end - desk_load.start)).max(0.0);
    rows.push(row(
        "… less the desk's idle CPU",
        format!(
            "{:.1}× (idle {:.1} % of a core)",
            per_update(desk_net, &desk_load) / echo_cpu_u.max(1e-9),
            desk_idle * 100.0
        ),
        "".into(),
        "≤ 2×",
        Some(per_update(desk_net, &desk_load) / echo_cpu_u.max(1e-9) <= 2.0),
    ));
    // The echo bot sends one message an update; the desk also answers
    // each button press (a spinner to stop) and sends QR codes as photos.
    let per_request = |cpu: f64, o: &Outcome| cpu / o.requests.max(1) as f64;
    rows.push(row(
        "Bot API requests an update (besides getUpdates)",
        format!(
            "{:.2}",
            desk_load.requests as f64 / desk_load.pushed.max(1) as f64
        ),
        format!(
            "{:.2}",
            echo_load.requests as f64 / echo_load.pushed.max(1) as f64
        ),
        "",
        None,
    ));
    rows.push(row(
        "CPU per Bot API request, desk ÷ echo bot",
        format!(
            "{:.1}×",
            per_request(desk_cpu, &desk_load) / per_request(echo_cpu, &echo_load).max(1e-9)
        ),
        "1×".into(),
        "",
        None,
    ));
    rows.push(row(
        "CPU per update, as fast as it goes",
        format!("{:.2} ms", 1e3 * per_update(desk_burst_cpu, &desk_burst)),
        "".into(),
        "",
        None,
    ));
    rows.push(row(
        &format!("reply latency p50 / p99 at {RATE:.0}/s (first answering request)"),
        format!(
            "{} / {}",
            ms(percentile(&desk_load.first, 0.5)),
            ms(percentile(&desk_load.first, 0.99))
        ),
        format!(
            "{} / {}",
            ms(percentile(&echo_load.first, 0.5)),
            ms(percentile(&echo_load.first, 0.99))
        ),
        "",
        None,
    ));
    rows.push(row(
        "… to the first message sent or edited",
        format!(
            "{} / {}",
            ms(percentile(&desk_load.content, 0.5)),
            ms(percentile(&desk_load.content, 0.99))
        ),
        format!(
            "{} / {}",
            ms(percentile(&echo_load.content, 0.5)),
            ms(percentile(&echo_load.content, 0.99))
        ),
        "",
        None,
    ));
    rows.push(row(
        "updates/s, one instance (polling, SQLite)",
        format!("{:.0}", desk_burst.per_second()),
        format!("{:.0}", echo_burst.per_second()),
        "",
        None,
    ));
    for (instances, out) in &webhook {
        rows.push(row(
            &format!(
                "updates/s, {} (webhook, PostgreSQL)",
                if *instances == 1 {
                    "one instance"
                } else {
                    "two instances"
                }
            ),
            format!("{:.0}", out.per_second()),
            "".into(),
            "",
            None,
        ));
    }
    let peak_mb = desk_peak_load as f64 / 1024.0;
    rows.push(row(
        &format!("peak memory (VmHWM), {SEEDED} registered, after the steady load"),
        format!(
            "{peak_mb:.1} MiB (resident after it: anonymous {:.1}, file-backed {:.1})",
            desk_load_parts.0 as f64 / 1024.0,
            desk_load_parts.1 as f64 / 1024.0
        ),
        format!("{:.1} MiB", echo_peak as f64 / 1024.0),
        "≤ 40 MB",
        Some(desk_peak_load as f64 * 1024.0 <= 40e6),
    ));
    rows.push(row(
        "… idle, 1 s after start-up",
        format!(
            "{:.1} MiB (anonymous {:.1}, file-backed {:.1})",
            desk_peak_idle as f64 / 1024.0,
            desk_idle_parts.0 as f64 / 1024.0,
            desk_idle_parts.1 as f64 / 1024.0
        ),
        "".into(),
        "",
        None,
    ));
    rows.push(row(
        "… after the fast run",
        format!("{:.1} MiB", desk_peak_burst as f64 / 1024.0),
        "".into(),
        "",
        None,
    ));
    rows.push(row(
        &format!("start to first poll (median of {STARTS})"),
        ms(desk_start),
        ms(echo_start),
        "≤ 300 ms",
        Some(desk_start <= 0.3),
    ));

    println!();
    println!("| figure | desk | echo bot | goal | |");
    println!("|---|---:|---:|---|---|");
    for r in &rows {
        println!(
            "| {} | {} | {} | {} | {} |",
            r.figure, r.desk, r.echo, r.goal, r.met
        );
    }
    println!();
    let lost =
        desk_load.lost + desk_burst.lost + webhook.iter().map(|(_, o)| o.lost).sum::<usize>();
    println!(
        "{lost} updates lost (not answered within {LOST:.0} s); {} Bot API violations; load average at the end {}",
        violations.len(),
        uptime()
    );
    for (figure, missed) in rows
        .iter()
        .filter(|r| r.met.contains("missed"))
        .map(|r| (&r.figure, &r.desk))
    {
        println!("goal missed: {figure}: {missed}");
    }
}
