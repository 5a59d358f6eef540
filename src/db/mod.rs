//! Storage. Every SQL statement of the bot lives under this module, one
//! submodule per group of tables.
//!
//! One [`Db`] for both backends, chosen by `DATABASE_URL`: SQLite (a file,
//! WAL mode: the embedded default) or PostgreSQL (several instances share
//! one). Statements are written once, in SQL both understand (`$1`
//! placeholders, `ON CONFLICT`, `RETURNING`; timestamps as RFC 3339 text in
//! UTC), and run through sqlx's `Any` driver. Migrations are per backend
//! (`migrations/sqlite`, `migrations/postgres`), embedded in the binary.
//!
//! Query functions take a connection: one from the pool
//! (`&mut *db.conn().await?`) for a statement on its own, or a transaction
//! (`&mut tx`) so that one feature can change several tables atomically. Writes that read first run in
//! [`Db::write`]: `BEGIN IMMEDIATE` on SQLite, `SERIALIZABLE` on
//! PostgreSQL, tried again when the database reports a conflict. Made
//! while an update is handled, each such write is recorded with the
//! update's id in its own transaction, and made once for it ([`journal`]).

pub mod announcements;
pub mod attendees;
pub mod delegates;
pub mod dialogues;
pub mod invitations;
pub mod journal;
pub mod registrations;
pub mod settings;
pub mod tickets;
pub mod updates;

use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Arc, Mutex as SyncMutex, Weak};
use std::time::Duration;

use futures_util::future::BoxFuture;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::pool::PoolConnection;
use sqlx::postgres::PgDatabaseError;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode};
use sqlx::{Any, AnyPool, ConnectOptions, Connection, Executor, Transaction};

use crate::error::{Error, Result};

/// Which database a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The backend a `DATABASE_URL` names, if it is one we support.
    pub fn of_url(url: &str) -> Option<Backend> {
        let scheme = url.split(':').next()?;
        match scheme {
            "sqlite" => Some(Backend::Sqlite),
            "postgres" | "postgresql" => Some(Backend::Postgres),
            _ => None,
        }
    }
}

/// A write transaction, begun by [`Db::begin_write`] or given by [`Db::write`].
pub type Tx = Transaction<'static, Any>;

/// How many times [`Db::write`] tries a transaction that meets a conflict.
const WRITE_ATTEMPTS: u32 = 8;
/// The longest a statement waits for a connection (PostgreSQL) or for the
/// write lock (SQLite): short, so that a database outage answers the user
/// quickly and never outlasts a shutdown's grace.
const WAIT: Duration = Duration::from_secs(3);
/// Each SQLite connection's page cache, KiB (SQLite's default is 2,000).
const SQLITE_CACHE_KIB: u32 = 512;

/// The database: a pool of connections to SQLite or PostgreSQL.
#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
    turns: Turns,
}

/// In-process queues for named locks: the writers of one thing in this
/// process wait their turn here, in order of arrival and without a
/// connection, so that a burst of taps on one session (300 delegates at the
/// moment registration opens) neither exhausts the pool nor times out while
/// other delegates' work goes on. The database lock is still taken, for the
/// other instances.
#[derive(Clone, Debug, Default)]
struct Turns(Arc<SyncMutex<HashMap<i64, Weak<tokio::sync::Mutex<()>>>>>);

impl Turns {
    /// Waits for this process's turn on every key (sorted, so two writers
    /// never hold one each and wait for the other).
    async fn take(&self, keys: &[i64]) -> Vec<tokio::sync::OwnedMutexGuard<()>> {
        let mut guards = Vec::with_capacity(keys.len());
        for key in keys {
            let queue = {
                let mut map = self.0.lock().unwrap_or_else(|p| p.into_inner());
                map.retain(|_, q| q.strong_count() > 0);
                match map.get(key).and_then(Weak::upgrade) {
                    Some(q) => q,
                    None => {
                        let q = Arc::new(tokio::sync::Mutex::new(()));
                        map.insert(*key, Arc::downgrade(&q));
                        q
                    }
                }
            };
            guards.push(queue.lock_owned().await);
        }
        guards
    }
}

