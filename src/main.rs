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
    /// Run the bot (the default): long polling, or a webhook when
    /// WEBHOOK_URL is set, until SIGTERM or Ctrl-C.
    Run,
    /// Validate the event folder and every translation; exit 1 on problems.
    Check,
    /// Create the database if needed and apply the migrations.
    Migrate,
    /// Invitations for many delegations at once.
    Invites {
        #[command(subcommand)]
        command: InvitesCmd,
    },
}

#[derive(Subcommand)]
enum InvitesCmd {
    /// Create an invitation for each row of a CSV file (columns:
    /// delegation, people, expiry — expiry empty or like 2025-01-14), and
    /// write each delegation's code and link to another CSV file.
    Import {
        /// The CSV file of delegations.
        file: std::path::PathBuf,
        /// Where to write the links (default: FILE with `-links` added).
        #[arg(long)]
        out: Option<std::path::PathBuf>,
        /// The bot's username, for the links (default: asked of Telegram
        /// with TELOXIDE_TOKEN).
        #[arg(long)]
        bot: Option<String>,
    },
}

fn main() -> ExitCode {
    delegate_desk::memory::limit_arenas();
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
    // The webhook's HTTP layer logs every 5xx at ERROR: a 503 is how an
    // instance that is stopping hands an update back (the proxy retries it
    // elsewhere), not a failure. Off unless RUST_LOG asks for it.
    let filter = match std::env::var("RUST_LOG") {
        Ok(v) if v.contains("tower_http") => filter,
        _ => match "tower_http=off".parse() {
            Ok(directive) => filter.add_directive(directive),
            Err(_) => filter,
        },
    };
    // LOG_FORMAT=json: one JSON object a line, for log collectors.
    let json = match std::env::var("LOG_FORMAT").as_deref().map(str::trim) {
        Err(std::env::VarError::NotPresent) | Ok("") | Ok("text") => false,
        Ok("json") => true,
        Ok(other) => {
            eprintln!("error: setting LOG_FORMAT is malformed: `{other}` is not text or json");
            return ExitCode::FAILURE;
        }
        Err(std::env::VarError::NotUnicode(_)) => {
            eprintln!("error: setting LOG_FORMAT is malformed: not valid UTF-8");
            return ExitCode::FAILURE;
        }
    };
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        logs.json().with_current_span(true).init();
    } else {
        logs.init();
    }

    let runtime = match runtime() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    // Everything runs on the runtime's workers, none on this thread: with
    // one worker, no update is handed from one thread to another.
    let command = cli.command.unwrap_or(Cmd::Run);
    let outcome = runtime.block_on(async {
        tokio::spawn(run(command))
            .await
            .unwrap_or_else(|e| Err(Error::Panic(e.to_string())))
    });
    match outcome {
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

/// The tokio runtime: one worker thread unless `TOKIO_WORKER_THREADS`
/// says otherwise. The desk's work between two waits is short, and its
/// database work runs on sqlx's own threads; a second worker only adds
/// wake-ups and hand-overs between threads (0.93 ms of CPU an update
/// instead of 0.68 in the load benchmark, for no more updates a second).
fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    let mut builder = tokio::runtime::Builder::new_multi_thread();
    builder.enable_all();
    if std::env::var_os("TOKIO_WORKER_THREADS").is_none() {
        builder.worker_threads(1);
    }
    builder.build()
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
        Cmd::Invites {
            command: InvitesCmd::Import { file, out, bot },
        } => import_invitations(&settings, &file, out, bot).await,
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

/// `delegate-desk invites import FILE.csv`: every row checked first, then
/// one invitation per row, and the links written next to the file.
async fn import_invitations(
    settings: &Settings,
    file: &std::path::Path,
    out: Option<std::path::PathBuf>,
    bot: Option<String>,
) -> Result<ExitCode, Error> {
    use delegate_desk::registration::invitations;

    let text = std::fs::read_to_string(file).map_err(|e| Error::io(file, e))?;
    let content = Content::from_folders(
        settings.event_dir.as_deref(),
        settings.locales_dir.as_deref(),
    )
    .map_err(Error::Invalid)?;
    let now = settings.clock.now();
    let today = content.event.local(now).date();
    let rows = match invitations::read_import(&text, today) {
        Ok(rows) => rows,
        Err(problems) => {
            for p in &problems {
                eprintln!("{}: {p}", file.display());
            }
            eprintln!(
                "error: {} problem(s); no invitation was created",
                problems.len()
            );
            return Ok(ExitCode::FAILURE);
        }
    };
    let username = match bot {
        Some(b) => b.trim_start_matches('@').to_string(),
        None => bot_username(settings).await?,
    };
    let out = out.unwrap_or_else(|| {
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        file.with_file_name(format!("{stem}-links.csv"))
    });
    // The links file is opened first: no invitation is created that
    // nobody could be sent.
    let cannot_write =
        |e: std::io::Error| Error::Config(format!("cannot write {}: {e}", out.display()));
    let mut links = std::fs::File::create(&out).map_err(cannot_write)?;
    let db = Db::connect(&settings.database_url).await?;
    db.migrate().await?;
    let mut created = Vec::new();
    for row in rows {
        let code = invitations::create(&db, &row.delegation, row.people, row.expires_on, None, now)
            .await?;
        created.push((row, code));
    }
    db.close().await;
    let bytes = invitations::write_links(&created, &username)?;
    std::io::Write::write_all(&mut links, &bytes).map_err(cannot_write)?;
    println!(
        "ok: {} invitation(s) created; their links are in {}",
        created.len(),
        out.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// The bot's username, from Telegram.
async fn bot_username(settings: &Settings) -> Result<String, Error> {
    use secrecy::ExposeSecret;
    use teloxide::prelude::Requester;

    let token = settings.require_token()?;
    let mut bot = teloxide::Bot::new(token.expose_secret());
    if let Some(url) = &settings.api_url {
        bot = bot.set_api_url(url.clone());
    }
    let me = bot.get_me().await.map_err(|e| {
        Error::Config(format!(
            "cannot ask Telegram for the bot's username ({e}): pass --bot <username>"
        ))
    })?;
    Ok(me.username().to_string())
}
