//! What every handler shares: the content (which an organiser may reload),
//! the database, the clock, who has which role, and the shutdown signal.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use crate::announcements::changes::{self, Change};
use crate::announcements::outbox::Outbox;
use crate::announcements::pace::Pace;
use crate::announcements::{Audience, Notice};
use crate::clock::Clock;
use crate::content::Content;
use crate::db::{Db, announcements as stored_announcements, delegates};
use crate::i18n::Lang;
use crate::shutdown::Shutdown;

mod known;
pub use known::Known;

/// How long Telegram's answer to "is this user in the volunteers' group?"
/// is trusted.
pub const MEMBERSHIP_TTL: Duration = Duration::from_secs(300);

#[derive(Debug)]
pub struct App {
    /// The event and every text, validated, with the changes made on
    /// site applied; replaced whole on reload or on a change.
    content: RwLock<Arc<Content>>,
    /// The same as the files have it, and the changes made on site.
    files: RwLock<(Arc<Content>, Vec<Change>)>,
    /// Announcements and notices, and the pace of all sending.
    pub outbox: Outbox,
    /// Where the content was read from (`None`: bundled), for reloads.
    pub sources: Sources,
    pub db: Db,
    pub clock: Clock,
    pub roles: Roles,
    pub shutdown: Shutdown,
    /// Who is a member of the volunteers' group, as Telegram last said.
    members: Mutex<HashMap<u64, (bool, Instant)>>,
    /// Whether the volunteers' group is a forum, as Telegram last said.
    forum: Mutex<Option<(bool, Instant)>>,
    /// This process, as it signs what it takes in the database (updates
    /// being handled, once-only jobs).
    pub instance: String,
    /// Whether an update id seen before is left alone (always, but for
    /// the handler tests: see [`App::skip_redelivery_check`]).
    once: std::sync::atomic::AtomicBool,
}

/// How long an update being handled stays taken: after that (its instance
/// crashed), a redelivery is handled again. Handling is bounded by the
/// database's and Telegram's waits, far below this.
const UPDATE_LEASE: chrono::TimeDelta = chrono::TimeDelta::seconds(60);
/// How late an update accepted by an instance that died is still taken
/// over by another (later, the delegate has moved on).
pub const ORPHAN_MAX_AGE: chrono::TimeDelta = chrono::TimeDelta::minutes(10);
/// On SQLite, the longest the check for a redelivered update may hold an
/// update up: past it (another process holds the write lock), the update
/// is handled anyway. One instance polls there, and Telegram redelivers
/// only after a crash, never while the first delivery is in hand. On
/// PostgreSQL, a redelivery races the first on another instance, so the
/// check waits as long as any statement (the pool's own limit).
const SQLITE_CHECK_WAIT: std::time::Duration = std::time::Duration::from_millis(500);

/// A name for this process: its id and a random part (ids repeat across
/// machines and restarts).
fn instance_name() -> String {
    let mut random = [0u8; 4];
    let random = match getrandom::fill(&mut random) {
        Ok(()) => random
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>(),
        Err(_) => format!("{:x}", chrono::Utc::now().timestamp_subsec_nanos()),
    };
    format!("{}-{random}", std::process::id())
}

/// The folders the content comes from; `None`: the bundled copy.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    pub event_dir: Option<PathBuf>,
    pub locales_dir: Option<PathBuf>,
}

/// Who is who, from the settings.
#[derive(Debug, Clone, Default)]
pub struct Roles {
    /// `ORGANISER_IDS`: Telegram user ids of the organisers.
    pub organisers: BTreeSet<u64>,
    /// `VOLUNTEER_CHAT_ID`: the volunteers' group.
    pub volunteer_chat: Option<i64>,
    /// `VOLUNTEER_LANGUAGE`: what the bot writes to volunteers in.
    pub volunteer_language: Lang,
    /// `TICKET_RERAISE_MINUTES` (`None`: the default).
    pub reraise_minutes: Option<u32>,
    /// `BROADCAST_RATE`: messages a second (`None`: Telegram's free 30).
    pub broadcast_rate: Option<u32>,
    /// `PAID_BROADCAST`: broadcasts use `allow_paid_broadcast`.
    pub paid_broadcast: bool,
}

