//! Databases for tests: a SQLite file in a temporary folder, or a fresh
//! PostgreSQL database per test (so tests run in parallel), dropped at the
//! end.
//!
//! PostgreSQL is found at `TEST_DATABASE_URL` (a server URL whose database
//! the tests may connect to, to create their own), by default
//! `postgres://postgres@127.0.0.1:5432/test`. When no server answers, the
//! PostgreSQL half of each storage test is skipped, with a note on the
//! terminal; with `TEST_REQUIRE_POSTGRES=1` (as in `.ci/run`) it fails.
#![allow(dead_code)]

use std::io::Write;
use std::str::FromStr;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use delegate_desk::db::{Backend, Db};
use sqlx::postgres::PgConnectOptions;
use sqlx::{ConnectOptions, Connection, Executor};

pub const DEFAULT_TEST_DATABASE_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

/// A database for one test, with what is needed to reopen it.
pub struct TestDb {
    pub db: Db,
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin: String, name: String },
}

impl TestDb {
    /// A SQLite database in a new temporary folder.
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("desk.db").display());
        let db = open(&url).await;
        TestDb {
            db,
            url,
            cleanup: Cleanup::Sqlite(dir),
        }
    }

    /// A new, empty PostgreSQL database, or `None` (with a note) when no
    /// server answers and none is required.
    pub async fn postgres() -> Option<TestDb> {
        let admin = std::env::var("TEST_DATABASE_URL")
            .ok()
            .filter(|u| !u.trim().is_empty())
            .unwrap_or_else(|| DEFAULT_TEST_DATABASE_URL.to_string());
        let options = match PgConnectOptions::from_str(&admin) {
            Ok(o) => o,
            Err(e) => panic!("TEST_DATABASE_URL is not a PostgreSQL URL: {e}"),
        };
        let mut conn = match options.connect().await {
            Ok(c) => c,
            Err(e) => {
                skipped(&admin, &e.to_string());
                return None;
            }
        };
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "delegate_desk_test_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        conn.execute(format!("DROP DATABASE IF EXISTS {name}").as_str())
            .await
            .expect("drop an old test database");
        conn.execute(format!("CREATE DATABASE {name}").as_str())
            .await
            .expect("create a test database");
        let _ = conn.close().await;
        let mut url = url::Url::parse(&admin).expect("TEST_DATABASE_URL is a URL");
        url.set_path(&format!("/{name}"));
        let url = url.to_string();
        let db = open(&url).await;
        assert_eq!(db.backend(), Backend::Postgres);
        Some(TestDb {
            db,
            url,
            cleanup: Cleanup::Postgres { admin, name },
        })
    }

    /// Both backends: SQLite always, PostgreSQL when a server answers.
    pub async fn each() -> Vec<TestDb> {
        let mut dbs = vec![TestDb::sqlite().await];
        dbs.extend(TestDb::postgres().await);
        dbs
    }

    pub fn backend(&self) -> Backend {
        self.db.backend()
    }

    /// Closes the pool and opens the same database again (a restart).
    pub async fn reopen(&mut self) {
        self.db.close().await;
        self.db = open(&self.url).await;
    }
}

async fn open(url: &str) -> Db {
    let db = Db::connect(url).await.expect("the test database opens");
    db.migrate().await.expect("migrations apply");
    db
}

/// Says once per test binary, on the terminal itself (passing tests'
/// output is captured), that the PostgreSQL tests did not run; fails
/// instead when they are required.
fn skipped(url: &str, why: &str) {
    let shown = delegate_desk::config::redacted_url(url);
    if std::env::var("TEST_REQUIRE_POSTGRES").is_ok_and(|v| v == "1") {
        panic!("TEST_REQUIRE_POSTGRES=1 but PostgreSQL at {shown} is not reachable: {why}");
    }
    static SAID: OnceLock<()> = OnceLock::new();
    SAID.get_or_init(|| {
        let _ = writeln!(
            std::io::stderr().lock(),
            "\nnote: PostgreSQL tests SKIPPED: no server at {shown} ({why}).\n      \
             Start one (trust authentication) or set TEST_DATABASE_URL=postgres://user@host:port/db \
             to run them; see README, \"Tests\".\n"
        );
    });
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Cleanup::Postgres { admin, name } = &self.cleanup else {
            return;
        };
        let (admin, name) = (admin.clone(), name.clone());
        // Drop runs inside the test's runtime: do the async clean-up on a
        // thread of its own, and wait for it. FORCE ends the pool's
        // connections, whatever the test left open.
        let done = std::thread::spawn(move || {
            let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            rt.block_on(async move {
                if let Ok(mut conn) = sqlx::PgConnection::connect(&admin).await {
                    let _ = conn
                        .execute(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str())
                        .await;
                    let _ = conn.close().await;
                }
            });
        });
        let _ = done.join();
    }
}
