//! End-to-end tests: the real `delegate-desk` binary against a fake Bot API
//! server on loopback, stopped with SIGTERM like a service manager would.

mod announcements;
#[path = "../common/db.rs"]
mod db;
mod fake_bot_api;
mod hostile;
mod instances;
mod operations;
mod questions;
mod reminders;

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use fake_bot_api::{BOT_USERNAME, Call, FakeBotApi, Fault};
use serde_json::{Value, json};

const TOKEN: &str = "123456:TEST-TOKEN-never-printed";
const SECRET: &str = "TEST-TOKEN-never-printed";
const NOW: &str = "2025-01-16T10:30:00+08:00";
const BIN: &str = env!("CARGO_BIN_EXE_delegate-desk");
const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// How long the bot may take to answer an update.
const REPLY: Duration = Duration::from_secs(20);
/// The volunteers' group, and one of its members.
const VOLUNTEERS: i64 = -1_001_555;
const VOLUNTEER: i64 = 5_550_020;
/// How long the bot may take to stop after SIGTERM.
const STOP: Duration = Duration::from_secs(15);
/// How long a one-shot command (`check`, a failing `run`) may take.
const ONE_SHOT: Duration = Duration::from_secs(60);

// ---------------------------------------------------------------------------
// Running the binary
// ---------------------------------------------------------------------------

/// A running `delegate-desk`, its output captured. Killed on drop if it is
/// still running (a failed test leaves no process behind); on a failure its
/// output is printed.
struct Running {
    name: String,
    child: Child,
    stdout: Arc<Mutex<String>>,
    stderr: Arc<Mutex<String>>,
    readers: Vec<JoinHandle<()>>,
    status: Option<ExitStatus>,
}

fn capture(pipe: impl Read + Send + 'static, into: Arc<Mutex<String>>) -> JoinHandle<()> {
    std::thread::spawn(move || {
        let mut reader = BufReader::new(pipe);
        let mut line = Vec::new();
        while reader.read_until(b'\n', &mut line).unwrap_or(0) > 0 {
            into.lock()
                .unwrap_or_else(|e| e.into_inner())
                .push_str(&String::from_utf8_lossy(&line));
            line.clear();
        }
    })
}

impl Running {
    fn spawn(name: &str, mut cmd: Command) -> Running {
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {BIN}: {e}"));
        let stdout = Arc::new(Mutex::new(String::new()));
        let stderr = Arc::new(Mutex::new(String::new()));
        let readers = vec![
            capture(child.stdout.take().unwrap(), stdout.clone()),
            capture(child.stderr.take().unwrap(), stderr.clone()),
        ];
        Running {
            name: name.to_string(),
            child,
            stdout,
            stderr,
            readers,
            status: None,
        }
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    fn stdout(&self) -> String {
        self.stdout
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn stderr(&self) -> String {
        self.stderr
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Sends SIGTERM, as systemd or `docker stop` would.
    fn sigterm(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status()
            .expect("cannot run kill");
        assert!(status.success(), "kill -TERM {} failed", self.pid());
    }

    /// Waits for the process to exit, at most `timeout`; then for its
    /// output to be read to the end.
    async fn wait_exit(&mut self, timeout: Duration) -> Result<ExitStatus, String> {
        let deadline = Instant::now() + timeout;
        let status = loop {
            match self.child.try_wait() {
                Ok(Some(status)) => break status,
                Ok(None) if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(25)).await;
                }
                Ok(None) => {
                    return Err(format!("{} did not exit within {timeout:?}", self.name));
                }
                Err(e) => return Err(format!("cannot wait for {}: {e}", self.name)),
            }
        };
        self.status = Some(status);
        for reader in self.readers.drain(..) {
            // The pipes close with the process; the readers end with them.
            let _ = reader.join();
        }
        Ok(status)
    }

    /// Stops the bot with SIGTERM and checks it stopped cleanly: exit code
    /// 0, no errors or panics logged, the token never printed.
    async fn stop_cleanly(&mut self) {
        self.sigterm();
        let status = self.wait_exit(STOP).await.unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            status.code(),
            Some(0),
            "{} after SIGTERM: {status}",
            self.name
        );
        let stderr = strip_ansi(&self.stderr());
        let stdout = strip_ansi(&self.stdout());
        let errors: Vec<&str> = stderr.lines().filter(|l| l.contains("ERROR")).collect();
        assert!(errors.is_empty(), "errors logged: {errors:#?}");
        assert!(!stderr.contains("panicked"), "a panic was logged");
        assert!(
            !stdout.contains(SECRET) && !stderr.contains(SECRET),
            "the token was printed"
        );
        assert!(
            stderr.contains("stopped"),
            "no \"stopped\" line in the log:\n{stderr}"
        );
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if self.status.is_none() && matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        if std::thread::panicking() {
            eprintln!(
                "----- {} (pid {}) stdout -----\n{}\n----- {} stderr -----\n{}\n-----",
                self.name,
                self.pid(),
                self.stdout(),
                self.name,
                self.stderr()
            );
        }
    }
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

/// The command for the bot on a SQLite file, run in the file's folder: a
/// folder with no event and no translations in it (the binary carries
/// them), nothing inherited that could change it.
fn bot_command(api: &FakeBotApi, database: &Path) -> Command {
    let folder = database.parent().expect("the database is in a folder");
    bot_command_on(api, &format!("sqlite://{}", database.display()), folder)
}

/// The command for the bot on any database, run in `folder`.
fn bot_command_on(api: &FakeBotApi, database_url: &str, folder: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.arg("run")
        .current_dir(folder)
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", api.url())
        .env("DATABASE_URL", database_url)
        .env("DELEGATE_DESK_NOW", NOW)
        .env("RUST_LOG", "info")
        .env_remove("EVENT_DIR")
        .env_remove("LOCALES_DIR")
        .env_remove("ORGANISER_IDS")
        .env_remove("VOLUNTEER_CHAT_ID")
        .env_remove("BROADCAST_RATE")
        .env_remove("PAID_BROADCAST");
    cmd
}

fn start_bot(name: &str, api: &FakeBotApi, database: &Path) -> Running {
    Running::spawn(name, bot_command(api, database))
}

/// Runs a one-shot command to its end: (exit status, stdout, stderr).
async fn run_to_end(mut cmd: Command) -> (ExitStatus, String, String) {
    let mut run = Running::spawn("delegate-desk", {
        cmd.env_remove("RUST_BACKTRACE");
        cmd
    });
    let status = run
        .wait_exit(ONE_SHOT)
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    (status, run.stdout(), run.stderr())
}

/// A command with an empty environment but for PATH and HOME, in `dir`
/// (so that no `.env` is read).
fn bare_command(dir: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env_clear().current_dir(dir);
    for var in ["PATH", "HOME"] {
        if let Some(v) = std::env::var_os(var) {
            cmd.env(var, v);
        }
    }
    cmd
}

// ---------------------------------------------------------------------------
// The conversation
// ---------------------------------------------------------------------------

/// A Telegram user in a private chat with the bot.
struct Delegate {
    id: i64,
    first_name: &'static str,
    language_code: &'static str,
}

impl Delegate {
    fn user(&self) -> Value {
        json!({
            "id": self.id,
            "is_bot": false,
            "first_name": self.first_name,
            "language_code": self.language_code,
        })
    }

