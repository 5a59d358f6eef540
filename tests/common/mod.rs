//! Helpers for handler tests: an app on the bundled event with a fresh
//! database and a pinned clock, users in a given language, and checks that
//! every request the bot made is one Telegram accepts.
#![allow(dead_code)]

pub mod db;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use delegate_desk::app::{App, Roles, Sources};
use delegate_desk::clock::Clock;
use delegate_desk::content::{Content, Folder};
use delegate_desk::db::{Db, delegates};
use delegate_desk::i18n::Lang;
use delegate_desk::shutdown::Shutdown;
use delegate_desk::telegram::callback::Callback;
use delegate_desk::telegram::schema;
use teloxide::dptree::deps;
use teloxide::types::{InlineKeyboardButtonKind, InlineKeyboardMarkup, Message, ReplyMarkup, User};
use teloxide_tests::server::Responses;
use teloxide_tests::{IntoUpdate, MockBot, MockCallbackQuery, MockMessageText, MockUser};

pub use db::TestDb;

pub const USER_ID: u64 = 4242;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn bundled_event() -> PathBuf {
    root().join("events/nanning-2025")
}

/// The app under test, with its own database.
pub struct TestApp {
    pub app: Arc<App>,
    pub db: TestDb,
    event_dir: Option<PathBuf>,
    roles: Roles,
}

impl TestApp {
    /// The bundled event, clock pinned at `now` (RFC 3339), SQLite.
    pub async fn at(now: &str) -> TestApp {
        TestApp::new(TestDb::sqlite().await, None, Roles::default(), now).await
    }

    /// Another event folder.
    pub async fn with_event(event_dir: &Path, now: &str) -> TestApp {
        TestApp::new(
            TestDb::sqlite().await,
            Some(event_dir.to_path_buf()),
            Roles::default(),
            now,
        )
        .await
    }

    /// The bundled event with organisers and a volunteers' group.
    pub async fn with_roles(roles: Roles, now: &str) -> TestApp {
        TestApp::new(TestDb::sqlite().await, None, roles, now).await
    }

    pub async fn new(db: TestDb, event_dir: Option<PathBuf>, roles: Roles, now: &str) -> TestApp {
        let app = open(event_dir.as_deref(), db.db.clone(), roles.clone(), now);
        TestApp {
            app,
            db,
            event_dir,
            roles,
        }
    }

    /// The same database and event, opened again (a restart).
    pub async fn restart(&mut self, now: &str) -> Arc<App> {
        self.db.reopen().await;
        self.app = open(
            self.event_dir.as_deref(),
            self.db.db.clone(),
            self.roles.clone(),
            now,
        );
        self.app.clone()
    }

    pub fn t(&self, lang: Lang, id: &str) -> String {
        self.app.content().i18n.text(lang, id)
    }

    pub async fn count_delegates(&self) -> i64 {
        delegates::count(&mut self.app.db.conn().await.unwrap())
            .await
            .unwrap()
    }

    pub fn bot<T: IntoUpdate>(
        &self,
        update: T,
    ) -> MockBot<delegate_desk::Error, teloxide_tests::mock_bot::DistributionKey> {
        bot_for(self.app.clone(), update)
    }
}

/// The bundled content (or `event_dir`), from the repository's folders.
pub fn content(event_dir: Option<&Path>) -> Content {
    let event = match event_dir {
        Some(dir) => Folder::read(dir).expect("the event folder reads"),
        None => Folder::read(&bundled_event()).expect("the bundled event reads"),
    };
    let locales = Folder::read(&root().join("locales")).expect("the locales read");
    Content::load(&event, &locales).expect("the event and locales load")
}