impl Roles {
    pub fn is_organiser(&self, user_id: u64) -> bool {
        self.organisers.contains(&user_id)
    }

    pub fn is_volunteer_chat(&self, chat_id: i64) -> bool {
        self.volunteer_chat == Some(chat_id)
    }

    /// After how long an unclaimed ticket is raised again.
    pub fn reraise_after(&self) -> chrono::Duration {
        let minutes = self
            .reraise_minutes
            .unwrap_or(crate::config::DEFAULT_RERAISE_MINUTES);
        chrono::Duration::minutes(i64::from(minutes))
    }
}

impl App {
    pub fn new(
        content: Content,
        db: Db,
        clock: Clock,
        roles: Roles,
        shutdown: Shutdown,
    ) -> Arc<App> {
        App::with_sources(content, Sources::default(), db, clock, roles, shutdown)
    }

    pub fn with_sources(
        content: Content,
        sources: Sources,
        db: Db,
        clock: Clock,
        roles: Roles,
        shutdown: Shutdown,
    ) -> Arc<App> {
        let content = Arc::new(content);
        Content::prepare(content.clone());
        let pace = Pace::new(
            roles
                .broadcast_rate
                .unwrap_or(crate::announcements::pace::DEFAULT_RATE),
            roles.paid_broadcast,
        );
        Arc::new(App {
            files: RwLock::new((content.clone(), Vec::new())),
            content: RwLock::new(content),
            outbox: Outbox::new(db.clone(), Arc::new(pace)),
            sources,
            db,
            clock,
            roles,
            shutdown,
            members: Mutex::new(HashMap::new()),
            forum: Mutex::new(None),
            instance: instance_name(),
            once: std::sync::atomic::AtomicBool::new(true),
        })
    }

    /// Handles every update without asking the database whether its id
    /// was seen before. For long polling: teloxide confirms a batch to
    /// Telegram as soon as it has read it, before handling it, so Telegram
    /// never delivers a handled update again (a crash loses the updates in
    /// hand rather than repeating them), and the check would cost two
    /// writes an update for nothing. Also for tests with teloxide_tests'
    /// `MockBot`, which numbers every mock bot's updates from 42.
    pub fn skip_redelivery_check(&self) {
        self.once.store(false, std::sync::atomic::Ordering::Relaxed);
    }