    fn chat(&self) -> Value {
        json!({"id": self.id, "type": "private", "first_name": self.first_name})
    }

    /// Sends a command such as `/start`.
    fn command(&self, api: &FakeBotApi, message_id: i64, text: &str) {
        let length = text
            .split_whitespace()
            .next()
            .unwrap_or(text)
            .encode_utf16()
            .count();
        api.push_update(
            "message",
            json!({
                "message_id": message_id,
                "from": self.user(),
                "chat": self.chat(),
                "date": 1_736_994_600,
                "text": text,
                "entities": [{"type": "bot_command", "offset": 0, "length": length}],
            }),
        );
    }

    /// Sends a plain text message (an answer, not a command).
    fn text(&self, api: &FakeBotApi, message_id: i64, text: &str) {
        api.push_update(
            "message",
            json!({
                "message_id": message_id,
                "from": self.user(),
                "chat": self.chat(),
                "date": 1_736_994_600,
                "text": text,
            }),
        );
    }

    /// Presses a button with `data` under `message` (a Message the bot
    /// sent, as Telegram returned it); returns the query id.
    fn press(&self, api: &FakeBotApi, message: &Value, data: &str) -> String {
        static NEXT: AtomicUsize = AtomicUsize::new(1);
        let id = format!("{}-{}", self.id, NEXT.fetch_add(1, Ordering::Relaxed));
        api.push_update(
            "callback_query",
            json!({
                "id": id,
                "from": self.user(),
                "message": message,
                "chat_instance": format!("ci-{}", self.id),
                "data": data,
            }),
        );
        id
    }
}

fn thai(s: &str) -> bool {
    s.chars().any(|c| ('\u{0E00}'..='\u{0E7F}').contains(&c))
}

fn khmer(s: &str) -> bool {
    s.chars().any(|c| ('\u{1780}'..='\u{17FF}').contains(&c))
}

/// Unwraps a wait, printing what the bot did instead.
fn got<T>(r: Result<T, String>) -> T {
    r.unwrap_or_else(|e| panic!("{e}"))
}

fn assert_no_violations(api: &FakeBotApi) {
    let v = api.violations();
    assert!(v.is_empty(), "Bot API protocol violations: {v:#?}");
}

fn to_chat(chat: i64) -> impl Fn(&Call) -> bool {
    move |c| c.chat_id() == Some(chat)
}

async fn answered(api: &FakeBotApi, from: usize, query: &str) -> Call {
    got(api
        .wait_for_from(from, "answerCallbackQuery", REPLY, |c| {
            c.str("callback_query_id") == query
        })
        .await)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn conversation_in_thai_then_sigterm() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut bot = start_bot("bot", &api, &dir.path().join("desk.db"));
    let somchai = Delegate {
        id: 5_550_001,
        first_name: "สมชาย",
        language_code: "th",
    };

    // /start: a greeting with the language picker, then the main menu.
    somchai.command(&api, 1, "/start");
    let replies = got(api
        .wait_for_n(0, "sendMessage", 2, REPLY, to_chat(somchai.id))
        .await);
    let (greeting, menu) = (&replies[0], &replies[1]);
    assert!(
        thai(greeting.str("text")),
        "greeting not in Thai: {}",
        greeting.str("text")
    );
    let languages: Vec<(String, String)> = greeting
        .buttons()
        .into_iter()
        .filter(|(_, data)| data.starts_with("l:"))
        .collect();
    assert_eq!(languages.len(), 10, "language buttons: {languages:?}");
    for name in ["ไทย", "中文", "English", "ພາສາລາວ", "မြန်မာဘာသာ", "ភាសាខ្មែរ"]
    {
        assert!(
            languages.iter().any(|(label, _)| label.contains(name)),
            "no {name} among {languages:?}"
        );
    }
    let menu_buttons = menu.buttons();
    assert!(!menu_buttons.is_empty(), "the menu has no buttons");
    for (label, _) in &menu_buttons {
        assert!(thai(label), "menu button {label:?} not in Thai");
    }
    assert!(menu.ok());
    let menu_message = menu.result().clone();
    let menu_id = menu_message["message_id"].as_i64().unwrap();

    // "What's on now": the menu message becomes the now screen, at 10:30.
    let mark = api.mark();
    let query = somchai.press(&api, &menu_message, "n");
    answered(&api, mark, &query).await;
    let now = got(api
        .wait_for_from(mark, "editMessageText", REPLY, |c| {
            c.body["message_id"].as_i64() == Some(menu_id)
        })
        .await);
    let text = now.str("text");
    assert!(thai(text) && text.contains("10:30"), "now screen: {text}");
    assert!(now.ok(), "{:?}", now.response);

    // A venue button: a map pin in Nanning.
    let mark = api.mark();
    let query = somchai.press(&api, now.result(), "v:nicec");
    answered(&api, mark, &query).await;
    let pin = got(api
        .wait_for_from(mark, "sendVenue", REPLY, to_chat(somchai.id))
        .await);
    let (lat, lon) = (
        pin.body["latitude"].as_f64().unwrap(),
        pin.body["longitude"].as_f64().unwrap(),
    );
    assert!(
        (22.0..23.0).contains(&lat) && (108.0..109.0).contains(&lon),
        "pin at ({lat}, {lon})"
    );

    // Forged data: the "this button has expired" toast.
    let mark = api.mark();
    let query = somchai.press(&api, now.result(), "zzz");
    let toast = answered(&api, mark, &query).await;
    assert!(
        !toast.str("text").is_empty(),
        "no toast for a forged button: {}",
        toast.body
    );
    assert!(
        thai(toast.str("text")),
        "toast not in Thai: {}",
        toast.str("text")
    );

    // The profile, published at start-up in every language.
    for code in [Some("th"), Some("zh"), None] {
        got(api
            .wait_for("setMyCommands", REPLY, |c| {
                c.body["language_code"].as_str() == code
            })
            .await);
    }
    let th = got(api
        .wait_for("setMyDescription", REPLY, |c| {
            c.str("language_code") == "th"
        })
        .await);
    assert!(thai(th.str("description")), "{}", th.body);

    bot.stop_cleanly().await;
    assert_no_violations(&api);
    assert_eq!(api.pending_updates(), 0, "updates left unconfirmed");
    api.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn second_start_after_restart_remembers_language() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = format!("sqlite://{}", dir.path().join("desk.db").display());
    restart_keeps_the_language(&sqlite, dir.path()).await;
    // The same on PostgreSQL (a database of its own; skipped with a note
    // when no server answers).
    if let Some(pg) = db::TestDb::postgres().await {
        pg.db.close().await;
        restart_keeps_the_language(&pg.url, dir.path()).await;
    }
}

async fn restart_keeps_the_language(database: &str, folder: &Path) {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dara = Delegate {
        id: 5_550_002,
        first_name: "Dara",
        language_code: "en",
    };

    let start = |name: &str| Running::spawn(name, bot_command_on(&api, database, folder));
    let mut first = start("first run");
    dara.command(&api, 1, "/start");
    let greeting = got(api.wait_for("sendMessage", REPLY, to_chat(dara.id)).await);
    assert!(!khmer(greeting.str("text")), "English expected at first");
    let mark = api.mark();
    let query = dara.press(&api, greeting.result(), "l:km");
    answered(&api, mark, &query).await;
    let changed = got(api
        .wait_for_from(mark, "editMessageText", REPLY, to_chat(dara.id))
        .await);
    assert!(
        khmer(changed.str("text")),
        "not in Khmer: {}",
        changed.str("text")
    );
    // The next message of the same run is in Khmer too: the bot, which
    // remembers languages while it alone polls, forgot the one it knew.
    let mark = api.mark();
    dara.command(&api, 2, "/menu");
    let menu = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(dara.id))
        .await);
    assert!(khmer(menu.str("text")), "{}", menu.str("text"));
    first.stop_cleanly().await;

    let mark = api.mark();
    let mut second = start("second run");
    dara.command(&api, 3, "/menu");
    let menu = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(dara.id))
        .await);
    assert!(
        khmer(menu.str("text")),
        "menu not in Khmer: {}",
        menu.str("text")
    );
    for (label, _) in menu.buttons() {
        assert!(khmer(&label), "button {label:?} not in Khmer");
    }
    second.stop_cleanly().await;

    // The first run's updates were confirmed: the second run saw only
    // /menu (greeting and menu, the language change and a /menu, then the
    // second run's /menu reply).
    let count = |method: &str| api.calls_of(method).len();
    assert_eq!(count("sendMessage"), 4, "{}", api.summary(0));
    assert_eq!(count("answerCallbackQuery"), 1, "{}", api.summary(0));
    assert_eq!(count("editMessageText"), 1, "{}", api.summary(0));
    assert_eq!(api.pending_updates(), 0, "updates left unconfirmed");
    assert_no_violations(&api);
    api.stop().await;
}

