//! End-to-end tests: the real `delegate-desk` binary against a fake Bot API
//! server on loopback, stopped with SIGTERM like a service manager would.

mod fake_bot_api;

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use fake_bot_api::{Call, FakeBotApi};
use serde_json::{Value, json};

const TOKEN: &str = "123456:TEST-TOKEN-never-printed";
const SECRET: &str = "TEST-TOKEN-never-printed";
const NOW: &str = "2025-01-16T10:30:00+08:00";
const BIN: &str = env!("CARGO_BIN_EXE_delegate-desk");
const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");

/// How long the bot may take to answer an update.
const REPLY: Duration = Duration::from_secs(20);
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
        let errors: Vec<&str> = stderr
            .lines()
            .filter(|l| l.contains(" ERROR ") || l.contains("ERROR"))
            .collect();
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

/// The command for the bot with the given environment, in the project
/// folder (its event and locales), nothing inherited that could change it.
fn bot_command(api: &FakeBotApi, database: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.arg("run")
        .current_dir(MANIFEST_DIR)
        .env("TELOXIDE_TOKEN", TOKEN)
        .env("TELOXIDE_API_URL", api.url())
        .env("DATABASE_URL", format!("sqlite://{}", database.display()))
        .env("DELEGATE_DESK_NOW", NOW)
        .env("RUST_LOG", "info")
        .env_remove("EVENT_DIR")
        .env_remove("LOCALES_DIR")
        .env_remove("ORGANISER_IDS")
        .env_remove("VOLUNTEER_CHAT_ID");
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
    let api = FakeBotApi::start(TOKEN).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("desk.db");
    let dara = Delegate {
        id: 5_550_002,
        first_name: "Dara",
        language_code: "en",
    };

    let mut first = start_bot("first run", &api, &database);
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
    first.stop_cleanly().await;

    let mark = api.mark();
    let mut second = start_bot("second run", &api, &database);
    dara.command(&api, 2, "/menu");
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
    // /menu (greeting and menu, the language change, then the /menu reply).
    let count = |method: &str| api.calls_of(method).len();
    assert_eq!(count("sendMessage"), 3, "{}", api.summary(0));
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