fn open(event_dir: Option<&Path>, db: Db, roles: Roles, now: &str) -> Arc<App> {
    let now: DateTime<Utc> = DateTime::parse_from_rfc3339(now)
        .expect("RFC 3339 moment")
        .to_utc();
    let sources = Sources {
        event_dir: Some(event_dir.map_or_else(bundled_event, Path::to_path_buf)),
        locales_dir: Some(root().join("locales")),
    };
    let app = App::with_sources(
        content(event_dir),
        sources,
        db,
        Clock::Fixed(now),
        roles,
        Shutdown::never(),
    );
    // Every MockBot numbers its updates from 42: here a repeated id is a
    // new update (the end-to-end tests check that a real redelivery is
    // left alone).
    app.skip_redelivery_check();
    app
}

pub fn bot_for<T: IntoUpdate>(
    app: Arc<App>,
    update: T,
) -> MockBot<delegate_desk::Error, teloxide_tests::mock_bot::DistributionKey> {
    let mut bot = MockBot::new(update, schema());
    bot.dependencies(deps![app]);
    bot
}

pub fn user(language_code: Option<&str>) -> User {
    let mut u = MockUser::new().id(USER_ID).first_name("Ana");
    u.language_code = language_code.map(String::from);
    u.build()
}

/// A text message from a user whose Telegram app uses `language_code`.
pub fn text(language_code: Option<&str>, body: &str) -> MockMessageText {
    MockMessageText::new()
        .text(body)
        .from(user(language_code))
        .chat(
            teloxide_tests::MockPrivateChat::new()
                .id(USER_ID as i64)
                .build(),
        )
}

/// A button press on `message` (a message the bot sent).
pub fn press(
    language_code: Option<&str>,
    data: &str,
    message: Option<Message>,
) -> MockCallbackQuery {
    let mut q = MockCallbackQuery::new()
        .data(data)
        .from(user(language_code));
    if let Some(m) = message {
        q = q.message(m);
    }
    q
}

pub fn press_cb(
    language_code: Option<&str>,
    cb: Callback,
    message: Option<Message>,
) -> MockCallbackQuery {
    press(language_code, &cb.encode(), message)
}

/// The text of the first message the bot sent.
pub fn first_sent(r: &Responses) -> &str {
    match r.sent_messages_text.first() {
        Some(m) => &m.bot_request.text,
        None => panic!("the bot sent no message"),
    }
}

/// Every text the bot sent or edited, in order of kind.
pub fn texts(r: &Responses) -> Vec<String> {
    r.sent_messages_text
        .iter()
        .map(|m| m.bot_request.text.clone())
        .chain(
            r.edited_messages_text
                .iter()
                .map(|m| m.bot_request.text.clone()),
        )
        .collect()
}

pub fn markup_of(m: &Option<ReplyMarkup>) -> Vec<(String, String)> {
    match m {
        Some(ReplyMarkup::InlineKeyboard(k)) => buttons(k),
        _ => Vec::new(),
    }
}

/// The label of every button.
pub fn button_labels(m: &Option<ReplyMarkup>) -> Vec<String> {
    markup_of(m).into_iter().map(|b| b.0).collect()
}

/// The callback data of every button.
pub fn button_data(m: &Option<ReplyMarkup>) -> Vec<String> {
    markup_of(m).into_iter().map(|b| b.1).collect()
}

/// (label, callback data) of every button.
pub fn buttons(k: &InlineKeyboardMarkup) -> Vec<(String, String)> {
    k.inline_keyboard
        .iter()
        .flatten()
        .map(|b| {
            let data = match &b.kind {
                InlineKeyboardButtonKind::CallbackData(d) => d.clone(),
                other => format!("{other:?}"),
            };
            (b.text.clone(), data)
        })
        .collect()
}