impl Db {
    /// Connects to the database at `url` (`sqlite://file.db`, created if
    /// missing, in WAL mode; or `postgres://user@host/db`).
    pub async fn connect(url: &str) -> Result<Db> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of_url(url).ok_or_else(|| {
            Error::Config(
                "setting DATABASE_URL is malformed: use sqlite://<file> or postgres://<user>@<host>/<database>".into(),
            )
        })?;
        let malformed =
            |e: sqlx::Error| Error::Config(format!("setting DATABASE_URL is malformed: {e}"));
        let pool_options = match backend {
            Backend::Sqlite => {
                // Create the file and switch it to WAL (a lasting property
                // of the file) with the SQLite driver's own options.
                let options = SqliteConnectOptions::from_str(url)
                    .map_err(malformed)?
                    .create_if_missing(true)
                    .journal_mode(SqliteJournalMode::Wal);
                options.connect().await?.close().await?;
                // Foreign keys are on by default; WAL makes NORMAL sync safe.
                // Each connection is a thread of sqlx's with its own page
                // cache, kept small: the operating system caches the file.
                // (Four connections were too few: a burst of updates, each
                // waiting its turn to write, timed out waiting for one.)
                // A connection to a file does not go stale, so it is not
                // pinged before each use (a round trip to its thread).
                AnyPoolOptions::new()
                    .max_connections(8)
                    .test_before_acquire(false)
                    .after_connect(|conn, _| {
                        Box::pin(async move {
                            let busy_ms = WAIT.as_millis();
                            conn.execute(
                                format!(
                                    "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {busy_ms}; \
                                     PRAGMA cache_size = -{SQLITE_CACHE_KIB}"
                                )
                                .as_str(),
                            )
                            .await?;
                            Ok(())
                        })
                    })
            }
            Backend::Postgres => AnyPoolOptions::new().max_connections(10),
        };
        let options = AnyConnectOptions::from_str(url).map_err(malformed)?;
        let pool = pool_options
            .acquire_timeout(WAIT)
            .connect_with(options)
            .await?;
        Ok(Db {
            pool,
            backend,
            turns: Turns::default(),
        })
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Applies the migrations of this backend, embedded from `migrations/`.
    pub async fn migrate(&self) -> Result<()> {
        match self.backend {
            Backend::Sqlite => {
                sqlx::migrate!("./migrations/sqlite")
                    .run(&self.pool)
                    .await?
            }
            Backend::Postgres => {
                sqlx::migrate!("./migrations/postgres")
                    .run(&self.pool)
                    .await?
            }
        }
        Ok(())
    }

    /// Waits for open connections to finish and closes them.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Whether the database answers (the health check).
    pub async fn ping(&self) -> Result<()> {
        let mut conn = self.conn().await?;
        sqlx::query("SELECT 1").execute(&mut *conn).await?;
        Ok(())
    }

    /// A connection from the pool, for statements outside a transaction.
    pub async fn conn(&self) -> Result<PoolConnection<Any>> {
        Ok(self.pool.acquire().await?)
    }

    /// Begins a transaction that will write: on SQLite it takes the write
    /// lock at once (`BEGIN IMMEDIATE`), so that two writers wait in turn
    /// instead of failing half-way; on PostgreSQL it is `SERIALIZABLE`, so a
    /// read-then-write that raced another fails as a whole (and
    /// [`Db::write`] tries it again).
    pub async fn begin_write(&self) -> Result<Tx> {
        let begin = match self.backend {
            Backend::Sqlite => "BEGIN IMMEDIATE",
            Backend::Postgres => "BEGIN ISOLATION LEVEL SERIALIZABLE",
        };
        Ok(self.pool.begin_with(begin).await?)
    }

    /// Runs `work` in a write transaction and commits it. When PostgreSQL
    /// reports a conflict (a serialization failure or a deadlock), the whole
    /// transaction is rolled back and tried again, a few times, after a
    /// short random pause. (On SQLite, `BEGIN IMMEDIATE` has already waited
    /// its turn for the write lock: there is nothing to try again.)
    ///
    /// While an update is handled, the write is journaled as `kind` (see
    /// [`journal`]): made once for the update, whose handling a second time
    /// gets what it returned the first time, and whose value therefore
    /// reads back from JSON.
    ///
    /// ```ignore
    /// db.write("language", |tx| Box::pin(async move {
    ///     delegates::set_language(tx, id, "th", now).await
    /// })).await?;
    /// ```
    pub async fn write<T, F>(&self, kind: &'static str, mut work: F) -> Result<T>
    where
        T: serde::Serialize + serde::de::DeserializeOwned,
        F: for<'t> FnMut(&'t mut Tx) -> BoxFuture<'t, Result<T>>,
    {
        self.run(kind, None, &mut work).await
    }