/// A failing start prints one line that names the setting, and no panic.
fn assert_one_line_error(status: ExitStatus, stderr: &str, setting: &str) {
    assert!(!status.success(), "exit status {status}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("backtrace"), "{stderr}");
    let stderr = strip_ansi(stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "expected one line, got: {stderr}");
    assert!(lines[0].contains(setting), "{setting} not named: {stderr}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_token_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();

    let mut cmd = bare_command(dir.path());
    cmd.arg("run");
    let (status, stdout, stderr) = run_to_end(cmd).await;
    assert_one_line_error(status, &stderr, "TELOXIDE_TOKEN");
    assert!(stdout.is_empty(), "{stdout}");

    let mut cmd = bare_command(dir.path());
    cmd.arg("run")
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("DELEGATE_DESK_NOW", "garbage");
    let (status, stdout, stderr) = run_to_end(cmd).await;
    assert_one_line_error(status, &stderr, "DELEGATE_DESK_NOW");
    assert!(!stderr.contains(SECRET) && !stdout.contains(SECRET));
}

/// Copies a folder tree.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn check_command(event_dir: &Path) -> Command {
    let mut cmd = bare_command(event_dir);
    cmd.arg("check")
        .env("EVENT_DIR", event_dir)
        .env("LOCALES_DIR", Path::new(MANIFEST_DIR).join("locales"));
    cmd
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn check_reports_file_and_line() {
    let bundled: PathBuf = Path::new(MANIFEST_DIR).join("events/nanning-2025");

    let (status, stdout, stderr) = run_to_end(check_command(&bundled)).await;
    assert!(
        status.success(),
        "check of the bundled event: {status}\n{stdout}\n{stderr}"
    );

    let dir = tempfile::tempdir().unwrap();
    let event = dir.path().join("nanning-2025");
    copy_dir(&bundled, &event);
    let toml_path = event.join("event.toml");
    let toml = std::fs::read_to_string(&toml_path).unwrap();
    let line = toml
        .lines()
        .position(|l| l.trim() == "venue = \"nicec\"")
        .expect("a session at nicec")
        + 1;
    let broken = toml.replacen("venue = \"nicec\"", "venue = \"atlantis\"", 1);
    assert_ne!(broken, toml);
    std::fs::write(&toml_path, broken).unwrap();

    let (status, stdout, stderr) = run_to_end(check_command(&event)).await;
    let output = format!("{stdout}{stderr}");
    assert!(
        !status.success(),
        "check accepted an unknown venue:\n{output}"
    );
    assert!(
        output.contains(&format!("event.toml:{line}:")) && output.contains("atlantis"),
        "expected event.toml:{line}: ... atlantis in:\n{output}"
    );
    assert!(!output.contains("panicked"), "{output}");
}

/// The language codes Telegram reports for a user of each language of the
/// desk.
const CLIENT_LANGUAGES: [&str; 10] = [
    "en", "zh-hans", "id", "ms", "th", "vi", "fil", "km", "lo", "my",
];

/// What the bot answered to one update: the calls that show something.
const SHOWS: &str = "editMessageText|sendMessage|sendVenue";

/// Walks every screen one delegate can reach (commands, then every button
/// on every screen), checking each answer: the callback query answered
/// without "this button has expired" (the bot made the button itself), a
/// reply for every press, and every request following the Bot API rules.
async fn crawl(api: &FakeBotApi, user: &Delegate, problems: &mut Vec<String>) -> usize {
    use std::collections::{BTreeSet, VecDeque};
    const ASK: Duration = Duration::from_secs(10);

    let mut queue: VecDeque<(i64, String)> = VecDeque::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    let mut enqueue = |call: &Call, queue: &mut VecDeque<(i64, String)>| {
        let Some(message_id) = call.result()["message_id"]
            .as_i64()
            .or(call.body["message_id"].as_i64())
        else {
            return;
        };
        for (_, data) in call.buttons() {
            // Changing the language would change the rest of the walk.
            let other_language = data.starts_with("l:") && !data.ends_with(user.language_code);
            if !other_language && seen.insert(data.clone()) {
                queue.push_back((message_id, data));
            }
        }
    };

    let commands = [
        ("/start", 2),
        ("/menu", 1),
        ("/schedule", 1),
        ("/now", 1),
        ("/venues", 1),
        ("/transport", 1),
        ("/language", 1),
        ("/help", 1),
        ("/nonsense", 1),
        ("/menu@delegate_desk_bot please", 1),
    ];
    let mut message_id = 1000;
    for (text, replies) in commands {
        let mark = api.mark();
        message_id += 1;
        user.command(api, message_id, text);
        match api
            .wait_for_n(mark, "sendMessage", replies, ASK, to_chat(user.id))
            .await
        {
            Ok(calls) => calls.iter().for_each(|c| enqueue(c, &mut queue)),
            Err(e) => problems.push(format!("{} {text}: {e}", user.language_code)),
        }
    }
    let mark = api.mark();
    message_id += 1;
    api.push_update(
        "message",
        json!({"message_id": message_id, "from": user.user(), "chat": user.chat(),
               "date": 1_736_994_600, "text": "where is the taxi?"}),
    );
    if let Err(e) = api
        .wait_for_from(mark, "sendMessage", ASK, to_chat(user.id))
        .await
    {
        problems.push(format!("{} plain text: {e}", user.language_code));
    }

    let mut presses = 0;
    while let Some((on, data)) = queue.pop_front() {
        presses += 1;
        let what = format!("{} button {data:?} on message {on}", user.language_code);
        let Some(message) = api.current_message(user.id, on) else {
            problems.push(format!("{what}: the message is gone"));
            continue;
        };
        let mark = api.mark();
        let query = user.press(api, &message, &data);
        let answer = match api
            .wait_for_from(mark, "answerCallbackQuery", ASK, |c| {
                c.str("callback_query_id") == query
            })
            .await
        {
            Ok(a) => a,
            Err(e) => {
                problems.push(format!("{what}: not answered: {e}"));
                continue;
            }
        };
        if !answer.str("text").is_empty() {
            problems.push(format!("{what}: toast {:?}", answer.str("text")));
        }
        let reply = match api.wait_for_from(mark, SHOWS, ASK, to_chat(user.id)).await {
            Ok(r) => r,
            Err(e) => {
                problems.push(format!("{what}: no reply: {e}"));
                continue;
            }
        };
        let not_modified = reply.response["description"]
            .as_str()
            .is_some_and(|d| d.contains("message is not modified"));
        if reply.ok() {
            enqueue(&reply, &mut queue);
        } else if !not_modified {
            problems.push(format!(
                "{what}: {} refused: {}",
                reply.method, reply.response
            ));
        }
    }
    presses
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_screen_in_every_language_keeps_the_rules() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut bot = start_bot("bot", &api, &dir.path().join("desk.db"));
    let mut problems = Vec::new();
    let mut presses = 0;
    for (i, code) in CLIENT_LANGUAGES.into_iter().enumerate() {
        let user = Delegate {
            id: 6_000_000 + i as i64,
            first_name: "Delegate <&> \"Test\"",
            language_code: code,
        };
        presses += crawl(&api, &user, &mut problems).await;
    }
    bot.stop_cleanly().await;
    eprintln!(
        "{presses} buttons pressed in {} languages",
        CLIENT_LANGUAGES.len()
    );
    assert!(presses > 10 * 20, "only {presses} buttons pressed");
    assert!(problems.is_empty(), "{problems:#?}");
    assert_no_violations(&api);
    api.stop().await;
}

/// Flood control, a user who blocked the bot and a message deleted
/// meanwhile: the bot waits, drops or sends anew, keeps serving everyone
/// else and logs no error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn telegram_trouble_is_handled_quietly() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut bot = start_bot("bot", &api, &dir.path().join("desk.db"));
    let ana = Delegate {
        id: 7_000_001,
        first_name: "Ana",
        language_code: "id",
    };
    let ben = Delegate {
        id: 7_000_002,
        first_name: "Ben",
        language_code: "ms",
    };

    // 429: wait retry_after, then the same message again.
    api.inject(Fault::flood("sendMessage", ana.id, 1));
    let mark = api.mark();
    ana.command(&api, 1, "/menu");
    let tries = got(api
        .wait_for_n(mark, "sendMessage", 2, REPLY, to_chat(ana.id))
        .await);
    assert!(!tries[0].ok() && tries[1].ok(), "{}", api.summary(mark));
    assert_eq!(tries[0].body, tries[1].body);
    let waited = tries[1].at - tries[0].at;
    assert!(
        waited >= Duration::from_millis(900),
        "retried after {waited:?}"
    );
    let menu = tries[1].result().clone();

    // 403: the reply is dropped; nothing else happens.
    api.inject(
        Fault::new(
            "sendMessage",
            Some(ben.id),
            403,
            "Forbidden: bot was blocked by the user",
        )
        .always(),
    );
    let mark = api.mark();
    ben.command(&api, 1, "/start");
    got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(ben.id))
        .await);

    // The message to edit is gone: a new message instead.
    api.inject(Fault::new(
        "editMessageText",
        Some(ana.id),
        400,
        "Bad Request: message to edit not found",
    ));
    let mark = api.mark();
    let query = ana.press(&api, &menu, "h");
    answered(&api, mark, &query).await;
    let edit = got(api
        .wait_for_from(mark, "editMessageText", REPLY, to_chat(ana.id))
        .await);
    assert!(!edit.ok());
    let sent = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(ana.id))
        .await);
    assert_eq!(sent.str("text"), edit.str("text"));
    assert!(sent.ok());

    // Still serving: the blocked user did not stop anything.
    let mark = api.mark();
    ana.command(&api, 2, "/help");
    got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(ana.id))
        .await);
    let attempts = api
        .calls_of("sendMessage")
        .iter()
        .filter(|c| c.chat_id() == Some(ben.id))
        .count();
    assert!(
        attempts <= 2,
        "{attempts} sends to a user who blocked the bot"
    );

    bot.stop_cleanly().await;
    // The wait is logged in the update's span (its id, chat and user), and
    // no message text reaches the log.
    let log = strip_ansi(&bot.stderr());
    let wait = log
        .lines()
        .find(|l| l.contains("slow down"))
        .unwrap_or_else(|| panic!("no line about the 429 wait:\n{log}"));
    assert!(
        wait.contains("update{id=")
            && wait.contains(&format!("chat={}", ana.id))
            && wait.contains(&format!("user={}", ana.id)),
        "{wait}"
    );
    assert!(!log.contains("/menu") && !log.contains("/help"), "{log}");
    assert_no_violations(&api);
    api.stop().await;
}

