//! The outbox: announcements and notices written to the database with
//! every recipient before the first send, then delivered by a worker in
//! each instance within Telegram's limits ([`Pace`]).
//!
//! - **Durable**: each outcome is recorded as it comes. A worker killed
//!   mid-way leaves its claimed deliveries `sending`; after
//!   [`STALE_AFTER`] any worker makes them due again (on SQLite, which has
//!   one instance, the next start does at once). Only those whose
//!   message had left but whose outcome was not yet written (at most
//!   [`Outbox::in_flight`]) can arrive twice.
//! - **Shared**: workers claim deliveries through the database (`SKIP
//!   LOCKED` on PostgreSQL), so several instances share one announcement.
//! - **429** pauses every broadcast for `retry_after` and puts the delivery
//!   back, uncounted; **403** (blocked, deleted) marks the delegate
//!   unreachable; other failures are tried again with a growing pause,
//!   [`MAX_ATTEMPTS`] times in all, then reported as failed.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use futures_util::StreamExt;
use futures_util::future::BoxFuture;
use tokio::sync::Notify;

use super::Audience;
use super::pace::Pace;
use crate::db::announcements::{self as stored, Announcement, Counts, New};
use crate::db::{Db, Tx, delegates, journal};
use crate::error::Result;
use crate::i18n::Lang;
use crate::shutdown::Shutdown;

/// How many times a delivery is tried before it is reported as failed.
pub const MAX_ATTEMPTS: i64 = 5;
/// A delivery claimed this long ago and never finished belonged to a
/// worker that died: it is due again.
pub const STALE_AFTER: Duration = Duration::from_secs(60);
/// The organiser's progress message is edited at most this often.
pub const PROGRESS_EVERY: Duration = Duration::from_secs(3);
/// Recipients are read and written this many at a time.
const PAGE: i64 = 1000;

/// One message to one recipient.
#[derive(Debug, Clone)]
pub struct Letter {
    pub delivery: i64,
    pub announcement: Arc<Loaded>,
    pub telegram_id: i64,
    pub lang: Lang,
    /// Failed attempts so far.
    pub attempts: i64,
    /// When this worker claimed it.
    pub claimed: Instant,
}

/// An announcement with its messages, as a worker sends it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub row: Announcement,
    /// (language or `None` for the original, chat, message).
    pub versions: Vec<(Option<Lang>, i64, i64)>,
}

impl Loaded {
    /// The message to copy for a reader of `lang`: their version, else
    /// the original.
    pub fn version_for(&self, lang: Lang) -> Option<(i64, i64)> {
        let of = |l: Option<Lang>| self.versions.iter().find(|v| v.0 == l).map(|v| (v.1, v.2));
        of(Some(lang)).or_else(|| of(None))
    }
}

/// How sending one message went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Sent,
    /// Blocked the bot, deleted account: not tried again.
    Unreachable,
    /// Telegram's flood control: everyone waits this long.
    RetryAfter(Duration),
    /// Anything else: tried again later.
    Failed(String),
    /// Not sent: no longer true or timely (a reminder of a session that
    /// moved or began, a briefing after the morning).
    Skipped,
}

/// Where an announcement stands, for the organiser's progress message.
#[derive(Debug, Clone)]
pub struct Report {
    pub announcement: Announcement,
    pub counts: Counts,
    /// Messages a second lately (0 when not known yet).
    pub rate: f64,
    /// Nothing is left to send (done or stopped).
    pub finished: bool,
}

impl Report {
    /// Seconds left at the current rate, if it is known.
    pub fn seconds_left(&self) -> Option<u64> {
        (self.rate > 0.0).then(|| (self.counts.remaining() as f64 / self.rate).ceil() as u64)
    }
}

/// A page of an audience as its readers: each with the language to write
/// to them in (for a language's audience, only its readers).
fn readers(rows: &[stored::Recipient], audience: &Audience) -> Vec<(i64, Lang)> {
    rows.iter()
        .map(|(id, l, a)| (*id, delegates::language_of(l.as_deref(), a.as_deref())))
        .filter(|(_, l)| match audience {
            Audience::Language(want) => l == want,
            _ => true,
        })
        .collect()
}

/// What sends: the Telegram side implements it.
pub trait Courier: Send + Sync + 'static {
    fn deliver<'a>(&'a self, letter: &'a Letter) -> BoxFuture<'a, Outcome>;
    fn progress<'a>(&'a self, report: &'a Report) -> BoxFuture<'a, ()>;
}