    /// Begins a write transaction (holding `locks` on PostgreSQL, when
    /// given), runs `work` and commits, trying again on a conflict; within
    /// an update, made once for it (see [`journal`]).
    async fn run<T, F>(&self, kind: &'static str, locks: Option<&[i64]>, work: &mut F) -> Result<T>
    where
        T: serde::Serialize + serde::de::DeserializeOwned,
        F: for<'t> FnMut(&'t mut Tx) -> BoxFuture<'t, Result<T>>,
    {
        let mut step = journal::step(kind);
        let mut attempt = 1;
        loop {
            // `Ok(None)`: to be made again, unjournaled.
            let result: Result<Option<T>> = async {
                let mut tx = match (self.backend, locks) {
                    (Backend::Postgres, Some(keys)) => {
                        let mut tx = self.pool.begin_with("BEGIN").await?;
                        for key in keys {
                            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                                .bind(*key)
                                .execute(&mut *tx)
                                .await?;
                        }
                        tx
                    }
                    _ => self.begin_write().await?,
                };
                let mut replace = false;
                if let Some(step) = step.as_ref().filter(|s| s.again) {
                    match journal::recorded(&mut tx, step).await? {
                        journal::Recorded::Made(made) => {
                            tx.rollback().await?;
                            tracing::info!(step = %step.name, "a write this update made before is not made again");
                            return Ok(Some(made));
                        }
                        journal::Recorded::Unreadable => replace = true,
                        journal::Recorded::Missing => {}
                    }
                }
                let value = work(&mut tx).await?;
                if let Some(s) = &step
                    && !journal::record(&mut tx, s, &value, replace).await?
                {
                    // Another run of the same update made it a moment ago:
                    // this one is undone, and answers as that one did (or,
                    // should its record not read, is made again unrecorded).
                    tx.rollback().await?;
                    return match journal::recorded(&mut *self.conn().await?, s).await? {
                        journal::Recorded::Made(made) => Ok(Some(made)),
                        _ => Ok(None),
                    };
                }
                tx.commit().await?;
                Ok(Some(value))
            }
            .await;
            match result {
                Ok(Some(value)) => return Ok(value),
                Ok(None) => step = None,
                Err(e) if attempt < WRITE_ATTEMPTS && e.is_conflict() => {
                    tracing::debug!(attempt, error = %e, "write conflict; trying again");
                    // 10, 20, 40 … ms, plus a random part so that the
                    // writers that clashed do not meet again.
                    let base = 5u64 << attempt.min(6);
                    tokio::time::sleep(Duration::from_millis(base + jitter(base))).await;
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        }
    }
}

impl Db {
    /// Runs `work` in a write transaction that first takes the named locks
    /// (a session's seats, a delegate's places), so that writers of the
    /// same thing take turns and each sees what the previous one wrote;
    /// writers of different things do not wait for each other on
    /// PostgreSQL. On SQLite, `BEGIN IMMEDIATE` already makes every writer
    /// take its turn. Writers in this process first queue in memory (see
    /// [`Turns`]), so waiting holds no connection. On PostgreSQL the transaction is READ COMMITTED, so
    /// every statement after the locks sees what was committed before them;
    /// locks are taken in a fixed order (no deadlock between two such
    /// writers) and released at commit. A deadlock with other work is
    /// tried again, as in [`Db::write`].
    pub async fn write_locked<T, F>(
        &self,
        kind: &'static str,
        locks: &[String],
        mut work: F,
    ) -> Result<T>
    where
        T: serde::Serialize + serde::de::DeserializeOwned,
        F: for<'t> FnMut(&'t mut Tx) -> BoxFuture<'t, Result<T>>,
    {
        let mut keys: Vec<i64> = locks.iter().map(|l| lock_key(l)).collect();
        keys.sort_unstable();
        keys.dedup();
        let _turns = self.turns.take(&keys).await;
        self.run(kind, Some(&keys), &mut work).await
    }
}

/// A lock's name as PostgreSQL's advisory lock key: a stable 64-bit hash
/// (FNV-1a), the same in every instance and version.
fn lock_key(name: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h as i64
}

/// The lock on a session's seats.
pub fn session_lock(session_id: &str) -> String {
    format!("session:{session_id}")
}

/// The lock on a delegate's places and profile.
pub fn delegate_lock(telegram_id: i64) -> String {
    format!("delegate:{telegram_id}")
}

/// The lock on an invitation's uses.
pub fn invitation_lock(code: &str) -> String {
    format!("invitation:{code}")
}

/// A random number below `below` (different for every call and task).
fn jitter(below: u64) -> u64 {
    use std::hash::{BuildHasher, RandomState};
    RandomState::new().hash_one(std::time::Instant::now()) % below.max(1)
}

impl Error {
    /// Whether this is a conflict between concurrent PostgreSQL
    /// transactions that trying again resolves: a serialization failure or
    /// a deadlock. Nothing else is (a permission denied is not).
    pub fn is_conflict(&self) -> bool {
        let Error::Database(sqlx::Error::Database(e)) = self else {
            return false;
        };
        e.try_downcast_ref::<PgDatabaseError>()
            .is_some_and(|pg| matches!(pg.code(), "40001" | "40P01"))
    }
}

/// A moment as stored: RFC 3339 in UTC to the second, so that text order is
/// time order on both backends.
pub(crate) fn timestamp(at: chrono::DateTime<chrono::Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
