//! Stopping on time. SIGTERM gives the bot [`GRACE`] to finish the updates
//! in hand; a wait that would outlast it (Telegram's 429 `retry_after`, for
//! one) is cut short, so that a slow answer never holds up a restart.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::watch;
use tokio::time::Instant;

/// How long the updates in hand may take once a stop is asked for. Service
/// managers commonly allow 10 seconds before SIGKILL.
pub const GRACE: Duration = Duration::from_secs(8);

/// Asks for a stop (held by whoever listens for signals).
#[derive(Debug)]
pub struct Trigger(watch::Sender<Option<Instant>>);

impl Trigger {
    /// Starts the stop: from now on, waits end by `GRACE` from now.
    pub fn stop(&self) {
        self.0.send_if_modified(|at| {
            if at.is_none() {
                *at = Some(Instant::now() + GRACE);
                true
            } else {
                false
            }
        });
    }
}

/// Whether, and by when, the bot must stop, and which updates are in
/// hand. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Shutdown {
    rx: watch::Receiver<Option<Instant>>,
    in_hand: Arc<Mutex<BTreeSet<i64>>>,
}

/// An update in hand, until dropped.
pub struct Handling {
    id: i64,
    in_hand: Arc<Mutex<BTreeSet<i64>>>,
}

impl Drop for Handling {
    fn drop(&mut self) {
        self.in_hand
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(&self.id);
    }
}

impl Shutdown {
    pub fn new() -> (Trigger, Shutdown) {
        let (tx, rx) = watch::channel(None);
        (
            Trigger(tx),
            Shutdown {
                rx,
                in_hand: Arc::default(),
            },
        )
    }

    /// A shutdown that is never asked for (tests, one-shot commands).
    pub fn never() -> Shutdown {
        let (tx, rx) = watch::channel(None);
        // Keep the sender alive so that the receiver never reports it gone.
        std::mem::forget(tx);
        Shutdown {
            rx,
            in_hand: Arc::default(),
        }
    }

    /// Notes that update `id` is being handled, until the guard is dropped.
    pub fn handling(&self, id: i64) -> Handling {
        self.in_hand
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(id);
        Handling {
            id,
            in_hand: self.in_hand.clone(),
        }
    }

    /// The updates being handled now.
    pub fn in_hand(&self) -> Vec<i64> {
        let set = self.in_hand.lock().unwrap_or_else(PoisonError::into_inner);
        set.iter().copied().collect()
    }

    /// The moment by which everything must be done, once a stop is asked.
    pub fn deadline(&self) -> Option<Instant> {
        *self.rx.borrow()
    }

    pub fn is_stopping(&self) -> bool {
        self.deadline().is_some()
    }

    /// Resolves when a stop is asked for.
    pub async fn stopping(&self) {
        let mut rx = self.rx.clone();
        // An error means the trigger is gone: nobody can ask any more.
        if rx.wait_for(Option::is_some).await.is_err() {
            std::future::pending::<()>().await;
        }
    }

    /// Sleeps for `wait`, unless a stop is asked for (before or during the
    /// sleep) and the sleep would end after its deadline: then returns at
    /// once with `false`.
    pub async fn sleep(&self, wait: Duration) -> bool {
        let until = Instant::now() + wait;
        let mut rx = self.rx.clone();
        loop {
            let deadline = *rx.borrow_and_update();
            if deadline.is_some_and(|d| until > d) {
                return false;
            }
            tokio::select! {
                () = tokio::time::sleep_until(until) => return true,
                changed = rx.changed() => {
                    if changed.is_err() {
                        tokio::time::sleep_until(until).await;
                        return true;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn a_long_wait_is_cut_short_by_a_stop_a_short_one_is_not() {
        let (trigger, shutdown) = Shutdown::new();
        assert!(
            shutdown.sleep(Duration::from_secs(30)).await,
            "no stop: full sleep"
        );

        let long = tokio::spawn({
            let s = shutdown.clone();
            async move { s.sleep(Duration::from_secs(60)).await }
        });
        tokio::time::sleep(Duration::from_secs(1)).await;
        let asked = Instant::now();
        trigger.stop();
        assert!(!long.await.unwrap(), "60 s outlasts the grace");
        assert!(Instant::now() - asked < Duration::from_millis(10));

        // Within the grace: still honoured.
        assert!(shutdown.sleep(Duration::from_secs(2)).await);
        // Past what is left of it: refused at once.
        assert!(!shutdown.sleep(GRACE).await);
        assert!(shutdown.is_stopping());
        shutdown.stopping().await;
    }

    #[test]
    fn updates_in_hand_are_known_until_done() {
        let shutdown = Shutdown::never();
        let a = shutdown.handling(7);
        let b = shutdown.handling(9);
        assert_eq!(shutdown.in_hand(), [7, 9]);
        drop(a);
        assert_eq!(shutdown.clone().in_hand(), [9]);
        drop(b);
        assert!(shutdown.in_hand().is_empty());
    }
}
