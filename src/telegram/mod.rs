//! The Telegram side: the handler tree, its handlers, callback data,
//! commands, conversations, views and safe sending. Domain code lives
//! elsewhere and has no Telegram types.

pub mod callback;
pub mod commands;
pub mod conversation;
pub mod handlers;
pub mod outbox;
pub mod profile;
pub mod screen;
pub mod send;
pub mod tree;
pub mod views;
pub mod webhook;

use std::sync::Arc;
use std::time::Duration;

use secrecy::ExposeSecret;
use teloxide::error_handlers::ErrorHandler;
use teloxide::prelude::*;
use teloxide::{ApiError, RequestError};

use crate::app::{App, Roles, Sources};
use crate::config::Settings;
use crate::content::Content;
use crate::db::Db;
use crate::error::{Error, Result};
use crate::shutdown::{self, Shutdown};
pub use tree::schema;

/// Logs errors that reach the dispatcher (the tree turns handler failures
/// into answers first): at WARN for Telegram and network trouble, at ERROR
/// for our own failures.
struct LogErrors;

impl ErrorHandler<Error> for LogErrors {
    fn handle_error(self: Arc<Self>, error: Error) -> futures_util::future::BoxFuture<'static, ()> {
        match &error {
            Error::Telegram(e) if !handlers::rescue::malformed(e) => {
                tracing::warn!(error = %e, "Telegram request failed")
            }
            other => tracing::error!(error = %other, "handler failed"),
        }
        Box::pin(async {})
    }
}

/// Logs a failed poll for updates at WARN: Telegram or the network had a
/// passing problem; polling goes on with a back-off.
struct WarnOnPollingError;

impl ErrorHandler<RequestError> for WarnOnPollingError {
    fn handle_error(
        self: Arc<Self>,
        error: RequestError,
    ) -> futures_util::future::BoxFuture<'static, ()> {
        tracing::warn!(error = %error, "polling for updates failed; trying again");
        Box::pin(async {})
    }
}

/// The webhook's listener cannot fail.
impl ErrorHandler<std::convert::Infallible> for WarnOnPollingError {
    fn handle_error(
        self: Arc<Self>,
        error: std::convert::Infallible,
    ) -> futures_util::future::BoxFuture<'static, ()> {
        match error {}
    }
}

/// Everything before the first poll: content, storage, the token's check
/// with Telegram, the profile, the update listener.
async fn start(
    settings: &Settings,
    token: &secrecy::SecretString,
    shutdown: Shutdown,
) -> Result<(Bot, Arc<App>)> {
    let content = Content::from_folders(
        settings.event_dir.as_deref(),
        settings.locales_dir.as_deref(),
    )
    .map_err(Error::Invalid)?;
    let db = Db::connect(&settings.database_url).await?;
    db.migrate().await?;
    let roles = Roles {
        organisers: settings.organiser_ids.iter().copied().collect(),
        volunteer_chat: settings.volunteer_chat_id,
        volunteer_language: settings.volunteer_language,
        reraise_minutes: Some(settings.reraise_minutes),
        broadcast_rate: Some(settings.broadcast_rate),
        paid_broadcast: settings.paid_broadcast,
    };
    let sources = Sources {
        event_dir: settings.event_dir.clone(),
        locales_dir: settings.locales_dir.clone(),
    };
    let app = App::with_sources(content, sources, db, settings.clock, roles, shutdown);
    if let Some(addr) = settings.metrics_addr {
        let handle = crate::ops::install()?;
        crate::ops::serve(addr, app.clone(), handle).await?;
    }

    let mut bot = Bot::new(token.expose_secret());
    if let Some(url) = &settings.api_url {
        bot = bot.set_api_url(url.clone());
    }
    let me = match bot.get_me().await {
        Ok(me) => me,
        Err(RequestError::Api(ApiError::InvalidToken)) => {
            return Err(Error::Config(
                "setting TELOXIDE_TOKEN was refused by Telegram: check the token from @BotFather"
                    .into(),
            ));
        }
        Err(e) => return Err(e.into()),
    };
    tracing::info!(
        bot = %me.username(),
        event = %app.content().event.id,
        database = ?app.db.backend(),
        "Delegate Desk starting"
    );
    tokio::spawn(profile::publish(bot.clone(), app.clone()));
    tokio::spawn(reload_on_sighup(bot.clone(), app.clone(), me.clone()));
    tokio::spawn(reraise_tickets(bot.clone(), app.clone()));
    if let Err(e) = app.load_changes().await {
        tracing::warn!(error = %e, "cannot read the sessions changed on site");
    }
    tokio::spawn(follow_changes(app.clone()));
    tokio::spawn(remind(app.clone()));
    tokio::spawn(forget_old_updates(app.clone()));
    tokio::spawn(share_the_pace(app.clone()));
    let outbox = app.outbox.clone();
    let courier = Arc::new(outbox::TelegramCourier::new(bot.clone(), app.clone()));
    tokio::spawn({
        let shutdown = app.shutdown.clone();
        async move { outbox.run(courier, shutdown).await }
    });
    Ok((bot, app))
}