/// SIGTERM while an answer is held up by flood control: the bot finishes
/// it, confirms the update and only then exits.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_finishes_the_update_in_hand() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut bot = start_bot("bot", &api, &dir.path().join("desk.db"));
    let linh = Delegate {
        id: 7_000_003,
        first_name: "Linh",
        language_code: "vi",
    };
    // Polling: the signal handler is in place.
    got(api.wait_for("getUpdates", REPLY, |_| true).await);

    api.inject(Fault::flood("sendMessage", linh.id, 2));
    linh.command(&api, 1, "/schedule");
    let held = got(api.wait_for("sendMessage", REPLY, to_chat(linh.id)).await);
    assert!(!held.ok());
    bot.stop_cleanly().await;

    let sent = api.calls_of("sendMessage");
    assert_eq!(sent.len(), 2, "{}", api.summary(0));
    assert!(sent[1].ok(), "the answer was not sent before exiting");
    assert_eq!(api.pending_updates(), 0, "the update was not confirmed");
    assert_no_violations(&api);
    api.stop().await;
}

/// Commands work in groups (when addressed to this bot), other group
/// messages are left alone; media in a private chat gets the menu; a
/// button under a message too old to be seen gets a new message.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn groups_media_and_old_messages() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut bot = start_bot("bot", &api, &dir.path().join("desk.db"));
    let mai = Delegate {
        id: 7_000_004,
        first_name: "Mai",
        language_code: "vi",
    };
    let group = json!({"id": -1_001_234_567_890_i64, "type": "supergroup", "title": "Delegates"});
    let group_id = group["id"].as_i64().unwrap();
    let in_group = |id: i64, text: &str| {
        let mut m = json!({"message_id": id, "from": mai.user(), "chat": group, "date": 1_736_994_600,
                           "text": text});
        if text.starts_with('/') {
            let len = text
                .split_whitespace()
                .next()
                .unwrap()
                .encode_utf16()
                .count();
            m["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
        }
        api.push_update("message", m);
    };

    // Not for us: chatter, and another bot's command.
    in_group(1, "hello everyone");
    in_group(2, "/help@other_bot");
    // For us.
    let mark = api.mark();
    in_group(3, "/menu@delegate_desk_bot");
    let menu = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(group_id))
        .await);
    assert!(menu.ok());
    let to_group = api
        .calls()
        .iter()
        .filter(|c| c.chat_id() == Some(group_id))
        .count();
    assert_eq!(to_group, 1, "{}", api.summary(0));

    // A location in the private chat: a pointer to the menu.
    let mark = api.mark();
    api.push_update(
        "message",
        json!({"message_id": 4, "from": mai.user(), "chat": mai.chat(), "date": 1_736_994_600,
               "location": {"latitude": 22.8, "longitude": 108.3}}),
    );
    let pointer = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(mai.id))
        .await);
    assert!(!pointer.buttons().is_empty(), "{}", pointer.body);

    // A button under a message Telegram no longer shows the bot (date 0).
    let mark = api.mark();
    let old = json!({"chat": mai.chat(), "message_id": 3, "date": 0});
    let query = mai.press(&api, &old, "V");
    answered(&api, mark, &query).await;
    let venues = got(api.wait_for_from(mark, SHOWS, REPLY, to_chat(mai.id)).await);
    assert_eq!(venues.method, "sendMessage", "{}", api.summary(mark));
    assert!(venues.buttons().iter().any(|(_, d)| d.starts_with("v:")));

    bot.stop_cleanly().await;
    assert_no_violations(&api);
    api.stop().await;
}

