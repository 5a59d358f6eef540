//! The outbox of announcements, on both backends: audiences, each
//! recipient reached once in their language, 403 and 429 and other
//! failures, Stop, a worker killed mid-way and resumed, and two workers
//! sharing one announcement on PostgreSQL.

#[path = "common/db.rs"]
mod db;

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::Utc;
use db::TestDb;
use delegate_desk::announcements::Audience;
use delegate_desk::announcements::outbox::{Courier, Letter, Outbox, Outcome, Report};
use delegate_desk::announcements::pace::Pace;
use delegate_desk::db::announcements::{self as stored, New, State};
use delegate_desk::db::{Db, delegates};
use delegate_desk::i18n::Lang;
use delegate_desk::shutdown::Shutdown;
use futures_util::future::BoxFuture;

/// A courier that records what it sent, and fails as told.
#[derive(Default)]
struct Fake {
    sent: Mutex<HashMap<i64, Vec<Lang>>>,
    /// Recipients who blocked the bot.
    blocked: HashSet<i64>,
    /// Recipients whose first sends fail this many times.
    flaky: Mutex<HashMap<i64, u32>>,
    /// Recipients for whom Telegram answers 429 once.
    flood: Mutex<HashSet<i64>>,
    /// Each send takes this long.
    delay: Duration,
    reports: Mutex<Vec<Report>>,
}

impl Fake {
    fn count(&self, id: i64) -> usize {
        self.sent.lock().unwrap().get(&id).map_or(0, Vec::len)
    }
    fn total(&self) -> usize {
        self.sent.lock().unwrap().values().map(Vec::len).sum()
    }
    fn finished(&self) -> Vec<Report> {
        self.reports
            .lock()
            .unwrap()
            .iter()
            .filter(|r| r.finished)
            .cloned()
            .collect()
    }
}

impl Courier for Fake {
    fn deliver<'a>(&'a self, letter: &'a Letter) -> BoxFuture<'a, Outcome> {
        Box::pin(async move {
            if !self.delay.is_zero() {
                tokio::time::sleep(self.delay).await;
            }
            let id = letter.telegram_id;
            if self.blocked.contains(&id) {
                return Outcome::Unreachable;
            }
            if self.flood.lock().unwrap().remove(&id) {
                return Outcome::RetryAfter(Duration::from_millis(300));
            }
            if let Some(n) = self.flaky.lock().unwrap().get_mut(&id)
                && *n > 0
            {
                *n -= 1;
                return Outcome::Failed("Bad Gateway".into());
            }
            self.sent
                .lock()
                .unwrap()
                .entry(id)
                .or_default()
                .push(letter.lang);
            Outcome::Sent
        })
    }

    fn progress<'a>(&'a self, report: &'a Report) -> BoxFuture<'a, ()> {
        Box::pin(async move { self.reports.lock().unwrap().push(report.clone()) })
    }
}

/// `n` delegates from id 1: every third chose Thai, every third's app is
/// in Vietnamese (never chose), the rest English.
async fn delegates_(db: &Db, n: i64) {
    let mut c = db.conn().await.unwrap();
    let now = Utc::now();
    for id in 1..=n {
        match id % 3 {
            0 => delegates::set_language(&mut c, id, "th", now)
                .await
                .unwrap(),
            1 => {
                delegates::seen(&mut c, id, Some("vi-VN"), now)
                    .await
                    .unwrap();
            }
            _ => {
                delegates::seen(&mut c, id, Some("en"), now).await.unwrap();
            }
        }
    }
}

fn outbox(db: &Db, rate: u32) -> Outbox {
    let mut o = Outbox::new(db.clone(), Arc::new(Pace::new(rate, true)));
    o.retry_unit = Duration::from_millis(20);
    o
}

async fn announce(o: &Outbox, audience: &Audience, source: &str, ack: bool) -> (i64, i64) {
    let new = New {
        notice: None,
        audience,
        summary: "Shuttles leave at 8:00",
        needs_ack: ack,
        created_by: 900,
        progress: Some((900, 1)),
        source,
        draft: false,
    };
    // The original, and a Thai version.
    let versions = [(None, 900, 10), (Some(Lang::Th), 900, 11)];
    o.publish(&new, &versions, &[900, 901])
        .await
        .unwrap()
        .unwrap()
}