/// The outbox of one instance: the database, the shared pace, and a bell
/// that wakes the worker when there is something new to send.
#[derive(Debug, Clone)]
pub struct Outbox {
    pub db: Db,
    pub pace: Arc<Pace>,
    /// Delegates' languages this process remembers: one found unreachable
    /// is forgotten, so that their next message marks them reachable.
    pub known: Arc<crate::app::Known>,
    wake: Arc<Notify>,
    /// The first pause after a failure (doubled at each attempt).
    pub retry_unit: Duration,
    /// After how long a claimed, unfinished delivery is due again.
    pub stale_after: Duration,
}

impl Outbox {
    pub fn new(db: Db, pace: Arc<Pace>) -> Outbox {
        Outbox {
            db,
            pace,
            known: Arc::default(),
            wake: Arc::new(Notify::new()),
            retry_unit: Duration::from_secs(1),
            stale_after: STALE_AFTER,
        }
    }

    /// How many messages may be on their way at once: enough to keep the
    /// rate while Telegram takes its time to answer each.
    pub fn in_flight(&self) -> usize {
        (self.pace.rate() as usize / 3).clamp(8, 256)
    }

    /// Wakes the worker (a new announcement was written).
    pub fn ring(&self) {
        self.wake.notify_one();
    }

    /// Counts an audience by language (for the organiser, before sending).
    pub async fn tally(&self, audience: &Audience, organisers: &[i64]) -> Result<Vec<(Lang, i64)>> {
        let mut by_lang: HashMap<Lang, i64> = HashMap::new();
        self.each_page(audience, organisers, |page| {
            for (_, lang) in page {
                *by_lang.entry(*lang).or_default() += 1;
            }
        })
        .await?;
        let mut out: Vec<(Lang, i64)> = by_lang.into_iter().collect();
        out.sort_by_key(|(l, n)| (-n, Lang::ALL.iter().position(|x| x == l)));
        Ok(out)
    }

    /// Reads an audience a page at a time, each recipient with the
    /// language to write to them in.
    async fn each_page(
        &self,
        audience: &Audience,
        organisers: &[i64],
        mut f: impl FnMut(&[(i64, Lang)]),
    ) -> Result<()> {
        let mut after = i64::MIN;
        loop {
            let rows = {
                let mut conn = self.db.conn().await?;
                stored::recipients_page(&mut conn, audience, organisers, after, PAGE).await?
            };
            let Some(last) = rows.last() else { break };
            after = last.0;
            let page = readers(&rows, audience);
            f(&page);
            if (rows.len() as i64) < PAGE {
                break;
            }
        }
        Ok(())
    }

    /// Writes an announcement and every recipient, then wakes the worker.
    /// `versions`: (language or `None` for the original, chat, message).
    /// `None` if `new.source` already created one; else its id and how
    /// many recipients it has.
    pub async fn publish(
        &self,
        new: &New<'_>,
        versions: &[(Option<Lang>, i64, i64)],
        organisers: &[i64],
    ) -> Result<Option<(i64, i64)>> {
        self.publish_with_change(new, versions, organisers, None)
            .await
    }

    /// [`Outbox::publish`], storing `change` (a session changed on site,
    /// by `.1`) in the same transaction: the change is made once, with its
    /// notice, or not at all (a second tap on "Confirm" changes nothing).
    pub async fn publish_with_change(
        &self,
        new: &New<'_>,
        versions: &[(Option<Lang>, i64, i64)],
        organisers: &[i64],
        change: Option<(&super::changes::Change, i64)>,
    ) -> Result<Option<(i64, i64)>> {
        let now = Utc::now();
        // The announcement is written `sending` with its recipients in one
        // transaction: a worker never sees it half-written. Published once
        // for the update (see `db::journal`): its second handling gets the
        // same answer, not "already sent".
        let step = journal::step("publish");
        let mut tx = self.db.begin_write().await?;
        if let Some(made) = replayed(&mut tx, &step).await? {
            tx.rollback().await?;
            if let Some((id, 0)) = made {
                stored::finish_if_done(&mut *self.db.conn().await?, id, now).await?;
            }
            self.ring();
            return Ok(made);
        }
        let Some(id) = stored::create(&mut tx, new, now).await? else {
            tx.rollback().await?;
            return Ok(None);
        };
        if let Some((change, by)) = change {
            stored::put_change(&mut tx, change, by, now).await?;
        }
        for (lang, chat, message) in versions {
            stored::add_version(&mut tx, id, *lang, *chat, *message).await?;
        }
        if new.draft {
            record(&mut tx, &step, &Some((id, 0))).await?;
            tx.commit().await?;
            return Ok(Some((id, 0)));
        }
        let count = self.fill(&mut tx, id, new.audience, organisers).await?;
        record(&mut tx, &step, &Some((id, count))).await?;
        tx.commit().await?;
        if count == 0 {
            stored::finish_if_done(&mut *self.db.conn().await?, id, now).await?;
        }
        self.ring();
        Ok(Some((id, count)))
    }

