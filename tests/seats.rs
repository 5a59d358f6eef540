//! Seats under load, on both backends (SQLite and PostgreSQL): delegates
//! tapping Register at the same moment, and cancellations racing new
//! registrations. Nothing is lost or doubled, and the waitlist keeps the
//! order of arrival.

#[path = "common/mod.rs"]
mod common;

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use common::{TestDb, bundled_copy, content};
use delegate_desk::db::registrations::{self, Status};
use delegate_desk::db::{Db, attendees};
use delegate_desk::event::Event;
use delegate_desk::registration::invitations;
use delegate_desk::registration::profile::{Country, Draft, Interpretation};
use delegate_desk::registration::seats::{self, Cancelled, Registered};

const SESSION: &str = "dialogue-trade";

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-01-14T10:00:00+08:00")
        .unwrap()
        .to_utc()
}

fn event_with_capacity(capacity: u32) -> Event {
    let dir =
        bundled_copy(|toml| toml.replace("capacity = 120", &format!("capacity = {capacity}")));
    content(Some(dir.path())).event
}

/// `n` delegates with finished profiles, ids from `first`.
async fn delegates(db: &Db, first: i64, n: i64) {
    let code = invitations::create(db, "Everyone", 500, None, None, now())
        .await
        .unwrap();
    let mut c = db.conn().await.unwrap();
    let draft = Draft {
        full_name: Some("Name".into()),
        title: Some("Mayor".into()),
        city: Some("City".into()),
        country: Some(Country::Listed("vn".into())),
        organisation: Some("City Hall".into()),
        diet: Some("none".into()),
        diet_note: None,
        interpretation: Some(Interpretation::None),
    };
    for id in first..first + n {
        attendees::join(&mut c, id, &code, now()).await.unwrap();
        attendees::save_profile(&mut c, id, &draft.to_row(), now())
            .await
            .unwrap();
    }
}

