//! What operators see of a running bot, on an address of its own
//! (`METRICS_ADDR`), in polling and webhook mode alike:
//!
//! - `GET /healthz`: `200 ok` when the database answers, else `503`;
//! - `GET /metrics`: Prometheus text — updates handled by kind, handler
//!   errors, Telegram request latency and 429s, the outbox's backlog and
//!   deliveries by outcome (a rate, to Prometheus), and open tickets.
//!
//! Counters are recorded through the `metrics` facade; until [`install`]
//! is called (tests, `check`), recording costs nothing and goes nowhere.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::app::App;
use crate::error::{Error, Result};

/// Updates handled, by kind (`message`, `button`, …).
pub const UPDATES: &str = "delegate_desk_updates_total";
/// Updates delivered again and left alone (handled before).
pub const REDELIVERED: &str = "delegate_desk_updates_redelivered_total";
/// Updates a dead instance had accepted, taken over by this one.
pub const TAKEN_OVER: &str = "delegate_desk_updates_taken_over_total";
/// Updates whose handling failed or panicked (the delegate got the
/// localized "something went wrong").
pub const HANDLER_ERRORS: &str = "delegate_desk_handler_errors_total";
/// Time of each request to Telegram that sends or edits, by outcome.
pub const TELEGRAM_SECONDS: &str = "delegate_desk_telegram_request_seconds";
/// Answers 429 (`retry_after`) from Telegram.
pub const TELEGRAM_429: &str = "delegate_desk_telegram_retry_after_total";
/// Outbox deliveries done, by outcome (`sent`, `unreachable`, …).
pub const OUTBOX_DELIVERIES: &str = "delegate_desk_outbox_deliveries_total";
/// Outbox deliveries still to send (pending or being sent), when scraped.
pub const OUTBOX_BACKLOG: &str = "delegate_desk_outbox_backlog";
/// Questions passed to volunteers and not closed, when scraped.
pub const TICKETS_OPEN: &str = "delegate_desk_tickets_open";

/// Latency buckets for Telegram requests, in seconds.
const BUCKETS: &[f64] = &[
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0,
];

/// Installs the process's Prometheus recorder (once).
pub fn install() -> Result<PrometheusHandle> {
    PrometheusBuilder::new()
        .set_buckets_for_metric(Matcher::Full(TELEGRAM_SECONDS.into()), BUCKETS)
        .and_then(PrometheusBuilder::install_recorder)
        .map_err(|e| Error::Config(format!("cannot start the metrics: {e}")))
}

/// One update handled.
pub fn update(kind: &'static str) {
    metrics::counter!(UPDATES, "kind" => kind).increment(1);
}

/// One update delivered again, left alone.
pub fn redelivered() {
    metrics::counter!(REDELIVERED).increment(1);
}

/// One update taken over from a dead instance.
pub fn taken_over() {
    metrics::counter!(TAKEN_OVER).increment(1);
}

/// One update whose handling failed.
pub fn handler_error() {
    metrics::counter!(HANDLER_ERRORS).increment(1);
}

/// One request to Telegram and how it went (`ok`, `retry_after`,
/// `blocked`, `error`).
pub fn telegram_request(outcome: &'static str, took: Duration) {
    metrics::histogram!(TELEGRAM_SECONDS, "outcome" => outcome).record(took.as_secs_f64());
    if outcome == "retry_after" {
        metrics::counter!(TELEGRAM_429).increment(1);
    }
}

/// One outbox delivery done.
pub fn delivery(outcome: &'static str) {
    metrics::counter!(OUTBOX_DELIVERIES, "outcome" => outcome).increment(1);
}

/// The outcome of a Telegram request, for [`telegram_request`].
pub fn outcome_of<T>(result: &std::result::Result<T, teloxide::RequestError>) -> &'static str {
    use teloxide::{ApiError, RequestError};
    match result {
        Ok(_) => "ok",
        Err(RequestError::RetryAfter(_)) => "retry_after",
        Err(RequestError::Api(ApiError::BotBlocked | ApiError::UserDeactivated)) => "blocked",
        Err(_) => "error",
    }
}

/// Binds `addr` (so that a taken port fails at start-up, with the
/// setting's name) and serves `/healthz` and `/metrics` until the bot
/// stops.
pub async fn serve(addr: SocketAddr, app: Arc<App>, handle: PrometheusHandle) -> Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
        Error::Config(format!(
            "setting METRICS_ADDR: cannot listen on {addr}: {e}"
        ))
    })?;
    let router = Router::new()
        .route("/healthz", get(healthz))
        .route("/metrics", get(render))
        .with_state((app.clone(), handle.clone()));
    tracing::info!(%addr, "health and metrics listening");
    // Histogram samples are kept until drained: drain them now and then,
    // so that memory stays flat when nobody scrapes.
    let upkeep = (handle.clone(), app.shutdown.clone());
    tokio::spawn(async move {
        let (handle, shutdown) = upkeep;
        while shutdown.sleep(Duration::from_secs(5)).await {
            handle.run_upkeep();
        }
    });
    tokio::spawn(async move {
        let stopping = app.shutdown.clone();
        let served = axum::serve(listener, router)
            .with_graceful_shutdown(async move { stopping.stopping().await })
            .await;
        if let Err(e) = served {
            tracing::warn!(error = %e, "the health and metrics server stopped");
        }
    });
    Ok(())
}

type Ops = State<(Arc<App>, PrometheusHandle)>;

async fn healthz(State((app, _)): Ops) -> (StatusCode, &'static str) {
    match app.db.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n"),
        Err(e) => {
            tracing::warn!(error = %e, "health check: the database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n")
        }
    }
}

async fn render(State((app, handle)): Ops) -> String {
    // Figures read from the database at each scrape: they are the same
    // whichever instance is asked.
    match app.db.conn().await {
        Ok(mut conn) => {
            if let Ok(n) = crate::db::announcements::backlog(&mut conn).await {
                metrics::gauge!(OUTBOX_BACKLOG).set(n as f64);
            }
            if let Ok(f) = crate::db::tickets::figures(&mut conn).await {
                metrics::gauge!(TICKETS_OPEN).set((f.open + f.claimed) as f64);
            }
        }
        Err(e) => tracing::warn!(error = %e, "metrics: the database does not answer"),
    }
    handle.render()
}