    /// Sends a draft (a reload's notice) once an organiser confirms it;
    /// how many it goes to, or `None` if it was not a draft any more.
    pub async fn start_draft(
        &self,
        id: i64,
        progress: Option<(i64, i64)>,
        organisers: &[i64],
    ) -> Result<Option<i64>> {
        let step = journal::step("start-draft");
        let mut tx = self.db.begin_write().await?;
        if let Some(made) = replayed(&mut tx, &step).await? {
            tx.rollback().await?;
            if made == Some(0) {
                stored::finish_if_done(&mut *self.db.conn().await?, id, Utc::now()).await?;
            }
            self.ring();
            return Ok(made);
        }
        if !stored::start_draft(&mut tx, id, progress).await? {
            tx.rollback().await?;
            return Ok(None);
        }
        let Some(row) = stored::get(&mut tx, id).await? else {
            tx.rollback().await?;
            return Ok(None);
        };
        let audience = Audience::decode(&row.audience).unwrap_or(Audience::Everyone);
        let count = self.fill(&mut tx, id, &audience, organisers).await?;
        record(&mut tx, &step, &Some(count)).await?;
        tx.commit().await?;
        if count == 0 {
            stored::finish_if_done(&mut *self.db.conn().await?, id, Utc::now()).await?;
        }
        self.ring();
        Ok(Some(count))
    }

    /// Writes every recipient of `audience` as a delivery of `id`, a page
    /// at a time; how many.
    async fn fill(
        &self,
        tx: &mut crate::db::Tx,
        id: i64,
        audience: &Audience,
        organisers: &[i64],
    ) -> Result<i64> {
        let now = Utc::now();
        let mut count = 0i64;
        let mut after = i64::MIN;
        loop {
            let rows = stored::recipients_page(tx, audience, organisers, after, PAGE).await?;
            let Some(last) = rows.last() else { break };
            after = last.0;
            let page = readers(&rows, audience);
            count += page.len() as i64;
            for chunk in page.chunks(200) {
                stored::add_deliveries(tx, id, chunk, now).await?;
            }
            if (rows.len() as i64) < PAGE {
                break;
            }
        }
        Ok(count)
    }

    /// Stops an announcement; its report as it stands.
    pub async fn stop(&self, id: i64) -> Result<Option<Report>> {
        let mut conn = self.db.conn().await?;
        stored::stop(&mut conn, id, Utc::now()).await?;
        let Some(row) = stored::get(&mut conn, id).await? else {
            return Ok(None);
        };
        let counts = stored::counts(&mut conn, id).await?;
        Ok(Some(Report {
            announcement: row,
            counts,
            rate: 0.0,
            finished: true,
        }))
    }

    /// Delivers until `shutdown`: claims due deliveries, sends them through
    /// `courier` at the shared pace, records each outcome, and keeps each
    /// organiser's progress message up to date. A database failure is
    /// logged and tried again a moment later.
    pub async fn run(&self, courier: Arc<dyn Courier>, shutdown: Shutdown) {
        // A SQLite file has one instance: what is still `sending` was in
        // the hands of this instance's previous run, which is over.
        if self.db.backend() == crate::db::Backend::Sqlite {
            let resumed = async {
                let mut conn = self.db.conn().await?;
                stored::release_stale(&mut conn, Utc::now() + chrono::Duration::seconds(1)).await
            };
            match resumed.await {
                Ok(0) => {}
                Ok(n) => tracing::info!(
                    deliveries = n,
                    "outbox: resuming where the last run stopped"
                ),
                Err(e) => {
                    tracing::warn!(error = %e, "outbox: cannot resume the last run's deliveries")
                }
            }
        }
        let mut worker = Worker {
            outbox: self.clone(),
            courier,
            shutdown,
            loaded: HashMap::new(),
            progress: HashMap::new(),
            last_tidy: Instant::now() - self.stale_after,
            last_pace_tidy: Instant::now(),
        };
        loop {
            if worker.shutdown.is_stopping() {
                return;
            }
            let wait = match worker.round().await {
                Ok(true) => Duration::ZERO,
                Ok(false) => Duration::from_secs(1),
                Err(e) => {
                    tracing::warn!(error = %e, "outbox: a round failed; trying again");
                    Duration::from_secs(2)
                }
            };
            if !wait.is_zero() {
                tokio::select! {
                    () = self.wake.notified() => {}
                    () = tokio::time::sleep(wait) => {}
                    () = worker.shutdown.stopping() => return,
                }
            }
        }
    }
}