/// A token Telegram refuses (401): one line naming TELOXIDE_TOKEN, the
/// token itself not printed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refused_token_is_a_one_line_error() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = bot_command(&api, &dir.path().join("desk.db"));
    cmd.env("TELOXIDE_TOKEN", "123456:REVOKED-never-printed");
    let (status, stdout, stderr) = run_to_end(cmd).await;
    assert_one_line_error(status, &stderr, "TELOXIDE_TOKEN");
    let output = format!("{stdout}{stderr}");
    assert!(
        !output.contains("REVOKED"),
        "the token was printed: {output}"
    );
    let calls = api.calls();
    assert_eq!(calls.len(), 1, "{}", api.summary(0));
    assert_eq!(calls[0].method, "getMe");
    assert_eq!(api.violations(), ["getMe: wrong token"]);
    api.stop().await;
}

/// A signal while start-up waits on a slow Telegram stops the bot cleanly
/// (exit code 0), and a failed poll is a warning, not an error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_during_start_up_and_polling_trouble_are_quiet() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("desk.db");

    api.hold("getMe", Duration::from_secs(30));
    let mut bot = start_bot("slow start", &api, &database);
    // Long enough for the process to start listening; far from 30 s.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert!(
        api.calls_of("getUpdates").is_empty(),
        "start-up is not over yet"
    );
    bot.stop_cleanly().await;
    assert!(
        bot.stderr().contains("before start-up finished"),
        "{}",
        bot.stderr()
    );

    api.inject(Fault::new("getUpdates", None, 502, "Bad Gateway"));
    let mut bot = start_bot("bad gateway", &api, &database);
    let rin = Delegate {
        id: 7_000_005,
        first_name: "Rin",
        language_code: "ja",
    };
    // The first poll fails; polling goes on and the delegate is answered.
    rin.command(&api, 1, "/menu");
    let menu = got(api.wait_for("sendMessage", REPLY, to_chat(rin.id)).await);
    assert!(menu.ok());
    assert!(
        strip_ansi(&bot.stderr()).contains("WARN"),
        "the failed poll is logged as a warning: {}",
        bot.stderr()
    );
    bot.stop_cleanly().await;
    assert_no_violations(&api);
    api.stop().await;
}

/// Installed and run from any folder: the binary carries the event and the
/// translations. `.env` is read from the working folder, not its parents.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_from_an_empty_folder_and_reads_env_only_there() {
    let parent = tempfile::tempdir().unwrap();
    let folder = parent.path().join("empty");
    std::fs::create_dir(&folder).unwrap();
    // A .env one level up must not count: it would break the settings.
    std::fs::write(parent.path().join(".env"), "DELEGATE_DESK_NOW=garbage\n").unwrap();

    let mut cmd = bare_command(&folder);
    cmd.arg("check");
    let (status, stdout, stderr) = run_to_end(cmd).await;
    assert!(status.success(), "{stdout}{stderr}");
    assert!(
        stdout.contains("gmd-nanning-2025") && stdout.contains("bundled"),
        "{stdout}"
    );

    // The same .env in the working folder does count.
    std::fs::write(folder.join(".env"), "DELEGATE_DESK_NOW=garbage\n").unwrap();
    let mut cmd = bare_command(&folder);
    cmd.arg("check");
    let (status, _, stderr) = run_to_end(cmd).await;
    assert_one_line_error(status, &stderr, "DELEGATE_DESK_NOW");
    std::fs::remove_file(folder.join(".env")).unwrap();

    // A folder named by a setting that does not exist is named in the error.
    let mut cmd = bare_command(&folder);
    cmd.arg("check").env("LOCALES_DIR", folder.join("nowhere"));
    let (status, stdout, stderr) = run_to_end(cmd).await;
    assert!(!status.success());
    assert!(
        format!("{stdout}{stderr}").contains("nowhere"),
        "{stdout}{stderr}"
    );
    let entries: Vec<_> = std::fs::read_dir(&folder).unwrap().collect();
    assert!(
        entries.is_empty(),
        "check wrote into the folder: {entries:?}"
    );
}