/// Runs the bot until SIGTERM or Ctrl-C, which finish the updates in hand
/// (or cut start-up short) and return `Ok` within [`shutdown::GRACE`] and
/// a little more: a reply that would wait longer on Telegram is dropped.
pub async fn run(settings: Settings) -> Result<()> {
    let token = settings.require_token()?;

    // Listen for the signals first, so that one during start-up stops too.
    let (trigger, shutdown) = Shutdown::new();
    let signal = shutdown_signal();
    tokio::spawn(async move {
        signal.await;
        tracing::info!("stopping: finishing the updates in hand");
        trigger.stop();
        // Keep the trigger (and so the deadline) alive until the process ends.
        std::future::pending::<()>().await;
    });

    let (bot, app) = tokio::select! {
        started = start(&settings, token, shutdown.clone()) => started?,
        () = shutdown.stopping() => {
            tracing::info!("stopped before start-up finished");
            return Ok(());
        }
    };

    let mut dispatcher = Dispatcher::builder(bot.clone(), schema())
        .dependencies(dptree::deps![app.clone()])
        .default_handler(|update| async move {
            tracing::debug!(id = update.id.0, "update ignored");
        })
        .error_handler(Arc::new(LogErrors))
        .build();

    let token = dispatcher.shutdown_token();
    let stopping = shutdown.clone();
    tokio::spawn(async move {
        stopping.stopping().await;
        // The dispatcher may not be running yet; try until it takes.
        loop {
            match token.shutdown() {
                Ok(done) => {
                    done.await;
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    });
    // A last guard: whatever hangs, the process ends soon after the grace.
    // Telegram will not send the updates cut short again (teloxide confirms
    // each batch as it takes it), so say which they were.
    let watchdog = shutdown.clone();
    tokio::spawn(async move {
        watchdog.stopping().await;
        tokio::time::sleep(shutdown::GRACE + Duration::from_secs(1)).await;
        tracing::warn!(
            updates = ?watchdog.in_hand(),
            "stopping now: these updates were not finished in time (behind a webhook, another instance takes them over; by long polling, they are not answered)"
        );
        std::process::exit(0);
    });

    match &settings.webhook {
        None => {
            // Long polling, one instance: this deletes any webhook.
            app.skip_redelivery_check();
            // …and the only instance: what it remembers of languages stays
            // true.
            app.outbox.known.switch_on();
            dispatch(
                &mut dispatcher,
                async { Ok(webhook::polling(bot).await) },
                &shutdown,
            )
            .await?;
        }
        Some(hook) => {
            let listener = webhook::listen(&bot, hook, app.clone());
            dispatch(&mut dispatcher, listener, &shutdown).await?
        }
    }
    if let Ok(mut conn) = app.db.conn().await
        && let Err(e) = crate::db::updates::gone(&mut conn, &app.instance).await
    {
        tracing::warn!(error = %e, "cannot say this instance stopped");
    }
    app.db.close().await;
    tracing::info!("stopped");
    Ok(())
}

/// How often unclaimed questions are looked at, to raise them again.
const RERAISE_EVERY: Duration = Duration::from_secs(30);

/// Raises unclaimed questions again in the volunteers' group, until the
/// bot stops. A failure is logged and tried again at the next round.
async fn reraise_tickets(bot: Bot, app: Arc<App>) {
    let tg = send::Sender::for_app(bot, &app);
    // A first look soon after start: questions left waiting while the bot
    // was down are raised at once.
    let mut wait = Duration::from_secs(1);
    loop {
        if !app.shutdown.sleep(wait).await {
            return;
        }
        wait = RERAISE_EVERY;
        match handlers::questions::reraise_due(&tg, &app).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(tickets = n, "unclaimed questions raised again"),
            Err(e) => tracing::warn!(error = %e, "cannot raise unclaimed questions"),
        }
    }
}

/// How often the sessions changed on site are read again (another instance
/// may have changed one).
const CHANGES_EVERY: Duration = Duration::from_secs(10);

async fn follow_changes(app: Arc<App>) {
    while app.shutdown.sleep(CHANGES_EVERY).await {
        if let Err(e) = app.load_changes().await {
            tracing::warn!(error = %e, "cannot read the sessions changed on site");
        }
    }
}

/// Dispatches the updates of `listener` (long polling or the webhook) until
/// the bot stops; a stop while the listener is still being set up ends at
/// once.
async fn dispatch<L>(
    dispatcher: &mut Dispatcher<Bot, Error, teloxide::dispatching::DefaultKey>,
    listener: impl std::future::Future<Output = Result<L>>,
    shutdown: &Shutdown,
) -> Result<()>
where
    L: teloxide::update_listeners::UpdateListener + Send,
    L::Err: std::fmt::Debug,
    WarnOnPollingError: ErrorHandler<L::Err>,
{
    let listener = tokio::select! {
        listener = listener => listener?,
        () = shutdown.stopping() => {
            tracing::info!("stopped before start-up finished");
            return Ok(());
        }
    };
    dispatcher
        .try_dispatch_with_listener(listener, Arc::new(WarnOnPollingError))
        .await?;
    Ok(())
}

/// How long handled update ids are kept (Telegram redelivers for a day).
const UPDATES_KEPT: chrono::TimeDelta = chrono::TimeDelta::days(2);

/// Forgets handled update ids (and their recorded writes) older than
/// [`UPDATES_KEPT`], hourly.
async fn forget_old_updates(app: Arc<App>) {
    let mut wait = Duration::from_secs(60);
    while app.shutdown.sleep(wait).await {
        wait = Duration::from_secs(3600);
        let before = chrono::Utc::now() - UPDATES_KEPT;
        let pruned = async {
            let mut conn = app.db.conn().await?;
            let writes = crate::db::journal::prune(&mut conn, before).await?;
            Ok::<_, crate::Error>(crate::db::updates::prune(&mut conn, before).await? + writes)
        };
        match pruned.await {
            Ok(0) => {}
            Ok(n) => tracing::info!(rows = n, "old update ids and their writes forgotten"),
            Err(e) => tracing::warn!(error = %e, "cannot forget old update ids"),
        }
    }
}

/// How often an instance says it is alive.
const HEARTBEAT_EVERY: Duration = Duration::from_secs(5);
/// An instance not heard of for this long is gone (it crashed).
pub(crate) const ALIVE_WITHIN: chrono::TimeDelta = chrono::TimeDelta::seconds(15);

/// Keeps this instance's share of the pace of sending: with N instances
/// alive on one database, each sends at most BROADCAST_RATE / N, so that
/// together they keep to Telegram's limit.
async fn share_the_pace(app: Arc<App>) {
    let mut wait = Duration::ZERO;
    while app.shutdown.sleep(wait).await {
        wait = HEARTBEAT_EVERY;
        let now = chrono::Utc::now();
        let alive = async {
            let mut conn = app.db.conn().await?;
            crate::db::updates::heartbeat(&mut conn, &app.instance, now, now - ALIVE_WITHIN).await
        };
        match alive.await {
            Ok(n) => {
                let n = u32::try_from(n).unwrap_or(1).max(1);
                if n != app.outbox.pace.share() {
                    tracing::info!(instances = n, "instances sharing the pace of sending");
                    app.outbox.pace.set_share(n);
                }
            }
            Err(e) => tracing::warn!(error = %e, "cannot tell how many instances are running"),
        }
    }
}

/// How often reminders and briefings due are looked for.
const REMIND_EVERY: Duration = Duration::from_secs(20);

/// Writes reminders and briefings to the outbox as they fall due, on the
/// bot's clock, until the bot stops.
async fn remind(app: Arc<App>) {
    let mut wait = Duration::from_secs(2);
    while app.shutdown.sleep(wait).await {
        wait = REMIND_EVERY;
        let event = app.content().event.clone();
        let now = app.clock.now();
        match crate::announcements::reminders::tick(&app.outbox, &event, now, &app.organiser_ids())
            .await
        {
            Ok(0) => {}
            Ok(n) => tracing::info!(reminders = n, "reminders and briefings due"),
            Err(e) => tracing::warn!(error = %e, "cannot write the reminders due"),
        }
    }
}

/// SIGHUP reloads the event content (as an organiser's /reload does): a
/// broken file keeps the old content, and each problem is logged.
async fn reload_on_sighup(bot: Bot, app: Arc<App>, me: teloxide::types::Me) {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut hup = match signal(SignalKind::hangup()) {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGHUP; use /reload");
                return;
            }
        };
        let tg = send::Sender::for_app(bot, &app);
        while hup.recv().await.is_some() {
            tracing::info!("SIGHUP: reloading the event content");
            match app.reload().await {
                Ok(done) => {
                    for (session, over) in &done.over {
                        tracing::warn!(%session, over, "confirmed delegates over the new capacity; nobody was removed");
                    }
                    handlers::registration::notify_promoted(&tg, &app, &me, &done.promoted).await;
                    let (promoted, over) = (done.promoted.len(), done.over.clone());
                    tell_organisers(&tg, &app, |v| {
                        views::organiser::reloaded(v, promoted, &over)
                    })
                    .await;
                    // What changed for delegates, for an organiser to confirm.
                    match handlers::announcements::reload_drafts(&app, &done.notices).await {
                        Ok(Some(drafts)) => {
                            tell_organisers(&tg, &app, |v| {
                                handlers::announcements::reload_screen(v, &done.notices, drafts)
                            })
                            .await;
                        }
                        Ok(None) => {}
                        Err(e) => {
                            tracing::warn!(error = %e, "cannot prepare the notices of a reload")
                        }
                    }
                }
                Err(Error::Invalid(problems)) => {
                    for p in &problems {
                        tracing::warn!(problem = %p, "reload refused: the current content stays");
                    }
                    let problems: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
                    tell_organisers(&tg, &app, |v| views::organiser::reload_failed(v, &problems))
                        .await;
                }
                Err(e) => tracing::warn!(error = %e, "reload failed"),
            }
        }
    }
    #[cfg(not(unix))]
    let _ = (bot, app, me);
}

/// Sends each organiser a screen, in their language (what a SIGHUP
/// reload did). An organiser who never opened the bot is skipped quietly.
async fn tell_organisers(
    tg: &send::Sender,
    app: &Arc<App>,
    screen: impl Fn(&views::View) -> screen::Screen,
) {
    for &organiser in &app.roles.organisers {
        let Ok(chat) = i64::try_from(organiser) else {
            continue;
        };
        let lang = app.language_of_stored(chat).await;
        let v = views::View::new(app.content(), lang, app.clock.now());
        let target = screen::Target::chat(ChatId(chat));
        if let Err(e) = tg.send(target, &screen(&v)).await {
            tracing::warn!(error = %e, "could not tell an organiser about the reload");
        }
    }
}

/// Resolves on SIGTERM or Ctrl-C. SIGTERM is registered when this is
/// called, not when it is first polled.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
        Ok(term) => Some(term),
        Err(e) => {
            tracing::warn!(error = %e, "cannot listen for SIGTERM; Ctrl-C only");
            None
        }
    };
    async move {
        #[cfg(unix)]
        if let Some(mut term) = term {
            tokio::select! {
                _ = term.recv() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
            return;
        }
        let _ = tokio::signal::ctrl_c().await;
    }
}
