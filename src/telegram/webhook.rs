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
use teloxide::update_listeners::webhooks::{Options, axum_no_setup};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};

use crate::config::Webhook;
use crate::error::{Error, Result};

/// The kinds of update the handler tree reads, and the only ones the bot
/// asks Telegram for, by webhook and by long polling alike.
pub const ALLOWED_UPDATES: [AllowedUpdate; 2] =
    [AllowedUpdate::Message, AllowedUpdate::CallbackQuery];

/// Long polling (one instance; deletes any webhook) for [`ALLOWED_UPDATES`]
/// only. teloxide would ask for every kind it knows (the dispatcher's hint,
/// taken from the tree), and some it cannot read: a `message_reaction`
/// without `user` or `actor_chat` panics its parser and ends the process,
/// a `deleted_business_messages` is logged at ERROR as unreadable.
pub async fn polling(bot: Bot) -> impl UpdateListener<Err = teloxide::RequestError> {
    let polling = teloxide::update_listeners::Polling::builder(bot)
        .timeout(std::time::Duration::from_secs(10))
        .allowed_updates(ALLOWED_UPDATES.to_vec())
        .delete_webhook()
        .await
        .build();
    KeepAllowed(polling)
}

/// A listener that keeps the kinds of update it was built for, whatever the
/// dispatcher hints.
struct KeepAllowed<L>(L);

impl<'a, L: AsUpdateStream<'a>> AsUpdateStream<'a> for KeepAllowed<L> {
    type StreamErr = L::StreamErr;
    type Stream = L::Stream;

    fn as_stream(&'a mut self) -> Self::Stream {
        self.0.as_stream()
    }
}

impl<L: UpdateListener> UpdateListener for KeepAllowed<L> {
    type Err = L::Err;

    fn stop_token(&mut self) -> teloxide::stop::StopToken {
        self.0.stop_token()
    }

    fn hint_allowed_updates(&mut self, _: &mut dyn Iterator<Item = AllowedUpdate>) {}
}

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
