//! `delegate-desk`: run the bot, check an event, or apply migrations.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use delegate_desk::config::{Settings, redacted_url};
use delegate_desk::content::Content;
use delegate_desk::db::Db;
use delegate_desk::{Error, telegram};
use tracing_subscriber::EnvFilter;

/// The Telegram information desk of the Global Mayors Dialogue and other
/// city-diplomacy events. Settings come from the environment and `.env`
/// (see .env.example).
#[derive(Parser)]
#[command(name = "delegate-desk", version)]
struct Cli {
    #[command(subcommand)]
    command: Option<Cmd>,
}

#[derive(Subcommand)]
enum Cmd {
    /// Run the bot (the default): long polling until SIGTERM or Ctrl-C.
    Run,
    /// Validate the event folder and every translation; exit 1 on problems.
    Check,
    /// Create the database if needed and apply the migrations.
    Migrate,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // `.env` in the working directory only (not in its parents).
    if let Err(e) = dotenvy::from_path(".env")
        && !e.not_found()
    {
        eprintln!("error: cannot read .env: {e}");
        return ExitCode::FAILURE;
    }
    let filter = match std::env::var("RUST_LOG") {
        Ok(v) if !v.trim().is_empty() => match EnvFilter::try_new(&v) {
            Ok(filter) => filter,
            Err(e) => {
                eprintln!("error: setting RUST_LOG is malformed: {e}");
                return ExitCode::FAILURE;
            }
        },
        Err(std::env::VarError::NotUnicode(_)) => {
            eprintln!("error: setting RUST_LOG is malformed: not valid UTF-8");
            return ExitCode::FAILURE;
        }
        _ => EnvFilter::new("info"),
    };
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();

    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command.unwrap_or(Cmd::Run))) {
        Ok(code) => code,
        Err(Error::Invalid(problems)) => {
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!(
                "error: {} problem(s) in the event content or translations",
                problems.len()
            );
            ExitCode::FAILURE
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cmd: Cmd) -> Result<ExitCode, Error> {
    let settings = Settings::from_env()?;
    match cmd {
        Cmd::Run => telegram::run(settings).await.map(|()| ExitCode::SUCCESS),
        Cmd::Check => {
            let event = settings.event_dir.as_deref();
            let locales = settings.locales_dir.as_deref();
            let content = Content::from_folders(event, locales).map_err(Error::Invalid)?;
            let named = |dir: Option<&std::path::Path>, bundled: &str| {
                dir.map_or(bundled.to_string(), |d| d.display().to_string())
            };
            println!(
                "ok: the event {} ({}) and the translations ({}) are complete and consistent",
                content.event.id,
                named(event, "bundled"),
                named(locales, "bundled"),
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Migrate => {
            let db = Db::connect(&settings.database_url).await?;
            db.migrate().await?;
            db.close().await;
            println!(
                "ok: database {} migrated",
                redacted_url(&settings.database_url)
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