/// SIGTERM while a reply waits out a long flood-control pause: the bot does
/// not sit out the 25 seconds; it stops cleanly within 10.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_during_a_long_flood_wait_stops_within_ten_seconds() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut bot = start_bot("bot", &api, &dir.path().join("desk.db"));
    let kim = Delegate {
        id: 7_000_006,
        first_name: "Kim",
        language_code: "km",
    };
    got(api.wait_for("getUpdates", REPLY, |_| true).await);

    api.inject(Fault::flood("sendMessage", kim.id, 25));
    kim.command(&api, 1, "/help");
    let held = got(api.wait_for("sendMessage", REPLY, to_chat(kim.id)).await);
    assert!(!held.ok());
    let asked = Instant::now();
    bot.sigterm();
    let status = bot
        .wait_exit(Duration::from_secs(10))
        .await
        .unwrap_or_else(|e| panic!("{e}"));
    let took = asked.elapsed();
    assert_eq!(status.code(), Some(0), "{status}");
    assert!(took < Duration::from_secs(10), "stopped after {took:?}");
    let stderr = strip_ansi(&bot.stderr());
    assert!(
        stderr.contains("dropped"),
        "the dropped reply is logged: {stderr}"
    );
    assert!(!stderr.lines().any(|l| l.contains("ERROR")), "{stderr}");
    assert!(stderr.contains("stopped"), "{stderr}");
    assert_eq!(api.calls_of("sendMessage").len(), 1, "{}", api.summary(0));
    assert_no_violations(&api);
    api.stop().await;
}

/// A database that makes writers wait (another process holds SQLite's
/// write lock): a language button is answered at once, before the bot
/// waits on the database; then the screen comes in the chosen language,
/// saying the choice could not be kept.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_button_is_answered_before_a_slow_database() {
    use sqlx::{Connection, Executor};
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("desk.db");
    let mut bot = start_bot("bot", &api, &database);
    let noy = Delegate {
        id: 7_000_007,
        first_name: "Noy",
        language_code: "en",
    };
    noy.command(&api, 1, "/start");
    let greeting = got(api.wait_for("sendMessage", REPLY, to_chat(noy.id)).await);

    let mut holder = sqlx::SqliteConnection::connect(&format!("sqlite://{}", database.display()))
        .await
        .unwrap();
    holder.execute("BEGIN IMMEDIATE").await.unwrap();

    let mark = api.mark();
    let query = noy.press(&api, greeting.result(), "l:th");
    answered(&api, mark, &query).await;
    // Answered while the bot still waits for the write lock: it has not
    // yet given up on storing the choice.
    let gave_up = "could not store a language choice";
    assert!(
        !bot.stderr().contains(gave_up),
        "answered only after the database gave up"
    );
    let shown = got(api
        .wait_for_from(mark, "editMessageText", REPLY, to_chat(noy.id))
        .await);
    assert!(
        bot.stderr().contains(gave_up),
        "the database did not hold the bot up"
    );
    holder.execute("ROLLBACK").await.unwrap();

    let texts = delegate_desk::content::Content::bundled().unwrap().i18n;
    let th = delegate_desk::i18n::Lang::Th;
    let text = shown.str("text");
    assert!(text.starts_with(&texts.text(th, "error-generic")), "{text}");
    assert!(thai(text), "{text}");
    bot.stop_cleanly().await;
    assert_no_violations(&api);
    api.stop().await;
}

// ---------------------------------------------------------------------------
// Registration for the parallel dialogues
// ---------------------------------------------------------------------------

/// When the registration test runs: two days before the dialogues, whose
/// registration closes on 2025-01-16 at 12:00.
const BEFORE_THE_DIALOGUES: &str = "2025-01-14T10:00:00+08:00";

/// `delegate-desk invites import <csv> --bot <username>` on a SQLite file,
/// run in the file's folder with nothing inherited but PATH and HOME.
fn invites_import(database: &Path, csv: &str) -> Command {
    let folder = database.parent().expect("the database is in a folder");
    let mut cmd = bare_command(folder);
    cmd.args(["invites", "import", csv, "--bot", BOT_USERNAME])
        .env("DATABASE_URL", format!("sqlite://{}", database.display()))
        .env("DELEGATE_DESK_NOW", BEFORE_THE_DIALOGUES);
    cmd
}

/// What a QR code image (a PNG) says.
fn read_qr(image: &[u8]) -> String {
    let mut reader = png::Decoder::new(std::io::Cursor::new(image))
        .read_info()
        .expect("a PNG image");
    let mut pixels = vec![0; reader.output_buffer_size().expect("a sane image size")];
    let info = reader
        .next_frame(&mut pixels)
        .expect("a readable PNG image");
    assert_eq!(info.color_type, png::ColorType::Grayscale, "{info:?}");
    let (w, h) = (info.width as usize, info.height as usize);
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| pixels[y * w + x]);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "QR codes in the image");
    let (_, content) = grids[0].decode().expect("a QR code that reads");
    content
}