/// Runs a worker until announcement `id` is no longer sending.
async fn deliver(o: &Outbox, fake: Arc<Fake>, id: i64) {
    let (trigger, shutdown) = Shutdown::new();
    let worker = {
        let (o, shutdown) = (o.clone(), shutdown.clone());
        tokio::spawn(async move { o.run(fake, shutdown).await })
    };
    until_done(&o.db, id).await;
    trigger.stop();
    worker.await.unwrap();
}

async fn until_done(db: &Db, id: i64) {
    for _ in 0..600 {
        let a = stored::get(&mut db.conn().await.unwrap(), id)
            .await
            .unwrap()
            .unwrap();
        if a.state != State::Sending {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("announcement {id} was not delivered in 30 s");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn everyone_gets_it_once_in_their_language_and_failures_are_handled() {
    for t in TestDb::each().await {
        let b = t.backend();
        delegates_(&t.db, 60).await;
        let o = outbox(&t.db, 1000);
        // Tallied by language before sending: 20 Thai (chose), 20
        // Vietnamese (their app's), 20 English.
        let tally = o.tally(&Audience::Everyone, &[]).await.unwrap();
        let as_map: HashMap<Lang, i64> = tally.into_iter().collect();
        assert_eq!(as_map[&Lang::Th], 20, "{b:?}");
        assert_eq!(as_map[&Lang::Vi], 20, "{b:?}");
        assert_eq!(as_map[&Lang::En], 20, "{b:?}");

        let fake = Arc::new(Fake {
            blocked: HashSet::from([5, 6]),
            flaky: Mutex::new(HashMap::from([(7, 2), (8, 99)])),
            flood: Mutex::new(HashSet::from([9])),
            ..Fake::default()
        });
        let (id, count) = announce(&o, &Audience::Everyone, "a1", true).await;
        assert_eq!(count, 60, "{b:?}");
        // The same source again (a second tap) creates nothing.
        let again = New {
            notice: None,
            audience: &Audience::Everyone,
            summary: "x",
            needs_ack: false,
            created_by: 900,
            progress: None,
            source: "a1",
            draft: false,
        };
        assert!(
            o.publish(&again, &[], &[]).await.unwrap().is_none(),
            "{b:?}"
        );

        deliver(&o, fake.clone(), id).await;
        for r in 1..=60 {
            let want = match r {
                5 | 6 | 8 => 0,
                _ => 1,
            };
            assert_eq!(fake.count(r), want, "{b:?}: recipient {r}");
        }
        assert_eq!(fake.sent.lock().unwrap()[&3], vec![Lang::Th], "{b:?}");
        assert_eq!(fake.sent.lock().unwrap()[&4], vec![Lang::Vi], "{b:?}");
        let c = stored::counts(&mut t.db.conn().await.unwrap(), id)
            .await
            .unwrap();
        assert_eq!(
            (c.sent, c.unreachable, c.failed, c.remaining()),
            (57, 2, 1, 0),
            "{b:?}"
        );
        // One final report, with those figures.
        let done = fake.finished();
        assert_eq!(done.len(), 1, "{b:?}");
        assert_eq!(done[0].counts.sent, 57, "{b:?}");

        // The blocked are skipped next time, until they write again.
        let (_, count) = announce(&o, &Audience::Everyone, "a2", false).await;
        assert_eq!(count, 58, "{b:?}");
        delegates::seen(&mut t.db.conn().await.unwrap(), 5, Some("en"), Utc::now())
            .await
            .unwrap();
        let (_, count) = announce(&o, &Audience::Everyone, "a3", false).await;
        assert_eq!(count, 59, "{b:?}");

        // Acknowledgements, and a reminder to those who have not.
        for r in [1, 2, 3] {
            assert!(
                stored::ack(&mut t.db.conn().await.unwrap(), id, r, Utc::now())
                    .await
                    .unwrap()
            );
        }
        assert!(
            !stored::ack(&mut t.db.conn().await.unwrap(), id, 1, Utc::now())
                .await
                .unwrap(),
            "{b:?}: a second tap counts once"
        );
        let unacked = o.tally(&Audience::Unacknowledged(id), &[]).await.unwrap();
        let n: i64 = unacked.iter().map(|x| x.1).sum();
        assert_eq!(n, 57 - 3, "{b:?}");
        // The reminder goes to those 54; a "Got it" on it counts for the
        // original too.
        let (reminder, count) = announce(&o, &Audience::Unacknowledged(id), "r1", true).await;
        assert_eq!(count, 54, "{b:?}");
        deliver(&o, Arc::new(Fake::default()), reminder).await;
        assert!(
            stored::ack(&mut t.db.conn().await.unwrap(), reminder, 4, Utc::now())
                .await
                .unwrap()
        );
        let c = stored::counts(&mut t.db.conn().await.unwrap(), id)
            .await
            .unwrap();
        assert_eq!(
            c.acked, 4,
            "{b:?}: the original counts the reminder's Got it"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_worker_killed_mid_way_is_resumed_without_skipping_anyone() {
    for t in TestDb::each().await {
        let b = t.backend();
        delegates_(&t.db, 300).await;
        let mut o = outbox(&t.db, 200);
        let fake = Arc::new(Fake {
            delay: Duration::from_millis(5),
            ..Fake::default()
        });
        let (id, _) = announce(&o, &Audience::Everyone, "k1", false).await;
        let (_trigger, shutdown) = Shutdown::new();
        let worker = {
            let (o, fake) = (o.clone(), fake.clone());
            tokio::spawn(async move { o.run(fake, shutdown).await })
        };
        while fake.total() < 100 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        // kill -9: the task is dropped wherever it is.
        worker.abort();
        let _ = worker.await;
        let before = fake.total();
        assert!(before < 300, "{b:?}: killed mid-way ({before})");

        // A new worker resumes; claims of the dead one are due again once stale.
        o.stale_after = Duration::from_secs(2);
        tokio::time::sleep(Duration::from_millis(2100)).await;
        deliver(&o, fake.clone(), id).await;
        let mut twice = 0;
        for r in 1..=300 {
            let n = fake.count(r);
            assert!(n >= 1, "{b:?}: recipient {r} was skipped");
            if n > 1 {
                twice += 1;
            }
        }
        assert!(
            twice <= o.in_flight(),
            "{b:?}: {twice} received it twice; at most those in flight at the kill may"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn stop_halts_an_announcement_and_says_what_was_not_sent() {
    for t in TestDb::each().await {
        let b = t.backend();
        delegates_(&t.db, 200).await;
        let o = outbox(&t.db, 50);
        let fake = Arc::new(Fake::default());
        let (id, _) = announce(&o, &Audience::Everyone, "s1", false).await;
        let (trigger, shutdown) = Shutdown::new();
        let worker = {
            let (o, fake) = (o.clone(), fake.clone());
            tokio::spawn(async move { o.run(fake, shutdown).await })
        };
        while fake.total() < 20 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let report = o.stop(id).await.unwrap().unwrap();
        assert_eq!(report.announcement.state, State::Stopped, "{b:?}");
        assert!(report.counts.stopped > 100, "{b:?}: {:?}", report.counts);
        tokio::time::sleep(Duration::from_millis(1500)).await;
        trigger.stop();
        worker.await.unwrap();
        let c = stored::counts(&mut t.db.conn().await.unwrap(), id)
            .await
            .unwrap();
        assert_eq!(c.remaining(), 0, "{b:?}");
        assert_eq!(c.sent as usize, fake.total(), "{b:?}: every send recorded");
        assert_eq!(c.sent + c.stopped, 200, "{b:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_workers_share_one_announcement_without_duplicates() {
    let Some(t) = TestDb::postgres().await else {
        return;
    };
    delegates_(&t.db, 400).await;
    // Two instances: two pools on one database, each with its worker.
    let other = Db::connect(&t.url).await.unwrap();
    let (a, b) = (outbox(&t.db, 1000), outbox(&other, 1000));
    let fake = Arc::new(Fake {
        delay: Duration::from_millis(2),
        ..Fake::default()
    });
    let (id, _) = announce(&a, &Audience::Everyone, "two", false).await;
    let (trigger, shutdown) = Shutdown::new();
    let workers: Vec<_> = [a.clone(), b.clone()]
        .into_iter()
        .map(|o| {
            let (fake, shutdown) = (fake.clone(), shutdown.clone());
            tokio::spawn(async move { o.run(fake, shutdown).await })
        })
        .collect();
    until_done(&t.db, id).await;
    trigger.stop();
    for w in workers {
        w.await.unwrap();
    }
    for r in 1..=400 {
        assert_eq!(fake.count(r), 1, "recipient {r}");
    }
    assert_eq!(fake.finished().len(), 1, "one final report, by one worker");
}

#[tokio::test]
async fn each_audience_reaches_the_right_people() {
    use delegate_desk::db::{attendees, registrations};
    use delegate_desk::registration::invitations;
    use delegate_desk::registration::profile::{Country, Draft, Interpretation};
    for t in TestDb::each().await {
        let b = t.backend();
        delegates_(&t.db, 12).await;
        let now = Utc::now();
        let hanoi = invitations::create(&t.db, "Hanoi", 10, None, None, now)
            .await
            .unwrap();
        let cebu = invitations::create(&t.db, "Cebu", 10, None, None, now)
            .await
            .unwrap();
        let mut c = t.db.conn().await.unwrap();
        for (id, code, country) in [(1, &hanoi, "vn"), (2, &hanoi, "vn"), (3, &cebu, "ph")] {
            attendees::join(&mut c, id, code, now).await.unwrap();
            let draft = Draft {
                full_name: Some("N".into()),
                title: Some("Mayor".into()),
                city: Some("C".into()),
                country: Some(Country::Listed(country.into())),
                organisation: Some("O".into()),
                diet: Some("none".into()),
                diet_note: None,
                interpretation: Some(Interpretation::None),
            };
            attendees::save_profile(&mut c, id, &draft.to_row(), now)
                .await
                .unwrap();
        }
        registrations::insert(
            &mut c,
            "dialogue-trade",
            1,
            registrations::Status::Confirmed,
            "T1",
            now,
        )
        .await
        .unwrap();
        registrations::insert(
            &mut c,
            "dialogue-trade",
            3,
            registrations::Status::Waitlisted,
            "T3",
            now,
        )
        .await
        .unwrap();
        drop(c);
        let o = outbox(&t.db, 1000);
        let ids = |a: Audience| {
            let o = o.clone();
            async move {
                let mut out = Vec::new();
                let mut conn = o.db.conn().await.unwrap();
                for (id, _, _) in stored::recipients_page(&mut conn, &a, &[900], i64::MIN, 1000)
                    .await
                    .unwrap()
                {
                    out.push(id);
                }
                out
            }
        };
        assert_eq!(
            ids(Audience::Registrants("dialogue-trade".into())).await,
            [1],
            "{b:?}"
        );
        assert_eq!(
            ids(Audience::Waitlist("dialogue-trade".into())).await,
            [3],
            "{b:?}"
        );
        assert_eq!(
            ids(Audience::Session("dialogue-trade".into())).await,
            [1, 3],
            "{b:?}"
        );
        assert_eq!(ids(Audience::Country("vn".into())).await, [1, 2], "{b:?}");
        assert_eq!(ids(Audience::Delegation(cebu.clone())).await, [3], "{b:?}");
        assert_eq!(ids(Audience::Organisers).await, [900], "{b:?}");
        assert_eq!(ids(Audience::Everyone).await.len(), 12, "{b:?}");
        let thai: i64 = o
            .tally(&Audience::Language(Lang::Th), &[])
            .await
            .unwrap()
            .iter()
            .map(|x| x.1)
            .sum();
        assert_eq!(thai, 4, "{b:?}");
    }
}
