//! The Telegram side: the dispatcher's handler tree, callback data, command
//! parsing, views and safe sending. Domain code lives elsewhere.

pub mod callback;
pub mod commands;
pub mod handlers;
pub mod profile;
pub mod screen;
pub mod send;

use std::sync::Arc;
use std::time::Duration;

use secrecy::ExposeSecret;
use teloxide::dispatching::UpdateHandler;
use teloxide::error_handlers::ErrorHandler;
use teloxide::prelude::*;
use teloxide::types::MessageKind;
use teloxide::{ApiError, RequestError};
use tokio::sync::watch;

use crate::app::App;
use crate::config::Settings;
use crate::db::Db;
use crate::error::{Error, Result};
use commands::Command;

/// The whole handler tree. Commands work in every chat; other messages are
/// answered in private chats only; edited messages, channel posts and the
/// rest are ignored.
pub fn schema() -> UpdateHandler<Error> {
    let messages = Update::filter_message()
        .branch(
            dptree::entry()
                .filter_command::<Command>()
                .endpoint(handlers::on_command),
        )
        .branch(
            // Ordinary messages only: service messages (a pinned message, a
            // changed timer) need no answer.
            dptree::filter(|m: Message| {
                m.chat.is_private() && matches!(m.kind, MessageKind::Common(_))
            })
            .endpoint(handlers::on_message),
        );
    let callbacks = Update::filter_callback_query().endpoint(handlers::on_callback);
    dptree::entry().branch(messages).branch(callbacks)
}

/// Logs handler errors: at WARN for Telegram and network trouble (not the
/// user's doing, not ours), at ERROR for our own failures.
struct LogErrors;

impl ErrorHandler<Error> for LogErrors {
    fn handle_error(self: Arc<Self>, error: Error) -> futures_util::future::BoxFuture<'static, ()> {
        match &error {
            Error::Telegram(e) => tracing::warn!(error = %e, "Telegram request failed"),
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

/// Everything before the first poll: storage, content, the token's check
/// with Telegram, the profile, the update listener.
async fn start(
    settings: &Settings,
    token: &secrecy::SecretString,
) -> Result<(
    Bot,
    Arc<App>,
    impl teloxide::update_listeners::UpdateListener<Err = RequestError>,
)> {
    let db = Db::connect(&settings.database_url).await?;
    db.migrate().await?;
    let app = App::load(
        &settings.event_dir,
        &settings.locales_dir,
        db,
        settings.clock,
    )
    .await?;

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
    tracing::info!(bot = %me.username(), event = %app.event.id, "Delegate Desk starting");
    tokio::spawn(profile::publish(bot.clone(), app.clone()));
    let listener = teloxide::update_listeners::polling_default(bot.clone()).await;
    Ok((bot, app, listener))
}

/// Runs the bot until SIGTERM or Ctrl-C, which finish the updates in hand
/// (or cut start-up short) and return `Ok`.
pub async fn run(settings: Settings) -> Result<()> {
    let token = settings.require_token()?;

    // Listen for the signals first, so that one during start-up stops too.
    let (stop_tx, stop_rx) = watch::channel(false);
    let signal = shutdown_signal();
    tokio::spawn(async move {
        signal.await;
        tracing::info!("stopping: finishing the updates in hand");
        let _ = stop_tx.send(true);
    });
    let stopped = |mut rx: watch::Receiver<bool>| async move {
        // An error means the sender is gone, which only happens after a stop.
        let _ = rx.wait_for(|stop| *stop).await;
    };

    let (bot, app, listener) = tokio::select! {
        started = start(&settings, token) => started?,
        () = stopped(stop_rx.clone()) => {
            tracing::info!("stopped before start-up finished");
            return Ok(());
        }
    };

    let mut dispatcher = Dispatcher::builder(bot, schema())
        .dependencies(dptree::deps![app.clone()])
        .default_handler(|update| async move {
            tracing::debug!(id = update.id.0, "update ignored");
        })
        .error_handler(Arc::new(LogErrors))
        .build();

    let shutdown = dispatcher.shutdown_token();
    tokio::spawn(async move {
        stopped(stop_rx).await;
        // The dispatcher may not be running yet; try until it takes.
        loop {
            match shutdown.shutdown() {
                Ok(done) => {
                    done.await;
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    });

    dispatcher
        .try_dispatch_with_listener(listener, Arc::new(WarnOnPollingError))
        .await?;
    app.db.close().await;
    tracing::info!("stopped");
    Ok(())
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