/// An answer to a question of the profile.
#[derive(Debug, Clone, Copy)]
enum Answer {
    /// Typed as a message.
    Typed(&'static str),
    /// Chosen with the button with this data under the question.
    Button(&'static str),
}

/// Waits for the bot's next new message to `chat` from the `from`-th call.
async fn next_message(api: &FakeBotApi, from: usize, chat: i64) -> Call {
    let sent = got(api
        .wait_for_from(from, "sendMessage", REPLY, to_chat(chat))
        .await);
    assert!(sent.ok(), "{:?}", sent.response);
    sent
}

/// The message (as it is now in the chat) that a call sent or edited.
fn shown(api: &FakeBotApi, call: &Call) -> Value {
    let chat = call.chat_id().expect("a call to a chat");
    let id = call.result()["message_id"]
        .as_i64()
        .or(call.body["message_id"].as_i64())
        .expect("a call that shows a message");
    api.current_message(chat, id)
        .unwrap_or_else(|| panic!("message {id} is not in chat {chat}"))
}

/// Whether a call has a button with `data`.
fn has_button(call: &Call, data: &str) -> bool {
    call.buttons().iter().any(|(_, d)| d == data)
}

/// The whole way of a delegate through the real binary: an organiser
/// imports invitations from a spreadsheet; a Thai delegate opens the link,
/// fills in the profile (typed answers and buttons), registers for a
/// parallel dialogue, gets the check-in QR code (a photo) and the agenda
/// as a calendar file (a document). Every request follows the Bot API.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invitation_link_profile_registration_and_calendar() {
    use delegate_desk::i18n::Lang;

    let texts = delegate_desk::content::Content::bundled().unwrap().i18n;
    let th = Lang::Th;
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("desk.db");
    let delegation = "เชียงใหม่ / Chiang Mai";

    // The organiser's import: one invitation, its link in a CSV for Excel.
    std::fs::write(
        dir.path().join("delegations.csv"),
        format!("delegation,people,expiry\n{delegation},2,\n"),
    )
    .unwrap();
    let (status, stdout, stderr) = run_to_end(invites_import(&database, "delegations.csv")).await;
    assert!(status.success(), "{status}\n{stdout}\n{stderr}");
    assert!(stdout.contains("1 invitation"), "{stdout}");
    let links = std::fs::read(dir.path().join("delegations-links.csv"))
        .expect("the links file is written next to the CSV");
    let links = links
        .strip_prefix("\u{FEFF}".as_bytes())
        .expect("the links file starts with a BOM (for Excel)");
    let mut reader = csv::Reader::from_reader(links);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(&rows[0][0], delegation);
    assert_eq!(&rows[0][1], "2");
    let prefix = format!("https://t.me/{BOT_USERNAME}?start=");
    let link = rows[0]
        .iter()
        .find(|c| c.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no {prefix}<code> link in {:?}", rows[0]));
    let code = link[prefix.len()..].to_string();
    assert!(
        code.len() == 20 && code.bytes().all(|b| b.is_ascii_alphanumeric()),
        "not a deep-link payload: {code}"
    );
    assert!(
        rows[0]
            .iter()
            .any(|c| c.replace('-', "") == code && c != code),
        "no readable form of the code in {:?}",
        rows[0]
    );

    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let mut cmd = bot_command(&api, &database);
    cmd.env("DELEGATE_DESK_NOW", BEFORE_THE_DIALOGUES)
        .env("VOLUNTEER_CHAT_ID", VOLUNTEERS.to_string());
    api.add_member(VOLUNTEERS, VOLUNTEER);
    let mut bot = Running::spawn("bot", cmd);
    let somying = Delegate {
        id: 5_550_010,
        first_name: "สมหญิง",
        language_code: "th",
    };
    let chat = somying.id;

    // The link: a welcome naming the delegation, then the first question.
    somying.command(&api, 1, &format!("/start {code}"));
    let replies = got(api
        .wait_for_n(0, "sendMessage", 2, REPLY, to_chat(chat))
        .await);
    let (welcome, first) = (&replies[0], &replies[1]);
    let expected = texts.fmt(
        th,
        "invite-welcome",
        &[("delegation", delegation.into()), ("steps", 7.into())],
    );
    assert_eq!(welcome.str("text"), expected);
    assert!(thai(welcome.str("text")) && welcome.ok());
    let ask = |id: &str| texts.text(th, id);
    assert!(
        first.str("text").contains(&ask("profile-ask-full-name")),
        "{}",
        first.str("text")
    );

    // Each answer, typed or chosen with a button under the question,
    // brings the next question; the last one saves the profile.
    let mut question = first.clone();
    let mut message_id = 1;
    for (answer, next) in [
        (Answer::Typed("สมหญิง ใจดี"), "profile-ask-title"),
        (Answer::Typed("รองนายกเทศมนตรี"), "profile-ask-city"),
        (Answer::Typed("เชียงใหม่"), "profile-ask-country"),
        (Answer::Button("K:th"), "profile-ask-organisation"),
        (Answer::Typed("เทศบาลนครเชียงใหม่"), "profile-ask-diet"),
        (Answer::Button("Y:halal"), "profile-ask-interpretation"),
        (Answer::Button("J:th"), "profile-saved"),
    ] {
        let mark = api.mark();
        match answer {
            Answer::Typed(text) => {
                message_id += 1;
                somying.text(&api, message_id, text);
            }
            Answer::Button(data) => {
                assert!(
                    has_button(&question, data),
                    "{data} not among {:?}",
                    question.buttons()
                );
                let query = somying.press(&api, question.result(), data);
                let toast = answered(&api, mark, &query).await;
                assert!(toast.str("text").is_empty(), "{data}: {}", toast.body);
            }
        }
        question = next_message(&api, mark, chat).await;
        assert!(
            question.str("text").contains(&ask(next)),
            "after {answer:?}: {}",
            question.str("text")
        );
    }

    // Saved: the dialogues open for registration, one of them opened.
    let dialogues = question;
    assert!(
        has_button(&dialogues, "s:dialogue-trade"),
        "{:?}",
        dialogues.buttons()
    );
    let title = texts.text(th, "session-dialogue-trade-title");
    let mark = api.mark();
    let query = somying.press(&api, dialogues.result(), "s:dialogue-trade");
    answered(&api, mark, &query).await;
    let session = got(api.wait_for_from(mark, SHOWS, REPLY, to_chat(chat)).await);
    assert!(session.ok(), "{:?}", session.response);
    assert!(
        session.str("text").contains(&title),
        "{}",
        session.str("text")
    );
    assert!(
        has_button(&session, "R:dialogue-trade"),
        "{:?}",
        session.buttons()
    );

    // Register: confirmed in place, in Thai; the check-in code comes as a
    // photo of a QR code.
    let mark = api.mark();
    let query = somying.press(&api, &shown(&api, &session), "R:dialogue-trade");
    answered(&api, mark, &query).await;
    let confirmed = got(api.wait_for_from(mark, SHOWS, REPLY, to_chat(chat)).await);
    assert!(confirmed.ok(), "{:?}", confirmed.response);
    let text = confirmed.str("text");
    assert!(thai(text) && text.contains(&title), "{text}");
    assert!(has_button(&confirmed, "M"), "{:?}", confirmed.buttons());
    let photo = got(api
        .wait_for_from(mark, "sendPhoto", REPLY, to_chat(chat))
        .await);
    assert!(photo.ok(), "{:?}", photo.response);
    let caption = photo.str("caption");
    assert!(
        thai(caption) && caption.contains(&title),
        "caption: {caption}"
    );
    assert!(
        fake_bot_api::utf16_len(caption) <= 1024,
        "caption of {} UTF-16 units",
        fake_bot_api::utf16_len(caption)
    );
    let image = photo.file("photo").expect("the QR code is uploaded");
    assert!(
        image.bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        "not a PNG: {} ({} bytes)",
        image.file_name,
        image.bytes.len()
    );
    let check_in = read_qr(&image.bytes);
    let token = check_in
        .strip_prefix(&format!("{prefix}ci_"))
        .unwrap_or_else(|| panic!("the QR code is not a check-in link: {check_in}"));
    assert!(
        token.len() == 20 && token != code,
        "check-in token {token:?}"
    );

    // My agenda, then the calendar file.
    let mark = api.mark();
    let query = somying.press(&api, &shown(&api, &confirmed), "M");
    answered(&api, mark, &query).await;
    let agenda = got(api.wait_for_from(mark, SHOWS, REPLY, to_chat(chat)).await);
    assert!(agenda.ok(), "{:?}", agenda.response);
    assert!(
        agenda.str("text").contains(&title),
        "{}",
        agenda.str("text")
    );
    assert!(has_button(&agenda, "I"), "{:?}", agenda.buttons());
    let mark = api.mark();
    let query = somying.press(&api, &shown(&api, &agenda), "I");
    answered(&api, mark, &query).await;
    let sent = got(api
        .wait_for_from(mark, "sendDocument", REPLY, to_chat(chat))
        .await);
    assert!(sent.ok(), "{:?}", sent.response);
    assert!(
        thai(sent.str("caption")),
        "caption: {}",
        sent.str("caption")
    );
    let file = sent.file("document").expect("the calendar is uploaded");
    assert!(file.file_name.ends_with(".ics"), "{}", file.file_name);
    let ics = file.text().expect("a calendar is text");
    for line in [
        "BEGIN:VCALENDAR",
        "TZID=Asia/Shanghai",
        "DTSTART;TZID=Asia/Shanghai:20250116T140000",
    ] {
        assert!(ics.contains(line), "no {line} in:\n{ics}");
    }

    // At the door: a member of the volunteers' group (Telegram says so)
    // scans the code and marks her present; someone else learns nothing.
    let volunteer = Delegate {
        id: VOLUNTEER,
        first_name: "Lan",
        language_code: "vi",
    };
    let stranger = Delegate {
        id: 5_550_099,
        first_name: "Max",
        language_code: "en",
    };
    let scan = format!("/start ci_{token}");
    let mark = api.mark();
    stranger.command(&api, 1, &scan);
    let refused = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(stranger.id))
        .await);
    assert!(
        !refused.str("text").contains("สมหญิง") && refused.buttons().is_empty(),
        "a stranger sees: {}",
        refused.str("text")
    );
    let mark = api.mark();
    volunteer.command(&api, 1, &scan);
    let card = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(volunteer.id))
        .await);
    assert!(card.str("text").contains("สมหญิง"), "{}", card.str("text"));
    assert!(
        has_button(&card, &format!("k:{token}")),
        "{:?}",
        card.buttons()
    );
    let mark = api.mark();
    let query = volunteer.press(&api, card.result(), &format!("k:{token}"));
    answered(&api, mark, &query).await;
    let done = got(api
        .wait_for_from(mark, SHOWS, REPLY, to_chat(volunteer.id))
        .await);
    assert!(
        done.str("text").contains("10:00"),
        "checked in at the local time: {}",
        done.str("text")
    );
    assert_eq!(
        api.calls_of("getChatMember")
            .iter()
            .filter(|c| c.body["user_id"].as_i64() == Some(VOLUNTEER))
            .count(),
        1,
        "Telegram's answer is remembered for a while"
    );

    bot.stop_cleanly().await;
    assert_no_violations(&api);
    assert_eq!(api.pending_updates(), 0, "updates left unconfirmed");
    api.stop().await;
}

