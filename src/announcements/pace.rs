//! Telegram's limits, shared by everything the bot sends: at most `rate`
//! messages a second overall (30 by default; up to 1000 for bots that pay
//! for broadcasts), about one a second to any one chat, and a pause for
//! everyone when Telegram answers 429.
//!
//! Replies to delegates come first: a reply takes the next free slot, and
//! the outbox waits while any reply is waiting, so a large announcement
//! never makes the desk slow to answer a tap. Slots are counted by
//! `governor` (a GCRA rate limiter), not by a timer loop of our own; the
//! waits for a slot are tokio's timers (governor's own `until_ready` waits
//! on a timer thread of its own, a wake-up across threads per wait).

use std::num::NonZeroU32;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use governor::clock::Clock;
use governor::{DefaultDirectRateLimiter, DefaultKeyedRateLimiter, Quota, RateLimiter};

/// Telegram's free broadcast limit, messages a second.
pub const DEFAULT_RATE: u32 = 30;
/// The most a bot that pays for broadcasts may send a second.
pub const MAX_RATE: u32 = 1000;

/// The shared pace of sending (see the module's documentation).
#[derive(Debug)]
pub struct Pace {
    rate: u32,
    paid: bool,
    overall: DefaultDirectRateLimiter,
    per_chat: DefaultKeyedRateLimiter<i64>,
    replies_waiting: AtomicUsize,
    paused_until: Mutex<Option<Instant>>,
    /// How many instances share the rate (each takes this many slots a
    /// message, so that together they keep to it).
    share: AtomicU32,
}

impl Default for Pace {
    fn default() -> Pace {
        Pace::new(DEFAULT_RATE, false)
    }
}

impl Pace {
    /// `rate` messages a second overall (clamped to 1..=1000); `paid`:
    /// broadcasts are sent with `allow_paid_broadcast`.
    pub fn new(rate: u32, paid: bool) -> Pace {
        let rate = rate.clamp(1, MAX_RATE);
        // One slot every 1/rate seconds, 4 % slower than the limit and
        // without bursts: no second-long window holds more than `rate`
        // messages, even when the network bunches a few of them together.
        let period = Duration::from_secs_f64(1.04 / f64::from(rate));
        let overall = Quota::with_period(period)
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
            .allow_burst(NonZeroU32::MIN);
        let per_chat = Quota::with_period(Duration::from_millis(1050))
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
            .allow_burst(NonZeroU32::MIN);
        Pace {
            rate,
            paid,
            overall: RateLimiter::direct(overall),
            per_chat: RateLimiter::keyed(per_chat),
            replies_waiting: AtomicUsize::new(0),
            paused_until: Mutex::new(None),
            share: AtomicU32::new(1),
        }
    }

    /// `instances` instances are sending for the same bot: this one keeps
    /// to its share of the rate.
    pub fn set_share(&self, instances: u32) {
        self.share.store(instances.max(1), Ordering::Relaxed);
    }

    pub fn share(&self) -> u32 {
        self.share.load(Ordering::Relaxed)
    }

    /// One message's slots: one per instance sharing the rate.
    async fn overall_turn(&self) {
        for _ in 0..self.share() {
            while let Err(not_until) = self.overall.check() {
                tokio::time::sleep(not_until.wait_time_from(self.overall.clock().now())).await;
            }
        }
    }

    pub fn rate(&self) -> u32 {
        self.rate
    }

    pub fn paid(&self) -> bool {
        self.paid
    }

    /// Waits for a slot for a reply to a delegate: the next one free.
    pub async fn reply_turn(&self) {
        self.replies_waiting.fetch_add(1, Ordering::SeqCst);
        self.overall_turn().await;
        self.replies_waiting.fetch_sub(1, Ordering::SeqCst);
    }

    /// Waits for a slot for a broadcast message to `chat`: after any pause
    /// Telegram asked for, after the replies waiting, and at most about
    /// one a second to the chat.
    pub async fn broadcast_turn(&self, chat: i64) {
        loop {
            if let Some(wait) = self.pause_left() {
                tokio::time::sleep(wait).await;
                continue;
            }
            if self.replies_waiting.load(Ordering::SeqCst) > 0 {
                tokio::time::sleep(Duration::from_millis(5)).await;
                continue;
            }
            break;
        }
        while let Err(not_until) = self.per_chat.check_key(&chat) {
            tokio::time::sleep(not_until.wait_time_from(self.per_chat.clock().now())).await;
        }
        self.overall_turn().await;
    }

    /// Telegram answered 429: every broadcast waits `wait` from now.
    pub fn pause(&self, wait: Duration) {
        let until = Instant::now() + wait;
        let mut p = self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
        if p.is_none_or(|at| at < until) {
            *p = Some(until);
        }
    }

    /// How long broadcasts still wait, if Telegram asked them to.
    pub fn pause_left(&self) -> Option<Duration> {
        let p = self.paused_until.lock().unwrap_or_else(|e| e.into_inner());
        p.and_then(|at| at.checked_duration_since(Instant::now()))
            .filter(|d| !d.is_zero())
    }

    /// Forgets chats not written to lately (keeps the per-chat table small).
    pub fn tidy(&self) {
        self.per_chat.retain_recent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn no_second_holds_more_than_the_rate() {
        let pace = Pace::new(200, true);
        let start = Instant::now();
        let mut at = Vec::new();
        for chat in 0..420 {
            pace.broadcast_turn(chat).await;
            at.push(start.elapsed());
        }
        for (i, t) in at.iter().enumerate() {
            let in_window = at[i..]
                .iter()
                .take_while(|u| **u < *t + Duration::from_secs(1))
                .count();
            assert!(in_window <= 200, "{in_window} in a second from {t:?}");
        }
    }

    #[tokio::test]
    async fn two_instances_each_keep_to_half_the_rate() {
        // Two paces as two instances would have them: together, no second
        // holds more than the rate.
        let (a, b) = (Pace::new(100, true), Pace::new(100, true));
        a.set_share(2);
        b.set_share(2);
        let start = Instant::now();
        let at = std::sync::Arc::new(Mutex::new(Vec::new()));
        let send = |pace: Pace, first: i64| {
            let at = at.clone();
            async move {
                for chat in first..first + 110 {
                    pace.broadcast_turn(chat).await;
                    at.lock().unwrap().push(start.elapsed());
                }
            }
        };
        tokio::join!(send(a, 0), send(b, 1000));
        let mut at = at.lock().unwrap().clone();
        at.sort();
        for (i, t) in at.iter().enumerate() {
            let in_window = at[i..]
                .iter()
                .take_while(|u| **u < *t + Duration::from_secs(1))
                .count();
            assert!(in_window <= 100, "{in_window} in a second from {t:?}");
        }
    }

    #[tokio::test]
    async fn a_pause_holds_broadcasts_back() {
        let pace = Pace::new(1000, true);
        pace.pause(Duration::from_millis(300));
        let start = Instant::now();
        pace.broadcast_turn(1).await;
        assert!(start.elapsed() >= Duration::from_millis(290));
    }
}
