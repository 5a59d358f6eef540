//! Storage, on both backends: each test runs on SQLite and on PostgreSQL
//! (a fresh database per test; skipped with a note when no server answers,
//! see tests/common/db.rs).

#[path = "common/db.rs"]
mod db;

use chrono::{DateTime, Utc};
use db::TestDb;
use delegate_desk::Error;
use delegate_desk::db::{Backend, Tx, delegates, dialogues};
use futures_util::future::BoxFuture;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().to_utc()
}

#[tokio::test]
async fn first_contact_is_recorded_once() {
    for t in TestDb::each().await {
        let b = t.backend();
        let mut c = t.db.conn().await.unwrap();
        let (t0, t1) = (at("2025-01-15T10:00:00Z"), at("2025-01-16T10:00:00Z"));
        assert_eq!(
            delegates::seen(&mut c, 7, None, t0).await.unwrap(),
            None,
            "{b:?}"
        );
        assert_eq!(
            delegates::seen(&mut c, 7, None, t1).await.unwrap(),
            None,
            "{b:?}"
        );
        let d = delegates::get(&mut c, 7).await.unwrap().unwrap();
        assert_eq!(d.first_seen, "2025-01-15T10:00:00Z", "{b:?}");
        assert_eq!(delegates::count(&mut c).await.unwrap(), 1, "{b:?}");
        // Telegram ids beyond 32 bits (they are) round-trip.
        let big = 7_123_456_789_i64;
        delegates::set_language(&mut c, big, "lo", t0)
            .await
            .unwrap();
        assert_eq!(
            delegates::seen(&mut c, big, None, t1)
                .await
                .unwrap()
                .as_deref(),
            Some("lo"),
            "{b:?}"
        );
    }
}

#[tokio::test]
async fn a_chosen_language_survives_a_restart() {
    for mut t in TestDb::each().await {
        let b = t.backend();
        let now = Utc::now();
        {
            let mut c = t.db.conn().await.unwrap();
            delegates::set_language(&mut c, 7, "th", now).await.unwrap();
            // A second delivery of the same choice, then a new choice.
            delegates::set_language(&mut c, 7, "th", now).await.unwrap();
            delegates::set_language(&mut c, 7, "km", now).await.unwrap();
        }
        t.reopen().await;
        let mut c = t.db.conn().await.unwrap();
        assert_eq!(
            delegates::seen(&mut c, 7, None, now)
                .await
                .unwrap()
                .as_deref(),
            Some("km"),
            "{b:?}"
        );
    }
}

#[tokio::test]
async fn delegates_are_counted_by_language() {
    for t in TestDb::each().await {
        let b = t.backend();
        let mut c = t.db.conn().await.unwrap();
        let now = Utc::now();
        for (id, lang) in [(1, Some("th")), (2, Some("th")), (3, Some("vi")), (4, None)] {
            match lang {
                Some(l) => delegates::set_language(&mut c, id, l, now).await.unwrap(),
                None => {
                    delegates::seen(&mut c, id, None, now).await.unwrap();
                }
            }
        }
        let counts = delegates::count_by_language(&mut c).await.unwrap();
        assert_eq!(
            counts,
            [
                (Some("th".to_string()), 2),
                (None, 1),
                (Some("vi".to_string()), 1)
            ],
            "{b:?}: most first, then by language (NULL first on both)"
        );
    }
}