/// Every place in the session, in order of arrival.
async fn places(db: &Db) -> Vec<registrations::Place> {
    registrations::all(&mut db.conn().await.unwrap())
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.session_id == SESSION)
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn three_hundred_taps_on_a_hundred_seats() {
    let event = event_with_capacity(100);
    for t in TestDb::each().await {
        let b = t.backend();
        delegates(&t.db, 1, 300).await;
        let mut tasks = tokio::task::JoinSet::new();
        for id in 1..=300i64 {
            let (db, event) = (t.db.clone(), event.clone());
            tasks.spawn(async move {
                seats::register(&db, &event, SESSION, id, false, now())
                    .await
                    .map(|(outcome, _)| outcome)
            });
        }
        let mut confirmed = 0;
        let mut positions = BTreeSet::new();
        while let Some(done) = tasks.join_next().await {
            match done
                .unwrap()
                .unwrap_or_else(|e| panic!("{b:?}: a tap failed: {e}"))
            {
                Registered::Confirmed => confirmed += 1,
                Registered::Waitlisted { position } => {
                    assert!(
                        positions.insert(position),
                        "{b:?}: position {position} twice"
                    );
                }
                other => panic!("{b:?}: {other:?}"),
            }
        }
        assert_eq!(confirmed, 100, "{b:?}");
        assert_eq!(positions, (1..=200).collect(), "{b:?}");

        let stored = places(&t.db).await;
        assert_eq!(stored.len(), 300, "{b:?}: no tap lost, none doubled");
        let first_waiting = stored
            .iter()
            .position(|p| p.status == Status::Waitlisted)
            .unwrap();
        assert_eq!(
            first_waiting, 100,
            "{b:?}: the first 100 to arrive have the seats"
        );
        assert!(
            stored[100..].iter().all(|p| p.status == Status::Waitlisted),
            "{b:?}"
        );
        // A tap delivered again changes nothing (the last to arrive is 200th).
        let last = stored[299].telegram_id;
        let (again, _) = seats::register(&t.db, &event, SESSION, last, false, now())
            .await
            .unwrap();
        assert!(
            matches!(again, Registered::AlreadyWaitlisted { position: 200 }),
            "{b:?}: {again:?}"
        );
        assert_eq!(places(&t.db).await.len(), 300);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_cancellations_race_fifty_registrations() {
    let event = event_with_capacity(100);
    for t in TestDb::each().await {
        let b = t.backend();
        delegates(&t.db, 1, 250).await;
        // 1–100 have seats, 101–200 wait, in that order.
        for id in 1..=200i64 {
            seats::register(&t.db, &event, SESSION, id, false, now())
                .await
                .unwrap();
        }
        let mut tasks = tokio::task::JoinSet::new();
        for i in 0..50i64 {
            let (db, event) = (t.db.clone(), event.clone());
            tasks.spawn(async move {
                // 1–50 cancel; 201–250 arrive.
                let cancelled =
                    seats::cancel(&db, &event, SESSION, i + 1)
                        .await
                        .map(|c| match c {
                            Cancelled::Done { promoted, .. } => {
                                promoted.into_iter().map(|p| p.telegram_id).collect()
                            }
                            Cancelled::NotRegistered => Vec::new(),
                        })?;
                seats::register(&db, &event, SESSION, 201 + i, false, now()).await?;
                Ok::<Vec<i64>, delegate_desk::Error>(cancelled)
            });
        }
        let mut promoted = Vec::new();
        while let Some(done) = tasks.join_next().await {
            promoted.extend(done.unwrap().unwrap_or_else(|e| panic!("{b:?}: {e}")));
        }
        promoted.sort_unstable();
        assert_eq!(
            promoted,
            (101..=150).collect::<Vec<_>>(),
            "{b:?}: the first 50 waiting, once each"
        );

        let stored = places(&t.db).await;
        let confirmed: BTreeSet<i64> = stored
            .iter()
            .filter(|p| p.status == Status::Confirmed)
            .map(|p| p.telegram_id)
            .collect();
        assert_eq!(confirmed, (51..=150).collect(), "{b:?}");
        let waiting: Vec<i64> = stored
            .iter()
            .filter(|p| p.status == Status::Waitlisted)
            .map(|p| p.telegram_id)
            .collect();
        assert_eq!(waiting.len(), 100, "{b:?}");
        assert_eq!(
            &waiting[..50],
            (151..=200).collect::<Vec<_>>().as_slice(),
            "{b:?}: order kept"
        );
        assert!(
            waiting[50..].iter().all(|id| (201..=250).contains(id)),
            "{b:?}"
        );
    }
}

/// A seat freed by a raised capacity goes to the first waiting even before
/// the rebalance runs: a newcomer never jumps the queue.
#[tokio::test]
async fn a_newcomer_never_jumps_the_waitlist() {
    let (one, two) = (event_with_capacity(1), event_with_capacity(2));
    for t in TestDb::each().await {
        let b = t.backend();
        delegates(&t.db, 1, 3).await;
        seats::register(&t.db, &one, SESSION, 1, false, now())
            .await
            .unwrap();
        seats::register(&t.db, &one, SESSION, 2, false, now())
            .await
            .unwrap();
        // The capacity is raised; 3 taps before anything else happens.
        let (outcome, promoted) = seats::register(&t.db, &two, SESSION, 3, false, now())
            .await
            .unwrap();
        assert_eq!(outcome, Registered::Waitlisted { position: 1 }, "{b:?}");
        assert_eq!(promoted.len(), 1, "{b:?}");
        assert_eq!(
            promoted[0].telegram_id, 2,
            "{b:?}: the one waiting got the seat"
        );
    }
}

/// A cancellation whose instance died after it was written, before anyone
/// was told (the update handled again, by another instance): the second
/// run writes nothing and returns what the first did, so the delegate the
/// freed seat went to is still told. A plain second run would find
/// nothing to cancel, and tell no one.
#[tokio::test]
async fn a_cancellation_handled_again_answers_as_the_first_run_did() {
    use delegate_desk::db::journal;
    let event = event_with_capacity(1);
    for t in TestDb::each().await {
        let b = t.backend();
        delegates(&t.db, 1, 2).await;
        for id in [1, 2] {
            seats::register(&t.db, &event, SESSION, id, false, now())
                .await
                .unwrap();
        }
        // The first run (nothing recorded to read), then a second.
        let cancel =
            |again| journal::within(9_001, again, seats::cancel(&t.db, &event, SESSION, 1));
        let first = cancel(false).await.unwrap();
        let expected = Cancelled::Done {
            was: Status::Confirmed,
            promoted: vec![seats::Promotion {
                telegram_id: 2,
                session_id: SESSION.into(),
            }],
        };
        assert_eq!(first, expected, "{b:?}");
        let after = places(&t.db).await;
        assert_eq!(after.len(), 1, "{b:?}");
        assert_eq!(
            (after[0].telegram_id, after[0].status),
            (2, Status::Confirmed),
            "{b:?}"
        );
        // The same update again: the same answer, nothing written.
        assert_eq!(cancel(true).await.unwrap(), expected, "{b:?}");
        let again = places(&t.db).await;
        assert_eq!(
            again
                .iter()
                .map(|p| (p.telegram_id, p.status))
                .collect::<Vec<_>>(),
            [(2, Status::Confirmed)],
            "{b:?}"
        );
        // Another update (a new tap) is a new cancellation: nothing to do.
        let tap = journal::within(9_002, false, seats::cancel(&t.db, &event, SESSION, 1));
        assert_eq!(tap.await.unwrap(), Cancelled::NotRegistered, "{b:?}");
    }
}

/// A registration handled twice at once (a redelivered update, on two
/// instances): one place, and both runs answer "confirmed" (neither says
/// "already registered" to a delegate who registered once).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_registration_handled_twice_at_once_takes_one_seat() {
    use delegate_desk::db::journal;
    let event = event_with_capacity(5);
    for t in TestDb::each().await {
        let b = t.backend();
        delegates(&t.db, 1, 3).await;
        let mut tasks = tokio::task::JoinSet::new();
        // The first run, and one that took the update for a run that
        // did not finish (its lease ran out).
        for again in [false, true] {
            let (db, event) = (t.db.clone(), event.clone());
            tasks.spawn(journal::within(9_101, again, async move {
                seats::register(&db, &event, SESSION, 3, false, now())
                    .await
                    .map(|(outcome, _)| outcome)
            }));
        }
        while let Some(done) = tasks.join_next().await {
            let outcome = done.unwrap().unwrap_or_else(|e| panic!("{b:?}: {e}"));
            assert_eq!(outcome, Registered::Confirmed, "{b:?}");
        }
        assert_eq!(places(&t.db).await.len(), 1, "{b:?}");
        // Outside an update (no journal), a second tap is told the truth.
        let (again, _) = seats::register(&t.db, &event, SESSION, 3, false, now())
            .await
            .unwrap();
        assert_eq!(again, Registered::AlreadyConfirmed, "{b:?}");
    }
}

/// A wrong code handled again for the same update (after a crash) is
/// counted once: the delegate is not slowed down by their own update
/// delivered twice; a slow-down handled again is the same slow-down.
#[tokio::test]
async fn a_wrong_code_handled_again_is_counted_once() {
    use delegate_desk::db::journal;
    use delegate_desk::registration::invitations::Redeemed;
    let today = now().date_naive();
    for t in TestDb::each().await {
        let b = t.backend();
        let try_code = |update: i64, again: bool| {
            journal::within(
                update,
                again,
                invitations::redeem(&t.db, "WRONGCODE", 77, today, now()),
            )
        };
        // Four wrong codes, each handled twice: four counted.
        for update in 1..=4 {
            for again in [false, true] {
                let got = try_code(update, again).await.unwrap();
                assert_eq!(got, Redeemed::NotFound, "{b:?}: update {update}");
            }
        }
        // The fifth is still only not found; the sixth must wait.
        assert_eq!(
            try_code(5, false).await.unwrap(),
            Redeemed::NotFound,
            "{b:?}"
        );
        let slowed = try_code(6, false).await.unwrap();
        assert!(
            matches!(slowed, Redeemed::SlowDown { .. }),
            "{b:?}: {slowed:?}"
        );
        assert_eq!(try_code(6, true).await.unwrap(), slowed, "{b:?}");
    }
}