/// The text as the user reads it: tags removed, entities decoded.
pub fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Asserts `html` is text Telegram accepts in HTML mode: within 4096 UTF-16
/// units, only the tags we use and balanced, every `&` an entity, no
/// isolation marks.
pub fn assert_valid_html(html: &str) {
    assert!(
        html.encode_utf16().count() <= 4096,
        "text of {} units",
        html.encode_utf16().count()
    );
    assert!(
        !html.contains(['\u{2068}', '\u{2069}']),
        "isolation marks in {html:?}"
    );
    let mut stack: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&', '>']) {
        let tail = &rest[i..];
        if let Some(after) = tail.strip_prefix('&') {
            assert!(
                ["amp;", "lt;", "gt;", "quot;"]
                    .iter()
                    .any(|e| after.starts_with(e)),
                "bare & in {html:?}"
            );
            rest = after;
            continue;
        }
        assert!(tail.starts_with('<'), "bare > in {html:?}");
        let end = tail
            .find('>')
            .unwrap_or_else(|| panic!("unclosed tag in {html:?}"));
        let tag = &tail[1..end];
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(
                stack.pop().as_deref(),
                Some(name),
                "unbalanced </{name}> in {html:?}"
            );
        } else if tag.starts_with("a href=\"tg://user?id=") && tag.ends_with('"') {
            // A mention of a volunteer by id.
            stack.push("a".to_string());
        } else {
            assert!(
                ["b", "i", "u", "s", "code", "blockquote"].contains(&tag),
                "unexpected tag <{tag}> in {html:?}"
            );
            stack.push(tag.to_string());
        }
        rest = &tail[end + 1..];
    }
    assert!(stack.is_empty(), "unclosed {stack:?} in {html:?}");
}

/// Asserts every request the bot made is valid: texts (HTML, length),
/// callback data (≤ 64 bytes and decodable), and returns the responses.
pub fn checked(r: Responses) -> Responses {
    let sent = r.sent_messages_text.iter().map(|m| {
        (
            m.bot_request.parse_mode,
            &m.bot_request.text,
            &m.bot_request.reply_markup,
        )
    });
    let edited = r.edited_messages_text.iter().map(|m| {
        (
            m.bot_request.parse_mode,
            &m.bot_request.text,
            &m.bot_request.reply_markup,
        )
    });
    for (parse_mode, text, markup) in sent.chain(edited) {
        assert_eq!(parse_mode, Some(teloxide::types::ParseMode::Html));
        assert_valid_html(text);
        check_markup(markup);
    }
    for v in &r.sent_messages_venue {
        check_markup(&v.bot_request.reply_markup);
        assert!(!v.bot_request.title.is_empty() && !v.bot_request.address.is_empty());
    }
    r
}

fn check_markup(m: &Option<ReplyMarkup>) {
    for (label, data) in markup_of(m) {
        assert!(!label.trim().is_empty(), "empty button label");
        assert!(
            data.len() <= 64,
            "callback data {data:?} is {} bytes",
            data.len()
        );
        assert!(
            Callback::decode(&data).is_some(),
            "button {label:?} has undecodable data {data:?}"
        );
    }
}

/// Whether `s` has characters of the script of `lang` (for non-Latin
/// languages) — the Thai user got Thai.
pub fn in_script(s: &str, lang: Lang) -> bool {
    let range = match lang {
        Lang::Th => '\u{0E00}'..='\u{0E7F}',
        Lang::Lo => '\u{0E80}'..='\u{0EFF}',
        Lang::Km => '\u{1780}'..='\u{17FF}',
        Lang::My => '\u{1000}'..='\u{109F}',
        Lang::ZhCn => '\u{4E00}'..='\u{9FFF}',
        _ => return s.chars().any(|c| c.is_ascii_alphabetic()),
    };
    s.chars().filter(|c| range.contains(c)).count() >= 3
}

/// A copy of the bundled event in a temporary folder, its event.toml
/// changed by `edit` (to try other capacities, cut-offs, broken files).
pub fn bundled_copy(edit: impl Fn(String) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary folder");
    copy_dir(&bundled_event(), dir.path());
    rewrite_event(dir.path(), edit);
    dir
}

/// Changes the event.toml in `dir`.
pub fn rewrite_event(dir: &Path, edit: impl Fn(String) -> String) {
    let file = dir.join("event.toml");
    let toml = std::fs::read_to_string(&file).expect("event.toml reads");
    std::fs::write(&file, edit(toml)).expect("event.toml writes");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("folder");
    for entry in std::fs::read_dir(from).expect("folder reads") {
        let entry = entry.expect("entry");
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copy");
        }
    }
}