    /// Whether updates may arrive twice here (webhook mode): each is
    /// then taken before it is handled, and its writes are journaled (see
    /// `db::journal`).
    pub fn checks_redelivery(&self) -> bool {
        self.once.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Takes update `id` for this instance, unless it was handled already
    /// or is being handled (see `db::updates`). Times are the real clock's,
    /// not the rehearsal clock's. When the database cannot say (see
    /// [`SQLITE_CHECK_WAIT`]), the update is handled: an answer matters
    /// more than a rare double.
    pub async fn begin_update(&self, id: i64) -> crate::db::updates::Begin {
        use crate::db::updates::{Begin, begin};
        if !self.once.load(std::sync::atomic::Ordering::Relaxed) {
            return Begin::New;
        }
        let now = chrono::Utc::now();
        let check = async {
            let mut conn = self.db.conn().await?;
            begin(&mut conn, id, &self.instance, now, now - UPDATE_LEASE).await
        };
        let wait = match self.db.backend() {
            crate::db::Backend::Sqlite => SQLITE_CHECK_WAIT,
            crate::db::Backend::Postgres => std::time::Duration::from_secs(5),
        };
        match tokio::time::timeout(wait, check).await {
            Ok(Ok(found)) => found,
            // (Handled as if it had run before: its writes look for a
            // record of themselves first.)
            Ok(Err(e)) => {
                tracing::warn!(error = %e, "cannot check whether the update was handled before");
                Begin::Again
            }
            Err(_) => {
                tracing::warn!("the check for a redelivered update is slow; handling it anyway");
                Begin::Again
            }
        }
    }

    /// Keeps an update accepted by the webhook (its id and JSON) until it
    /// is handled, before Telegram is answered: if this instance dies
    /// first, another takes it over (see [`App::take_orphans`]). `Ok(false)`:
    /// known already.
    pub async fn queue_update(&self, id: i64, body: &str) -> crate::Result<bool> {
        let mut conn = self.db.conn().await?;
        crate::db::updates::queue(&mut conn, id, &self.instance, chrono::Utc::now(), body).await
    }

    /// Updates other instances accepted and did not finish, taken over by
    /// this one because theirs was not heard of for `gone_after` (it died,
    /// or stopped before it got to them), at most `limit`, as (id, JSON):
    /// one they had begun only once its lease ran out, and none that
    /// arrived more than [`ORPHAN_MAX_AGE`] ago.
    pub async fn take_orphans(
        &self,
        gone_after: chrono::TimeDelta,
        limit: i64,
    ) -> crate::Result<Vec<(i64, String)>> {
        let now = chrono::Utc::now();
        let when = crate::db::updates::Orphaned {
            alive_since: now - gone_after,
            begun_before: now - UPDATE_LEASE,
            arrived_since: now - ORPHAN_MAX_AGE,
        };
        let mut conn = self.db.conn().await?;
        crate::db::updates::orphans(&mut conn, &self.instance, now, when, limit).await
    }

    /// Takes the once-only job `name` for this instance for `hold`:
    /// `false` when another instance holds it.
    pub async fn take_job(&self, name: &str, hold: chrono::TimeDelta) -> crate::Result<bool> {
        let now = chrono::Utc::now();
        let mut conn = self.db.conn().await?;
        crate::db::updates::take_job(&mut conn, name, &self.instance, now, now + hold).await
    }

    /// Records update `id` as handled.
    pub async fn finish_update(&self, id: i64) {
        let done = async {
            let mut conn = self.db.conn().await?;
            crate::db::updates::finish(&mut conn, id, chrono::Utc::now()).await
        };
        if let Err(e) = done.await {
            tracing::warn!(error = %e, "cannot record an update as handled");
        }
    }

    /// The content now. A handler takes it once and keeps it for the whole
    /// update, so that a reload never shows half of each.
    pub fn content(&self) -> Arc<Content> {
        match self.content.read() {
            Ok(c) => c.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Replaces the content (already validated) as the files have it; the
    /// changes made on site stay on top.
    pub fn set_content(&self, content: Content) {
        let mut files = self.files.write().unwrap_or_else(|p| p.into_inner());
        files.0 = Arc::new(content);
        self.rebuild(&files);
    }

    /// Uses these changes made on site from now on.
    pub fn set_changes(&self, changes: Vec<Change>) {
        let mut files = self.files.write().unwrap_or_else(|p| p.into_inner());
        if files.1 == changes {
            return;
        }
        files.1 = changes;
        self.rebuild(&files);
    }

    fn rebuild(&self, (base, changes): &(Arc<Content>, Vec<Change>)) {
        let content = if changes.is_empty() {
            base.clone()
        } else {
            Arc::new(base.with_event(changes::apply(&base.event, changes)))
        };
        Content::prepare(content.clone());
        match self.content.write() {
            Ok(mut c) => *c = content,
            Err(poisoned) => *poisoned.into_inner() = content,
        }
    }

    /// The content as the files have it, and the changes made on site.
    pub fn files(&self) -> (Arc<Content>, Vec<Change>) {
        self.files.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Reads the changes made on site (by this instance or another) and
    /// uses them.
    pub async fn load_changes(&self) -> crate::error::Result<()> {
        let changes = stored_announcements::changes(&mut *self.db.conn().await?).await?;
        self.set_changes(changes);
        Ok(())
    }

    /// The organisers, as Telegram chat ids.
    pub fn organiser_ids(&self) -> Vec<i64> {
        self.roles
            .organisers
            .iter()
            .filter_map(|&o| i64::try_from(o).ok())
            .collect()
    }

    /// Whether Telegram said lately that `user_id` is (or is not) in the
    /// volunteers' group.
    pub fn known_member(&self, user_id: u64) -> Option<bool> {
        let members = self.members.lock().unwrap_or_else(|p| p.into_inner());
        members
            .get(&user_id)
            .filter(|(_, at)| at.elapsed() < MEMBERSHIP_TTL)
            .map(|(member, _)| *member)
    }

    /// Remembers Telegram's answer for [`MEMBERSHIP_TTL`].
    pub fn remember_member(&self, user_id: u64, member: bool) {
        let mut members = self.members.lock().unwrap_or_else(|p| p.into_inner());
        members.retain(|_, (_, at)| at.elapsed() < MEMBERSHIP_TTL);
        members.insert(user_id, (member, Instant::now()));
    }

    /// Whether Telegram said lately that the volunteers' group is a forum.
    pub fn known_forum(&self) -> Option<bool> {
        let forum = self.forum.lock().unwrap_or_else(|p| p.into_inner());
        forum
            .filter(|(_, at)| at.elapsed() < MEMBERSHIP_TTL)
            .map(|(f, _)| f)
    }

    pub fn remember_forum(&self, is_forum: bool) {
        let mut forum = self.forum.lock().unwrap_or_else(|p| p.into_inner());
        *forum = Some((is_forum, Instant::now()));
    }

    /// The language to answer a user in: the one they chose, else the one
    /// their Telegram app uses. Storage trouble falls back to the latter.
    pub async fn language_of(&self, user_id: u64, telegram_code: Option<&str>) -> Lang {
        let fallback = Lang::negotiate(telegram_code);
        let Ok(id) = i64::try_from(user_id) else {
            return fallback;
        };
        let known = &self.outbox.known;
        if let Some(chosen) = known.recall(id, telegram_code) {
            return chosen.unwrap_or(fallback);
        }
        let asked = known.asking();
        let seen = async {
            delegates::seen(
                &mut *self.db.conn().await?,
                id,
                telegram_code,
                self.clock.now(),
            )
            .await
        };
        match seen.await {
            Ok(code) => {
                let chosen = code.as_deref().and_then(Lang::from_code);
                known.note(asked, id, telegram_code, chosen);
                chosen.unwrap_or(fallback)
            }
            Err(e) => {
                tracing::warn!(error = %e, "could not read the delegate's language");
                fallback
            }
        }
    }

    /// The language of someone the bot writes to first (a delegate given a
    /// seat): the one they chose, else the one their app reported last.
    pub async fn language_of_stored(&self, telegram_id: i64) -> Lang {
        let stored = async { delegates::get(&mut *self.db.conn().await?, telegram_id).await };
        match stored.await {
            Ok(Some(d)) => delegates::language_of(d.language.as_deref(), d.app_language.as_deref()),
            Ok(None) => Lang::En,
            Err(e) => {
                tracing::warn!(error = %e, "could not read a delegate's language");
                Lang::En
            }
        }
    }
}

/// What a reload changed.
#[derive(Debug, Clone, Default)]
pub struct Reloaded {
    /// Delegates given seats that a raised capacity freed (to be told).
    pub promoted: Vec<crate::registration::seats::Promotion>,
    /// Sessions now over a lowered capacity, and by how many (nobody is
    /// removed).
    pub over: Vec<(String, i64)>,
    /// What changed for delegates (a session's time or place, a venue, a
    /// shuttle), to announce once an organiser has seen it.
    pub notices: Vec<(Notice, Audience)>,
}

impl App {
    /// Reads the event and the translations again and, if they pass every
    /// check, uses them from now on; then gives the seats a raised capacity
    /// freed to those waiting. A broken file changes nothing: its problems
    /// come back as [`crate::Error::Invalid`].
    pub async fn reload(&self) -> crate::error::Result<Reloaded> {
        // Off the runtime's worker (one, by default): reading and checking
        // every file takes tens of milliseconds that no update should wait.
        let sources = self.sources.clone();
        let read = tokio::task::spawn_blocking(move || {
            Content::from_folders(sources.event_dir.as_deref(), sources.locales_dir.as_deref())
        })
        .await;
        let content = match read {
            Ok(read) => read.map_err(crate::Error::Invalid)?,
            Err(e) => return Err(crate::Error::Panic(e.to_string())),
        };
        let before = self.content();
        self.set_content(content);
        let event = self.content().event.clone();
        let notices = changes::notices(&before.event, &event);
        let (promoted, over) = crate::registration::seats::rebalance(&self.db, &event).await?;
        tracing::info!(
            promoted = promoted.len(),
            over = over.len(),
            "event content reloaded"
        );
        Ok(Reloaded {
            promoted,
            over,
            notices,
        })
    }
}