struct Worker {
    outbox: Outbox,
    courier: Arc<dyn Courier>,
    shutdown: Shutdown,
    loaded: HashMap<i64, Arc<Loaded>>,
    /// Per announcement: when its progress was last shown, and how many
    /// were sent then (for the rate).
    progress: HashMap<i64, (Instant, i64)>,
    last_tidy: Instant,
    last_pace_tidy: Instant,
}

impl Worker {
    /// One round: tidy up if due, claim a batch, send it. True if there
    /// was something to send.
    async fn round(&mut self) -> Result<bool> {
        let db = self.outbox.db.clone();
        if self.last_tidy.elapsed() >= self.outbox.stale_after / 2 {
            self.last_tidy = Instant::now();
            let stale = Utc::now()
                - chrono::Duration::from_std(self.outbox.stale_after).unwrap_or_default();
            let n = stored::release_stale(&mut *db.conn().await?, stale).await?;
            if n > 0 {
                tracing::info!(
                    deliveries = n,
                    "outbox: resuming deliveries a stopped worker had claimed"
                );
            }
            // Announcements stopped or finished elsewhere.
            let sending = stored::sending(&mut *db.conn().await?).await?;
            self.loaded.retain(|id, _| sending.contains(id));
            for id in sending {
                self.report(id).await?;
            }
        }
        if self.last_pace_tidy.elapsed() >= Duration::from_secs(5) {
            self.last_pace_tidy = Instant::now();
            self.outbox.pace.tidy();
        }
        // A short batch (about a second's worth): claims never grow old
        // while they wait for their turn.
        let batch = i64::try_from(self.outbox.in_flight() * 2).unwrap_or(16);
        let claimed =
            stored::claim(&mut *db.conn().await?, db.backend(), batch, Utc::now()).await?;
        if claimed.is_empty() {
            return Ok(false);
        }
        let at = Instant::now();
        let mut letters = Vec::with_capacity(claimed.len());
        for c in claimed {
            let announcement = self.load(c.announcement_id).await?;
            letters.push(Letter {
                delivery: c.id,
                announcement,
                telegram_id: c.telegram_id,
                lang: c.lang,
                attempts: c.attempts,
                claimed: at,
            });
        }
        let mut touched: Vec<i64> = letters.iter().map(|l| l.announcement.row.id).collect();
        touched.dedup();
        let (outbox, courier, shutdown) = (&self.outbox, &self.courier, &self.shutdown);
        futures_util::stream::iter(letters)
            .for_each_concurrent(self.outbox.in_flight(), |letter| async move {
                if let Err(e) = send_one(outbox, courier.as_ref(), shutdown, &letter).await {
                    tracing::warn!(error = %e, "outbox: an outcome could not be recorded");
                }
            })
            .await;
        for id in touched {
            self.report(id).await?;
        }
        Ok(true)
    }

    async fn load(&mut self, id: i64) -> Result<Arc<Loaded>> {
        if let Some(l) = self.loaded.get(&id) {
            return Ok(l.clone());
        }
        let mut conn = self.outbox.db.conn().await?;
        let row = stored::get(&mut conn, id)
            .await?
            .ok_or_else(|| crate::Error::State(format!("announcement {id} is gone")))?;
        let versions = stored::versions(&mut conn, id).await?;
        let l = Arc::new(Loaded { row, versions });
        self.loaded.insert(id, l.clone());
        Ok(l)
    }

