//! Webhook mode: Telegram posts each update to `WEBHOOK_URL`, a reverse
//! proxy passes it to `WEBHOOK_LISTEN` (same path), and the bot answers
//! 200 as soon as the update is read (401 without the secret, 503 once
//! stopping, so that Telegram delivers it again to another instance or
//! after the restart).
//!
//! Several instances may serve one webhook behind a load balancer. Each
//! registers it at start-up (`setWebhook` is idempotent) and none ever
//! calls `deleteWebhook`: teloxide's own `axum_to_router` deletes it when
//! the bot stops, which would cut off every other instance; long polling's
//! start-up deletes it too. So only `axum_no_setup` is used here.

use std::convert::Infallible;

use secrecy::ExposeSecret;
use teloxide::prelude::*;
use teloxide::types::AllowedUpdate;
use teloxide::update_listeners::UpdateListener;
use teloxide::update_listeners::webhooks::{Options, axum_no_setup};

use crate::config::Webhook;
use crate::error::{Error, Result};

/// The kinds of update the handler tree reads (as long polling asks for
/// them: the end-to-end test compares the two).
pub const ALLOWED_UPDATES: [AllowedUpdate; 2] =
    [AllowedUpdate::Message, AllowedUpdate::CallbackQuery];

/// Listens on the webhook's address, then registers the webhook with
/// Telegram. Fails (with the setting's name) when the address is taken or
/// Telegram refuses the URL.
pub async fn listen(
    bot: &Bot,
    hook: &Webhook,
) -> Result<impl UpdateListener<Err = Infallible> + use<>> {
    let socket = tokio::net::TcpListener::bind(hook.listen)
        .await
        .map_err(|e| {
            Error::Config(format!(
                "setting WEBHOOK_LISTEN: cannot listen on {}: {e}",
                hook.listen
            ))
        })?;
    let secret = hook.secret.expose_secret().to_string();
    let path = match hook.url.path() {
        "" => "/".to_string(),
        p => p.to_string(),
    };
    let options = Options::new(hook.listen, hook.url.clone())
        .path(path)
        .secret_token(secret.clone());
    let (listener, stopped, router) = axum_no_setup(options);
    tokio::spawn(async move {
        // Stops taking requests when the dispatcher stops the listener.
        if let Err(e) = axum::serve(socket, router)
            .with_graceful_shutdown(stopped)
            .await
        {
            tracing::warn!(error = %e, "the webhook server stopped");
        }
    });
    bot.set_webhook(hook.url.clone())
        .secret_token(secret)
        .allowed_updates(ALLOWED_UPDATES.to_vec())
        .await
        .map_err(|e| Error::Config(format!("setting WEBHOOK_URL was refused by Telegram: {e}")))?;
    tracing::info!(listen = %hook.listen, url = %hook.url, "webhook registered; waiting for updates");
    Ok(listener)
}
