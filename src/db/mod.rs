//! Storage. Every SQL statement of the bot lives under this module, one
//! submodule per group of tables, written to run on SQLite and PostgreSQL
//! alike where that costs nothing (`$1` placeholders, `ON CONFLICT`).

pub mod delegates;

use std::str::FromStr;
use std::time::Duration;

use sqlx::SqlitePool;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::error::{Error, Result};

/// The database: a pool of connections.
#[derive(Clone, Debug)]
pub struct Db {
    pool: SqlitePool,
}

impl Db {
    /// Opens (creating it if needed) the database at `url`, in WAL mode.
    pub async fn connect(url: &str) -> Result<Db> {
        let options = SqliteConnectOptions::from_str(url)
            .map_err(|e| Error::Config(format!("DATABASE_URL: {e}")))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .busy_timeout(Duration::from_secs(5))
            .foreign_keys(true);
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .connect_with(options)
            .await?;
        Ok(Db { pool })
    }

    /// Applies the migrations embedded from `migrations/`.
    pub async fn migrate(&self) -> Result<()> {
        sqlx::migrate!("./migrations").run(&self.pool).await?;
        Ok(())
    }

    /// Waits for open connections to finish and closes them.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}
