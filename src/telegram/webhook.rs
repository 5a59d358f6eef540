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
//!
//! Nothing accepted is lost: before Telegram is answered, each update is
//! kept in the database (`handled_updates`, state `queued`, with its
//! JSON) until it is handled. An instance that dies with updates queued or
//! half-handled leaves them there, and a live instance takes them over
//! once the dead one's heartbeat is 15 seconds old (see
//! [`take_over_orphans`]); the check that each update is handled once
//! keeps a late copy from being handled twice.

use std::convert::Infallible;
use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tower::ServiceExt;

use secrecy::ExposeSecret;
use teloxide::prelude::*;
use teloxide::types::AllowedUpdate;
use teloxide::update_listeners::webhooks::{Options, axum_no_setup};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};

use crate::app::App;
use crate::config::Webhook;
use crate::error::{Error, Result};

/// The header Telegram sends the webhook's secret in.
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";
/// The largest update accepted (Telegram's are a few KiB).
const MAX_UPDATE: usize = 1 << 20;
/// How often an instance looks for updates a dead one left.
const ORPHANS_EVERY: Duration = Duration::from_secs(5);
/// How many it takes over at a time.
const ORPHANS_AT_ONCE: i64 = 100;

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
    app: Arc<App>,
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
        .path(path.clone())
        .secret_token(secret.clone());
    let (listener, stopped, router) = axum_no_setup(options);
    let inner = router.clone();
    let inbox = Inbox {
        app: app.clone(),
        secret: secret.clone(),
    };
    let router = router.layer(axum::middleware::from_fn_with_state(inbox, keep));
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
        .secret_token(secret.clone())
        .allowed_updates(ALLOWED_UPDATES.to_vec())
        .await
        .map_err(|e| Error::Config(format!("setting WEBHOOK_URL was refused by Telegram: {e}")))?;
    tracing::info!(listen = %hook.listen, url = %hook.url, "webhook registered; waiting for updates");
    // Only now: a stop during the set-up drops the listener, and the
    // router could no longer pass anything on.
    tokio::spawn(take_over_orphans(app, inner, secret, path));
    Ok(listener)
}

/// What [`keep`] needs.
#[derive(Clone)]
struct Inbox {
    app: Arc<App>,
    secret: String,
}

/// Keeps each update that came with the secret in the database, then lets
/// teloxide's router answer 200 and queue it. When the database cannot
/// keep it, the update is handled all the same (as before the inbox): an
/// answer matters more than surviving a crash in the next instant.
async fn keep(State(inbox): State<Inbox>, request: Request, next: Next) -> Response {
    let with_secret = request.method() == Method::POST
        && request
            .headers()
            .get(SECRET_HEADER)
            .is_some_and(|v| v.as_bytes() == inbox.secret.as_bytes());
    if !with_secret {
        // Refused by the router (401), and not worth a write.
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_UPDATE).await else {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    };
    // Only what the handler tree will see is kept: teloxide answers 200
    // and drops anything else (an update it cannot read comes out as
    // `UpdateKind::Error`), and kept it would never be done.
    if let Ok(text) = std::str::from_utf8(&bytes)
        && let Ok(update) = serde_json::from_str::<Update>(text)
        && !matches!(update.kind, teloxide::types::UpdateKind::Error(_))
        && let Err(e) = inbox.app.queue_update(i64::from(update.id.0), text).await
    {
        tracing::warn!(error = %e, "cannot keep an update before answering it; handling it all the same");
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// Every few seconds, takes over the updates an instance accepted and did
/// not finish before it died (or before it stopped, past its grace), and
/// hands them to this instance's own router, as if Telegram had sent them
/// here.
async fn take_over_orphans(app: Arc<App>, router: axum::Router, secret: String, path: String) {
    while app.shutdown.sleep(ORPHANS_EVERY).await && !app.shutdown.is_stopping() {
        let taken = match app.take_orphans(super::ALIVE_WITHIN, ORPHANS_AT_ONCE).await {
            Ok(taken) => taken,
            Err(e) => {
                tracing::warn!(error = %e, "cannot look for updates a stopped instance left");
                continue;
            }
        };
        for (id, body) in taken {
            let request = Request::builder()
                .method(Method::POST)
                .uri(path.as_str())
                .header(SECRET_HEADER, secret.as_str())
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(body));
            let answer = match request {
                Ok(request) => router.clone().oneshot(request).await,
                Err(e) => {
                    tracing::warn!(update = id, error = %e, "cannot take over an update");
                    continue;
                }
            };
            match answer {
                Ok(r) if r.status().is_success() => {
                    crate::ops::taken_over();
                    tracing::info!(
                        update = id,
                        "took over an update a stopped instance had accepted"
                    );
                }
                // Stopping: it stays queued, for another instance.
                Ok(r) => {
                    tracing::info!(update = id, status = %r.status(), "left an update a stopped instance had accepted")
                }
                Err(never) => match never {},
            }
        }
    }
}
