//! The one error type of the crate.
//!
//! Business outcomes (a stale button, an unknown session) are values in the
//! domain code, not errors; this type is for what really failed.

use std::path::PathBuf;

use crate::problem::Problem;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A setting is missing or malformed. The message names the setting.
    #[error("{0}")]
    Config(String),

    /// Event content or translations did not pass validation.
    #[error("{} problem(s) in the event content or translations; run `delegate-desk check` for the list", .0.len())]
    Invalid(Vec<Problem>),

    #[error("cannot read {path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    #[error("database: {0}")]
    Database(#[from] sqlx::Error),

    #[error("database migration: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),

    #[error("Telegram: {0}")]
    Telegram(#[from] teloxide::RequestError),

    /// A conversation step that could not be stored or read.
    #[error("conversation state: {0}")]
    State(String),

    /// A handler panicked (caught, so the user is still answered).
    #[error("a handler panicked: {0}")]
    Panic(String),
}

impl Error {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