    /// Shows the organiser where announcement `id` stands, at most every
    /// [`PROGRESS_EVERY`], and its final report once, when it is done.
    async fn report(&mut self, id: i64) -> Result<()> {
        let mut conn = self.outbox.db.conn().await?;
        let finished = stored::finish_if_done(&mut conn, id, Utc::now()).await?;
        let due = self
            .progress
            .get(&id)
            .is_none_or(|(at, _)| at.elapsed() >= PROGRESS_EVERY);
        if !finished && !due {
            return Ok(());
        }
        let Some(row) = stored::get(&mut conn, id).await? else {
            return Ok(());
        };
        if row.state != stored::State::Sending && !finished {
            self.progress.remove(&id);
            return Ok(());
        }
        let counts = stored::counts(&mut conn, id).await?;
        drop(conn);
        let done = counts.sent + counts.failed + counts.unreachable;
        let rate = match self.progress.get(&id) {
            Some((at, before)) => {
                let secs = at.elapsed().as_secs_f64();
                if secs > 0.0 {
                    (done - before) as f64 / secs
                } else {
                    0.0
                }
            }
            None => 0.0,
        };
        self.progress.insert(id, (Instant::now(), done));
        if finished {
            self.progress.remove(&id);
            self.loaded.remove(&id);
            tracing::info!(
                announcement = id,
                sent = counts.sent,
                failed = counts.failed,
                unreachable = counts.unreachable,
                "announcement delivered"
            );
        }
        let report = Report {
            announcement: row,
            counts,
            rate,
            finished,
        };
        self.courier.progress(&report).await;
        Ok(())
    }
}

/// Sends one letter at the shared pace and records how it went.
async fn send_one(
    outbox: &Outbox,
    courier: &dyn Courier,
    shutdown: &Shutdown,
    letter: &Letter,
) -> Result<()> {
    let now = Utc::now;
    if shutdown.is_stopping() {
        // Not sent: due again at once, for the next start.
        let mut conn = outbox.db.conn().await?;
        return stored::retry(&mut conn, letter.delivery, now(), false, None).await;
    }
    outbox.pace.broadcast_turn(letter.telegram_id).await;
    if letter.claimed.elapsed() > outbox.stale_after / 2 {
        // Waited so long (a long 429 pause) that another instance may
        // soon take the claim for stale: give it back rather than risk
        // sending it twice.
        let mut conn = outbox.db.conn().await?;
        return stored::retry(&mut conn, letter.delivery, now(), false, None).await;
    }
    let outcome = courier.deliver(letter).await;
    crate::ops::delivery(match &outcome {
        Outcome::Sent => "sent",
        Outcome::Unreachable => "unreachable",
        Outcome::Skipped => "skipped",
        Outcome::RetryAfter(_) => "retry_after",
        Outcome::Failed(_) => "failed",
    });
    let mut conn = outbox.db.conn().await?;
    match outcome {
        Outcome::Sent => stored::mark_sent(&mut conn, letter.delivery, now()).await,
        Outcome::Unreachable => {
            let marked =
                stored::mark_unreachable(&mut conn, letter.delivery, letter.telegram_id, now())
                    .await;
            outbox.known.forget(letter.telegram_id);
            marked
        }
        Outcome::Skipped => stored::mark_skipped(&mut conn, letter.delivery).await,
        Outcome::RetryAfter(wait) => {
            tracing::info!(
                seconds = wait.as_secs(),
                "outbox: Telegram asked to slow down; every broadcast waits"
            );
            outbox.pace.pause(wait);
            stored::retry(&mut conn, letter.delivery, now(), false, None).await
        }
        Outcome::Failed(error) => {
            let attempts = letter.attempts + 1;
            if attempts >= MAX_ATTEMPTS {
                tracing::warn!(error = %error, "outbox: a delivery failed for good");
                stored::mark_failed(&mut conn, letter.delivery, &error).await
            } else {
                // 2, 4, 8, 16 × the unit (a second).
                let unit = chrono::Duration::from_std(outbox.retry_unit).unwrap_or_default();
                let wait = unit * (1 << attempts.min(6));
                stored::retry(&mut conn, letter.delivery, now() + wait, true, Some(&error)).await
            }
        }
    }
}

/// What a publication returned when a run of the update being handled
/// made it before (see `db::journal`; a first run reads nothing).
async fn replayed<T: serde::de::DeserializeOwned>(
    tx: &mut Tx,
    step: &Option<journal::Step>,
) -> Result<Option<T>> {
    Ok(match step.as_ref().filter(|s| s.again) {
        Some(step) => match journal::recorded(tx, step).await? {
            journal::Recorded::Made(made) => Some(made),
            _ => None,
        },
        None => None,
    })
}

/// Records what a publication returned as the update's write `step` (see
/// `db::journal`), in its transaction.
async fn record<T: serde::Serialize>(
    tx: &mut Tx,
    step: &Option<journal::Step>,
    value: &T,
) -> Result<()> {
    if let Some(step) = step {
        // (Another run of the same update that got this far found the
        // announcement written already, it is keyed, and wrote nothing; a
        // record that no longer reads is replaced.)
        journal::record(tx, step, value, true).await?;
    }
    Ok(())
}