#[tokio::test]
async fn a_conversation_step_survives_a_restart_and_ends() {
    for mut t in TestDb::each().await {
        let b = t.backend();
        let now = Utc::now();
        {
            let mut c = t.db.conn().await.unwrap();
            assert_eq!(dialogues::get(&mut c, -100_123).await.unwrap(), None);
            dialogues::put(&mut c, -100_123, r#"{"Step":1}"#, now)
                .await
                .unwrap();
            dialogues::put(&mut c, -100_123, r#"{"Step":2}"#, now)
                .await
                .unwrap();
        }
        t.reopen().await;
        let mut c = t.db.conn().await.unwrap();
        assert_eq!(
            dialogues::get(&mut c, -100_123).await.unwrap().as_deref(),
            Some(r#"{"Step":2}"#),
            "{b:?}"
        );
        dialogues::remove(&mut c, -100_123).await.unwrap();
        dialogues::remove(&mut c, -100_123).await.unwrap();
        assert_eq!(
            dialogues::get(&mut c, -100_123).await.unwrap(),
            None,
            "{b:?}"
        );
    }
}

/// Adds one to a number kept as a chat's stored state: a read, then a
/// write, in one transaction.
fn increment(tx: &mut Tx) -> BoxFuture<'_, Result<(), Error>> {
    Box::pin(async move {
        let n: i64 = dialogues::get(tx, 1)
            .await?
            .map_or(0, |s| s.parse().unwrap());
        // Let the other writers run between the read and the write.
        tokio::time::sleep(std::time::Duration::from_millis(2)).await;
        dialogues::put(tx, 1, &(n + 1).to_string(), Utc::now()).await
    })
}

/// Writers that read then write the same row at the same time: none of
/// their increments is lost (SQLite takes them in turn; PostgreSQL fails
/// all but one of a clash, and `write` tries the others again).
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_read_then_write_loses_nothing() {
    for t in TestDb::each().await {
        let b = t.backend();
        let writers = 6;
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..writers {
            let db = t.db.clone();
            tasks.spawn(async move { db.write("increment", increment).await });
        }
        while let Some(done) = tasks.join_next().await {
            done.unwrap()
                .unwrap_or_else(|e| panic!("{b:?}: a writer failed: {e}"));
        }
        let mut c = t.db.conn().await.unwrap();
        assert_eq!(
            dialogues::get(&mut c, 1).await.unwrap().as_deref(),
            Some(writers.to_string().as_str()),
            "{b:?}"
        );
    }
}

/// A change to several tables in one transaction happens entirely or not
/// at all.
#[tokio::test]
async fn a_failed_transaction_changes_nothing() {
    for t in TestDb::each().await {
        let b = t.backend();
        let now = Utc::now();
        let result: Result<(), Error> =
            t.db.write("both", |tx| {
                Box::pin(async move {
                    delegates::set_language(tx, 9, "my", now).await?;
                    dialogues::put(tx, 9, r#""Idle""#, now).await?;
                    Err(Error::State("the feature changed its mind".into()))
                })
            })
            .await;
        assert!(result.is_err(), "{b:?}");
        let mut c = t.db.conn().await.unwrap();
        assert_eq!(delegates::get(&mut c, 9).await.unwrap(), None, "{b:?}");
        assert_eq!(dialogues::get(&mut c, 9).await.unwrap(), None, "{b:?}");

        t.db.write("both", |tx| {
            Box::pin(async move {
                delegates::set_language(tx, 9, "my", now).await?;
                dialogues::put(tx, 9, r#""Idle""#, now).await
            })
        })
        .await
        .unwrap();
        assert!(delegates::get(&mut c, 9).await.unwrap().is_some(), "{b:?}");
        assert!(dialogues::get(&mut c, 9).await.unwrap().is_some(), "{b:?}");
    }
}

#[tokio::test]
async fn migrations_run_again_harmlessly_and_the_url_picks_the_backend() {
    for t in TestDb::each().await {
        t.db.migrate().await.unwrap();
        let expected = if t.url.starts_with("sqlite:") {
            Backend::Sqlite
        } else {
            Backend::Postgres
        };
        assert_eq!(t.backend(), expected);
    }
}

#[tokio::test]
async fn an_unreachable_or_unknown_database_is_an_error_not_a_panic() {
    let e = delegate_desk::db::Db::connect("mysql://localhost/x")
        .await
        .unwrap_err();
    assert!(e.to_string().contains("DATABASE_URL"), "{e}");
    let e = delegate_desk::db::Db::connect("sqlite:///nonexistent-folder/x/desk.db")
        .await
        .unwrap_err();
    assert!(e.to_string().contains("unable to open"), "{e}");
    // No server on this port: an error after the short wait, not a hang.
    let e = delegate_desk::db::Db::connect("postgres://postgres@127.0.0.1:1/desk")
        .await
        .unwrap_err();
    assert!(matches!(e, Error::Database(_)), "{e}");
}

/// Raises a PostgreSQL error with the given SQLSTATE (a test's fault, not
/// a statement of the bot).
async fn raise(tx: &mut Tx, sqlstate: &str) -> Result<(), Error> {
    let sql =
        format!("DO $$ BEGIN RAISE EXCEPTION 'injected' USING ERRCODE = '{sqlstate}'; END $$");
    sqlx::query(&sql).execute(&mut **tx).await?;
    Ok(())
}

/// A serialization failure is tried again; a refusal that is not a
/// conflict (permission denied, 42501) is not.
#[tokio::test]
async fn only_conflicts_are_tried_again() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let Some(t) = TestDb::postgres().await else {
        return;
    };
    for (sqlstate, fail_first, expect_ok, expect_attempts) in [
        ("40001", 2, true, 3),
        ("40P01", 1, true, 2),
        ("42501", 1, false, 1),
    ] {
        let attempts = Arc::new(AtomicUsize::new(0));
        let counter = attempts.clone();
        let result =
            t.db.write("conflict", move |tx| {
                let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
                Box::pin(async move {
                    if n <= fail_first {
                        raise(tx, sqlstate).await?;
                    }
                    dialogues::put(tx, 5, sqlstate, Utc::now()).await
                })
            })
            .await;
        assert_eq!(result.is_ok(), expect_ok, "{sqlstate}: {result:?}");
        assert_eq!(
            attempts.load(Ordering::SeqCst),
            expect_attempts,
            "{sqlstate}"
        );
    }
}

/// Invitations, attendees, places and check-in: stored and read back alike
/// on both backends.
#[tokio::test]
async fn registration_tables_round_trip() {
    use delegate_desk::db::attendees::{self, ProfileRow};
    use delegate_desk::db::invitations;
    use delegate_desk::db::registrations::{self, Status};
    for t in TestDb::each().await {
        let b = t.backend();
        let mut c = t.db.conn().await.unwrap();
        let t0 = at("2025-01-14T02:00:00Z");
        invitations::create(
            &mut c,
            "CODE1",
            "Yangon",
            3,
            Some("2025-01-15".parse().unwrap()),
            Some(9),
            t0,
        )
        .await
        .unwrap();
        attendees::join(&mut c, 11, "CODE1", t0).await.unwrap();
        attendees::join(&mut c, 11, "CODE1", t0).await.unwrap();
        let inv = invitations::get(&mut c, "CODE1").await.unwrap().unwrap();
        assert_eq!((inv.used, inv.people, inv.revoked), (1, 3, false), "{b:?}");
        assert_eq!(inv.expires_on, Some("2025-01-15".parse().unwrap()), "{b:?}");
        assert!(invitations::revoke(&mut c, "CODE1", t0).await.unwrap());
        assert!(!invitations::revoke(&mut c, "NOPE", t0).await.unwrap());
        assert!(
            invitations::get(&mut c, "CODE1")
                .await
                .unwrap()
                .unwrap()
                .revoked
        );

        let profile = ProfileRow {
            full_name: Some("ကျော်ဇော".into()),
            ..ProfileRow::default()
        };
        attendees::save_draft(&mut c, 11, &profile).await.unwrap();
        let a = attendees::get(&mut c, 11).await.unwrap().unwrap();
        assert!(!a.complete, "{b:?}");
        assert_eq!(a.profile.full_name.as_deref(), Some("ကျော်ဇော"));
        assert!(
            attendees::save_profile(&mut c, 11, &profile, t0)
                .await
                .unwrap()
        );
        assert!(attendees::get(&mut c, 11).await.unwrap().unwrap().complete);
        assert_eq!(attendees::list(&mut c).await.unwrap().len(), 1);

        let id = registrations::insert(&mut c, "s", 11, Status::Waitlisted, "TOKEN", t0)
            .await
            .unwrap();
        assert_eq!(registrations::position(&mut c, "s", id).await.unwrap(), 1);
        // Only a confirmed place can be checked in.
        assert_eq!(
            registrations::check_in(&mut c, "TOKEN", 7, t0)
                .await
                .unwrap(),
            None,
            "{b:?}"
        );
        registrations::confirm(&mut c, id).await.unwrap();
        let first = registrations::check_in(&mut c, "TOKEN", 7, t0)
            .await
            .unwrap();
        let again = registrations::check_in(&mut c, "TOKEN", 7, at("2025-01-14T03:00:00Z"))
            .await
            .unwrap();
        assert_eq!(first, Some(("2025-01-14T02:00:00Z".into(), true)), "{b:?}");
        assert_eq!(
            again,
            Some(("2025-01-14T02:00:00Z".into(), false)),
            "{b:?}: the first time stays"
        );
        assert_eq!(
            registrations::summary(&mut c).await.unwrap(),
            vec![("s".into(), 1, 0, 1)],
            "{b:?}"
        );

        // Wrong codes older than the window are forgotten.
        invitations::record_failure(&mut c, 11, t0, t0)
            .await
            .unwrap();
        let later = at("2025-01-14T02:20:00Z");
        invitations::record_failure(&mut c, 11, later, at("2025-01-14T02:10:00Z"))
            .await
            .unwrap();
        let recent = invitations::failures_since(&mut c, 11, at("2025-01-14T02:10:00Z"))
            .await
            .unwrap();
        assert_eq!(recent, vec![later], "{b:?}");
    }
}

/// Tickets on both backends: a question and a ticket recorded once per
/// message, a claim given once, messages relayed once, unclaimed tickets
/// taken once for raising, and the organisers' figures.
#[tokio::test]
async fn tickets_round_trip_and_each_step_happens_once() {
    use delegate_desk::db::tickets::{self, NewTicket, Status};
    for t in TestDb::each().await {
        let b = t.backend();
        let mut c = t.db.conn().await.unwrap();
        let t0 = at("2025-01-16T02:30:00Z");
        let (q, new) = tickets::record_question(&mut c, 7, 11, "ห้องละหมาด?", "th", None, t0)
            .await
            .unwrap();
        assert!(new, "{b:?}");
        assert_eq!(
            tickets::record_question(&mut c, 7, 11, "ห้องละหมาด?", "th", None, t0)
                .await
                .unwrap(),
            (q, false),
            "{b:?}"
        );
        assert_eq!(
            tickets::question(&mut c, q, 8).await.unwrap(),
            None,
            "not theirs"
        );
        let new_ticket = NewTicket {
            telegram_id: 7,
            source: -q,
            lang: "th",
            question: "ห้องละหมาด?",
            first_name: "สมชาย",
            delegation: Some("Bangkok"),
        };
        let (id, opened) = tickets::open(&mut c, &new_ticket, t0).await.unwrap();
        assert!(opened, "{b:?}");
        assert_eq!(
            tickets::open(&mut c, &new_ticket, t0).await.unwrap(),
            (id, false)
        );
        tickets::set_posted(&mut c, id, -100, 500, Some(499))
            .await
            .unwrap();
        let open = tickets::open_of(&mut c, 7).await.unwrap().unwrap();
        assert_eq!(
            (open.id, open.status, open.thread_id),
            (id, Status::Open, Some(499))
        );
        assert_eq!(open.delegation.as_deref(), Some("Bangkok"));
        assert_eq!(
            tickets::by_thread(&mut c, -100, 499)
                .await
                .unwrap()
                .map(|t| t.id),
            Some(id)
        );

        // A follow-up, relayed once; a reply to its copy finds the ticket.
        assert!(
            tickets::add_message(&mut c, id, false, 7, 12, t0)
                .await
                .unwrap()
        );
        assert!(
            !tickets::add_message(&mut c, id, false, 7, 12, t0)
                .await
                .unwrap()
        );
        tickets::set_copy(&mut c, 7, 12, -100, 501).await.unwrap();
        assert_eq!(
            tickets::by_group_message(&mut c, -100, 501)
                .await
                .unwrap()
                .map(|t| t.id),
            Some(id),
            "{b:?}"
        );
        assert_eq!(
            tickets::recent_activity(&mut c, 7, t0).await.unwrap(),
            (1, 1)
        );

        // Unclaimed ten minutes on: taken for raising once.
        let t10 = at("2025-01-16T02:40:00Z");
        let cutoff = at("2025-01-16T02:30:00Z");
        assert_eq!(
            tickets::take_unclaimed(&mut c, cutoff, t10)
                .await
                .unwrap()
                .len(),
            1
        );
        assert!(
            tickets::take_unclaimed(&mut c, cutoff, t10)
                .await
                .unwrap()
                .is_empty()
        );

        // Claimed once; answered; closed once; feedback once.
        assert!(tickets::claim(&mut c, id, 55, "Mei", t10).await.unwrap());
        assert!(!tickets::claim(&mut c, id, 56, "Ken", t10).await.unwrap());
        let claimed = tickets::get(&mut c, id).await.unwrap().unwrap();
        assert_eq!(claimed.claimed_name.as_deref(), Some("Mei"), "{b:?}");
        tickets::answered(&mut c, id, at("2025-01-16T02:42:00Z"))
            .await
            .unwrap();
        assert!(
            !tickets::feedback(&mut c, id, 7, true).await.unwrap(),
            "not closed yet"
        );
        assert!(tickets::close(&mut c, id, t10).await.unwrap());
        assert!(!tickets::close(&mut c, id, t10).await.unwrap());
        assert!(
            !tickets::feedback(&mut c, id, 8, true).await.unwrap(),
            "not theirs"
        );
        assert!(tickets::feedback(&mut c, id, 7, true).await.unwrap());
        assert!(!tickets::feedback(&mut c, id, 7, false).await.unwrap());
        assert_eq!(tickets::open_of(&mut c, 7).await.unwrap(), None);

        let f = tickets::figures(&mut c).await.unwrap();
        assert_eq!((f.open, f.claimed, f.closed), (0, 0, 1), "{b:?}");
        assert_eq!((f.helpful, f.rated), (1, 1), "{b:?}");
        assert_eq!(f.median_first_answer, Some(12 * 60), "{b:?}");

        // Volunteers and their languages.
        tickets::set_languages(&mut c, 55, "Mei", &["th".into(), "lo".into()], t0)
            .await
            .unwrap();
        tickets::set_languages(&mut c, 56, "Ken", &["vi".into()], t0)
            .await
            .unwrap();
        assert_eq!(tickets::languages(&mut c, 55).await.unwrap(), ["th", "lo"]);
        assert_eq!(
            tickets::volunteers(&mut c, Some("lo")).await.unwrap(),
            [(55, "Mei".to_string())]
        );
        assert_eq!(tickets::volunteers(&mut c, None).await.unwrap().len(), 2);
    }
}

/// Webhook updates kept until handled, on both backends: a queued update
/// is begun by one instance only; what an instance that is no longer
/// alive accepted and did not finish is taken over by one other instance,
/// once, oldest first (a begun one only after its lease); an instance's
/// own, a live instance's, finished and stale updates are left alone, and
/// none is handed on more than three times.
#[tokio::test]
async fn updates_a_dead_instance_accepted_are_taken_over_once() {
    use delegate_desk::db::updates::{self, Begin, Orphaned};
    for t in TestDb::each().await {
        let b = t.backend();
        let mut c = t.db.conn().await.unwrap();
        let t0 = at("2025-01-16T10:00:00Z");
        let secs = chrono::TimeDelta::seconds;
        let alive = secs(15);
        let lease = secs(60);
        let body = |id: i64| format!(r#"{{"update_id":{id}}}"#);
        let orphans = async |c: &mut sqlx::AnyConnection, who: &str, now: DateTime<Utc>| {
            let when = Orphaned {
                alive_since: now - alive,
                begun_before: now - lease,
                arrived_since: now - chrono::TimeDelta::minutes(10),
            };
            updates::orphans(c, who, now, when, 100).await.unwrap()
        };
        let beat = async |c: &mut sqlx::AnyConnection, who: &str, now: DateTime<Utc>| {
            updates::heartbeat(c, who, now, now - alive).await.unwrap();
        };
        beat(&mut c, "a", t0).await;
        beat(&mut c, "b", t0).await;
        for (id, who) in [(1, "a"), (2, "a"), (3, "a"), (4, "b")] {
            assert!(
                updates::queue(&mut c, id, who, t0, &body(id))
                    .await
                    .unwrap(),
                "{b:?}"
            );
        }
        assert!(
            !updates::queue(&mut c, 1, "b", t0, &body(1)).await.unwrap(),
            "{b:?}: delivered again, known"
        );
        // a handles 1; its copy on b, meanwhile, is busy; a begins 2 and
        // dies; 3 still waits in its queue.
        let begin = async |c: &mut sqlx::AnyConnection, id: i64, who: &str, now: DateTime<Utc>| {
            updates::begin(c, id, who, now, now - lease).await.unwrap()
        };
        assert_eq!(begin(&mut c, 1, "a", t0).await, Begin::New, "{b:?}");
        assert_eq!(begin(&mut c, 1, "b", t0).await, Begin::Busy, "{b:?}");
        updates::finish(&mut c, 1, t0).await.unwrap();
        assert_eq!(begin(&mut c, 2, "a", t0).await, Begin::New, "{b:?}");
        // While a is alive, nothing is taken.
        let t1 = t0 + secs(10);
        assert!(orphans(&mut c, "b", t1).await.is_empty(), "{b:?}");
        // a is silent: b takes the queued 3 at once, the begun 2 once its
        // lease ran out; c, alive too, gets neither.
        let t2 = t0 + secs(30);
        beat(&mut c, "b", t2).await;
        beat(&mut c, "c", t2).await;
        assert_eq!(orphans(&mut c, "b", t2).await, [(3, body(3))], "{b:?}");
        assert!(orphans(&mut c, "c", t2).await.is_empty(), "{b:?}");
        let t3 = t0 + secs(70);
        beat(&mut c, "b", t3).await;
        beat(&mut c, "c", t3).await;
        assert_eq!(orphans(&mut c, "b", t3).await, [(2, body(2))], "{b:?}");
        assert!(
            orphans(&mut c, "c", t3).await.is_empty(),
            "{b:?}: b holds them now, and its own 4"
        );
        // 2 was begun by a (b makes none of a's recorded writes again); 3
        // never was.
        for (id, run) in [(2, Begin::Again), (3, Begin::New)] {
            assert_eq!(begin(&mut c, id, "b", t3).await, run, "{b:?}");
            assert_eq!(begin(&mut c, id, "c", t3).await, Begin::Busy, "{b:?}");
            updates::finish(&mut c, id, t3).await.unwrap();
        }
        // b falls silent too: it never takes its own 4 (it may be alive
        // and slow); c does, and no one takes it again before it ends.
        let t4 = t3 + secs(30);
        assert!(orphans(&mut c, "b", t4).await.is_empty(), "{b:?}");
        beat(&mut c, "c", t4).await;
        assert_eq!(orphans(&mut c, "c", t4).await, [(4, body(4))], "{b:?}");
        // c dies with it, then d, then e: after three takeovers, it stays.
        let mut now = t4;
        for who in ["d", "e", "f"] {
            now += secs(30);
            beat(&mut c, who, now).await;
            let taken = orphans(&mut c, who, now).await;
            if who == "f" {
                assert!(taken.is_empty(), "{b:?}: taken over a fourth time");
            } else {
                assert_eq!(taken, [(4, body(4))], "{b:?}: {who}");
            }
        }
        // An update that arrived more than ten minutes ago is not taken.
        updates::queue(&mut c, 5, "g", now, &body(5)).await.unwrap();
        let late = now + chrono::TimeDelta::minutes(11);
        beat(&mut c, "h", late).await;
        assert!(orphans(&mut c, "h", late).await.is_empty(), "{b:?}");
    }
}

/// Updates handled once, on both backends: a second delivery of a handled
/// update is `Done`; one being handled is `Busy` for others until its
/// lease runs out (its instance crashed), then taken again; old ids are
/// forgotten. A once-only job is held by one instance until it ends.
#[tokio::test]
async fn an_update_is_taken_once_and_a_job_by_one_instance() {
    use delegate_desk::db::updates::{self, Begin};
    for t in TestDb::each().await {
        let b = t.backend();
        let mut c = t.db.conn().await.unwrap();
        let t0 = at("2025-01-16T10:00:00Z");
        let lease = chrono::TimeDelta::minutes(5);
        let begin = async |c: &mut sqlx::AnyConnection, id: i64, who: &str, now: DateTime<Utc>| {
            updates::begin(c, id, who, now, now - lease).await.unwrap()
        };
        assert_eq!(begin(&mut c, 41, "a", t0).await, Begin::New, "{b:?}");
        // Another instance, meanwhile: busy.
        assert_eq!(begin(&mut c, 41, "b", t0).await, Begin::Busy, "{b:?}");
        updates::finish(&mut c, 41, t0).await.unwrap();
        assert_eq!(begin(&mut c, 41, "b", t0).await, Begin::Done, "{b:?}");
        // Much later, a finished update is still done.
        let later = t0 + chrono::TimeDelta::hours(3);
        assert_eq!(begin(&mut c, 41, "b", later).await, Begin::Done, "{b:?}");
        // Taken by an instance that crashed: busy within the lease, then
        // taken again.
        assert_eq!(begin(&mut c, 42, "a", t0).await, Begin::New, "{b:?}");
        let soon = t0 + chrono::TimeDelta::minutes(1);
        assert_eq!(begin(&mut c, 42, "b", soon).await, Begin::Busy, "{b:?}");
        assert_eq!(begin(&mut c, 42, "b", later).await, Begin::Again, "{b:?}");
        // Ids beyond 32 bits, and forgetting the old ones.
        let big = 5_000_000_000_i64;
        assert_eq!(begin(&mut c, big, "a", later).await, Begin::New, "{b:?}");
        let gone = updates::prune(&mut c, t0 + chrono::TimeDelta::hours(1))
            .await
            .unwrap();
        assert_eq!(gone, 1, "{b:?}: only update 41 was taken before");
        assert_eq!(begin(&mut c, 41, "c", later).await, Begin::New, "{b:?}");

        // A job: one holder until it ends; the holder may take it again.
        let until = t0 + chrono::TimeDelta::hours(1);
        assert!(
            updates::take_job(&mut c, "profile:1", "a", t0, until)
                .await
                .unwrap(),
            "{b:?}"
        );
        assert!(
            !updates::take_job(&mut c, "profile:1", "b", soon, until)
                .await
                .unwrap(),
            "{b:?}"
        );
        assert!(
            updates::take_job(&mut c, "profile:1", "a", soon, until)
                .await
                .unwrap(),
            "{b:?}"
        );
        assert!(
            updates::take_job(&mut c, "profile:2", "b", soon, until)
                .await
                .unwrap(),
            "{b:?}"
        );
        assert!(
            updates::take_job(&mut c, "profile:1", "b", later, later)
                .await
                .unwrap(),
            "{b:?}"
        );

        // What was published, whoever published it.
        assert_eq!(
            updates::job_holder(&mut c, "published").await.unwrap(),
            None,
            "{b:?}"
        );
        updates::put_job(&mut c, "published", "v1", later)
            .await
            .unwrap();
        updates::put_job(&mut c, "published", "v2", later)
            .await
            .unwrap();
        assert_eq!(
            updates::job_holder(&mut c, "published")
                .await
                .unwrap()
                .as_deref(),
            Some("v2"),
            "{b:?}"
        );
        // Instances alive: two beating, one gone quiet, one stopped.
        let since = |now: DateTime<Utc>| now - chrono::TimeDelta::seconds(15);
        assert_eq!(
            updates::heartbeat(&mut c, "a", t0, since(t0))
                .await
                .unwrap(),
            1,
            "{b:?}"
        );
        assert_eq!(
            updates::heartbeat(&mut c, "b", t0, since(t0))
                .await
                .unwrap(),
            2,
            "{b:?}"
        );
        let t1 = t0 + chrono::TimeDelta::seconds(20);
        assert_eq!(
            updates::heartbeat(&mut c, "a", t1, since(t1))
                .await
                .unwrap(),
            1,
            "{b:?}: b was not heard of for 20 s"
        );
        assert_eq!(
            updates::heartbeat(&mut c, "b", t1, since(t1))
                .await
                .unwrap(),
            2,
            "{b:?}"
        );
        updates::gone(&mut c, "b").await.unwrap();
        assert_eq!(
            updates::heartbeat(&mut c, "a", t1, since(t1))
                .await
                .unwrap(),
            1,
            "{b:?}"
        );
    }
}

/// A write made while an update is handled is recorded with it: made
/// again for the same update, it is not made (the recorded value comes
/// back, even from a failed attempt's retry); for another update, or
/// outside one, it is; the records go with old update ids.
#[tokio::test]
async fn writes_are_made_once_per_update() {
    use delegate_desk::db::journal;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicI64, Ordering};
    for t in TestDb::each().await {
        let b = t.backend();
        let made = Arc::new(AtomicI64::new(0));
        let write = |made: Arc<AtomicI64>| {
            let db = t.db.clone();
            async move {
                db.write("count", move |tx| {
                    let n = made.fetch_add(1, Ordering::SeqCst) + 1;
                    Box::pin(async move {
                        dialogues::put(tx, 77, &n.to_string(), Utc::now()).await?;
                        Ok(n)
                    })
                })
                .await
                .unwrap()
            }
        };
        let value = async || {
            dialogues::get(&mut t.db.conn().await.unwrap(), 77)
                .await
                .unwrap()
        };
        // Two writes of one kind in one update are two steps.
        let both = journal::within(501, false, async {
            (write(made.clone()).await, write(made.clone()).await)
        });
        assert_eq!(both.await, (1, 2), "{b:?}");
        // The update again: both come back as they were, neither is made.
        let again = journal::within(501, true, async {
            (write(made.clone()).await, write(made.clone()).await)
        });
        assert_eq!(again.await, (1, 2), "{b:?}");
        assert_eq!(made.load(Ordering::SeqCst), 2, "{b:?}");
        // A run that reads nothing (a first run that another overtook)
        // finds the record when it makes its own: its write is undone, and
        // it answers as the record says.
        let raced = journal::within(501, false, write(made.clone())).await;
        assert_eq!(raced, 1, "{b:?}");
        assert_eq!(value().await.as_deref(), Some("2"), "{b:?}");
        // Another update, and no update at all: made.
        let other = journal::within(502, false, write(made.clone())).await;
        assert_eq!(other, 4, "{b:?}");
        assert_eq!(write(made.clone()).await, 5, "{b:?}");
        assert_eq!(write(made.clone()).await, 6, "{b:?}");
        assert_eq!(value().await.as_deref(), Some("6"), "{b:?}");
        // A failed write is not recorded: made when the update comes again.
        let failed: Result<i64, Error> = journal::within(503, false, async {
            t.db.write("count", |_tx| {
                Box::pin(async { Err(Error::State("refused".into())) })
            })
            .await
        })
        .await;
        assert!(failed.is_err(), "{b:?}");
        let retried = journal::within(503, true, write(made.clone())).await;
        assert_eq!(retried, 7, "{b:?}");
        // Pruned with the update ids.
        let mut c = t.db.conn().await.unwrap();
        let pruned = journal::prune(&mut c, Utc::now() + chrono::TimeDelta::minutes(1))
            .await
            .unwrap();
        assert_eq!(pruned, 4, "{b:?}");
        let forgotten = journal::within(501, true, write(made.clone())).await;
        assert_eq!(forgotten, 8, "{b:?}");
    }
}