/// Organisers get their own command menu (a per-chat scope, in each
/// language) with the organisers' commands; the menu everyone else sees
/// never lists them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn organisers_have_their_own_command_menu() {
    const ORGANISER: i64 = 7_770_001;
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = bot_command(&api, &dir.path().join("desk.db"));
    cmd.env("ORGANISER_IDS", ORGANISER.to_string());
    let mut bot = Running::spawn("bot", cmd);
    let names = |c: &Call| -> Vec<String> {
        c.body["commands"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|c| c["command"].as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default()
    };
    for code in [Some("th"), None] {
        let own = got(api
            .wait_for("setMyCommands", REPLY, |c| {
                c.body["scope"]["type"].as_str() == Some("chat")
                    && c.body["scope"]["chat_id"].as_i64() == Some(ORGANISER)
                    && c.body["language_code"].as_str() == code
            })
            .await);
        let own = names(&own);
        for c in [
            "invite",
            "invites",
            "registrations",
            "export",
            "reload",
            "stats",
            "schedule",
        ] {
            assert!(own.contains(&c.to_string()), "{c} not in {own:?}");
        }
    }
    // Wait until every menu is published, then look at everyone's.
    got(api
        .wait_for_n(0, "setMyCommands", 22, REPLY, |_| true)
        .await);
    for call in api.calls_of("setMyCommands") {
        if call.body.get("scope").is_none() {
            let public = names(&call);
            assert!(public.contains(&"dialogues".to_string()), "{public:?}");
            assert!(
                !public
                    .iter()
                    .any(|c| ["invite", "export", "reload", "stats"].contains(&c.as_str())),
                "organisers' commands in the public menu: {public:?}"
            );
        }
    }
    bot.stop_cleanly().await;
    assert_no_violations(&api);
    api.stop().await;
}

/// SIGHUP reloads the event file: a broken one is refused (each problem
/// logged with its line) and the old content stays; a good one is used
/// from then on. Nothing is logged at ERROR, and the bot keeps running.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sighup_reloads_the_event_file_and_refuses_a_broken_one() {
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let event = dir.path().join("event");
    copy_dir(&Path::new(MANIFEST_DIR).join("events/nanning-2025"), &event);
    let mut cmd = bot_command(&api, &dir.path().join("desk.db"));
    let organiser = Delegate {
        id: 5_550_778,
        first_name: "Org",
        language_code: "en",
    };
    cmd.env("EVENT_DIR", &event)
        .env("ORGANISER_IDS", organiser.id.to_string());
    let mut bot = Running::spawn("bot", cmd);
    organiser.command(&api, 1, "/start");
    // The greeting and the menu, before anything else is awaited.
    got(api
        .wait_for_n(0, "sendMessage", 2, REPLY, to_chat(organiser.id))
        .await);
    let ana = Delegate {
        id: 5_550_777,
        first_name: "Ana",
        language_code: "en",
    };
    let mut message_id = 0;
    // The dialogues' seats as the delegate sees them.
    let mut seats = async |api: &FakeBotApi| -> String {
        message_id += 1;
        let mark = api.mark();
        ana.command(api, message_id, "/dialogues");
        got(api
            .wait_for_from(mark, "sendMessage", REPLY, to_chat(ana.id))
            .await)
        .str("text")
        .to_string()
    };
    assert!(seats(&api).await.contains("of 120"));
    let log_has = async |bot: &Running, what: &str| {
        let deadline = Instant::now() + REPLY;
        while !strip_ansi(&bot.stderr()).contains(what) {
            assert!(Instant::now() < deadline, "no {what:?} in the log");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    };
    let hup = |bot: &Running| {
        let status = Command::new("kill")
            .args(["-HUP", &bot.pid().to_string()])
            .status()
            .expect("cannot run kill");
        assert!(status.success());
    };
    let toml = event.join("event.toml");
    let original = std::fs::read_to_string(&toml).unwrap();

    std::fs::write(&toml, original.replace("capacity = 120", "capacity = -3")).unwrap();
    let mark = api.mark();
    hup(&bot);
    log_has(&bot, "reload refused").await;
    // The organisers are told each problem, with its line.
    let told = got(api
        .wait_for_from(mark, "sendMessage", REPLY, to_chat(organiser.id))
        .await);
    assert!(
        told.str("text").contains("capacity -3") && told.str("text").contains("event.toml:"),
        "{}",
        told.str("text")
    );
    assert!(strip_ansi(&bot.stderr()).contains("capacity -3"));
    assert!(
        seats(&api).await.contains("of 120"),
        "the old content stays"
    );

    std::fs::write(&toml, original.replace("capacity = 120", "capacity = 5")).unwrap();
    hup(&bot);
    log_has(&bot, "event content reloaded").await;
    assert!(
        seats(&api).await.contains("of 5"),
        "the new capacity is used"
    );

    bot.stop_cleanly().await;
    assert_no_violations(&api);
    api.stop().await;
}
