//! Reminders and the morning briefing, on both backends: when each falls
//! due for each setting, plenaries for everyone and registered sessions for
//! their registrants, once only (also after a restart), never late, moved
//! by a delay and dropped by a cancellation; the briefing's audience and
//! its window.

#[path = "common/mod.rs"]
mod common;

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use common::{TestDb, content};
use delegate_desk::announcements::Audience;
use delegate_desk::announcements::changes::{self, Edit};
use delegate_desk::announcements::outbox::Outbox;
use delegate_desk::announcements::pace::Pace;
use delegate_desk::announcements::reminders::{self, due, still_due, tick};
use delegate_desk::db::registrations::{self, Status};
use delegate_desk::db::settings::{self, Settings};
use delegate_desk::db::{Db, attendees, delegates};
use delegate_desk::event::Event;
use delegate_desk::registration::invitations;
use delegate_desk::registration::profile::{Country, Draft, Interpretation};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().to_utc()
}

/// The trade dialogue starts at 14:00 on the 16th (Nanning, UTC+8).
const TRADE_START: &str = "2025-01-16T14:00:00+08:00";

/// Delegates 1–4 have seats in the trade dialogue, with reminders 15
/// (the default), 30, off and 60 minutes before; 5 has no seat and the
/// default; 6 turned the briefing off.
async fn people(db: &Db) {
    let now = at("2025-01-14T10:00:00Z");
    let code = invitations::create(db, "Hanoi", 10, None, None, now)
        .await
        .unwrap();
    let mut c = db.conn().await.unwrap();
    for id in 1..=6i64 {
        delegates::seen(&mut c, id, Some("en"), now).await.unwrap();
    }
    for (id, minutes) in [(1, Some(15)), (2, Some(30)), (3, None), (4, Some(60))] {
        attendees::join(&mut c, id, &code, now).await.unwrap();
        let draft = Draft {
            full_name: Some("N".into()),
            title: Some("Mayor".into()),
            city: Some("C".into()),
            country: Some(Country::Listed("vn".into())),
            organisation: Some("O".into()),
            diet: Some("none".into()),
            diet_note: None,
            interpretation: Some(Interpretation::None),
        };
        attendees::save_profile(&mut c, id, &draft.to_row(), now)
            .await
            .unwrap();
        registrations::insert(
            &mut c,
            "dialogue-trade",
            id,
            Status::Confirmed,
            &format!("TOKEN{id}"),
            now,
        )
        .await
        .unwrap();
        if id != 1 {
            let s = Settings {
                reminder: minutes,
                briefing: true,
            };
            settings::put(&mut c, id, s, now).await.unwrap();
        }
    }
    let off = Settings {
        reminder: Some(15),
        briefing: false,
    };
    settings::put(&mut c, 6, off, now).await.unwrap();
}

fn outbox(db: &Db) -> Outbox {
    Outbox::new(db.clone(), Arc::new(Pace::default()))
}

/// How many people an audience is now.
async fn size(o: &Outbox, a: &Audience) -> i64 {
    o.tally(a, &[]).await.unwrap().iter().map(|x| x.1).sum()
}

/// The reminders of the trade dialogue due at `now`, by minutes.
fn trade_due(event: &Event, now: DateTime<Utc>) -> Vec<u32> {
    due(event, now)
        .into_iter()
        .filter_map(|(_, _, a)| match a {
            Audience::RemindRegistrants { session, minutes } if session == "dialogue-trade" => {
                Some(minutes)
            }
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn each_setting_is_reminded_once_at_its_time_and_never_late() {
    let event = content(None).event;
    let start = at(TRADE_START);
    // Before the earliest setting, nothing; then each in turn.
    assert!(trade_due(&event, start - Duration::minutes(61)).is_empty());
    assert_eq!(trade_due(&event, start - Duration::minutes(60)), [60]);
    assert_eq!(trade_due(&event, start - Duration::minutes(30)), [30, 60]);
    assert_eq!(
        trade_due(&event, start - Duration::minutes(10)),
        [10, 15, 30, 60]
    );
    // Once it has begun, no reminder is due any more (none sent late).
    assert!(trade_due(&event, start).is_empty());
    assert!(trade_due(&event, start + Duration::minutes(5)).is_empty());

    for mut t in TestDb::each().await {
        let b = t.backend();
        people(&t.db).await;
        let o = outbox(&t.db);
        // 60 minutes before: the one who asked for 60.
        let now = start - Duration::minutes(60);
        assert!(tick(&o, &event, now, &[]).await.unwrap() >= 1, "{b:?}");
        let sixty = Audience::RemindRegistrants {
            session: "dialogue-trade".into(),
            minutes: 60,
        };
        assert_eq!(size(&o, &sixty).await, 1, "{b:?}");
        // The same moment again (another instance, a second round): nothing new.
        assert_eq!(tick(&o, &event, now, &[]).await.unwrap(), 0, "{b:?}");
        // A restart before the 15-minute reminder: it still comes, once.
        t.reopen().await;
        let o = outbox(&t.db);
        let now = start - Duration::minutes(14);
        let new = tick(&o, &event, now, &[]).await.unwrap();
        assert!(new >= 2, "{b:?}: the 30 and the 15 are written ({new})");
        assert_eq!(tick(&o, &event, now, &[]).await.unwrap(), 0, "{b:?}");
        let fifteen = Audience::RemindRegistrants {
            session: "dialogue-trade".into(),
            minutes: 15,
        };
        // Delegate 1 (the default); delegate 3 turned reminders off.
        assert_eq!(size(&o, &fifteen).await, 1, "{b:?}");
        let off = Audience::RemindRegistrants {
            session: "dialogue-trade".into(),
            minutes: 10,
        };
        assert_eq!(size(&o, &off).await, 0, "{b:?}");
        // Plenaries concern everyone with that setting: 1, 5 and 6 (15
        // minutes, by default or chosen).
        assert_eq!(
            size(&o, &Audience::RemindEveryone { minutes: 15 }).await,
            3,
            "{b:?}"
        );
    }
}

#[tokio::test]
async fn a_delay_moves_reminders_and_a_cancellation_drops_them() {
    let event = content(None).event;
    let start = at(TRADE_START);
    let trade = event.session("dialogue-trade").unwrap();
    let (_, written, _) = due(&event, start - Duration::minutes(15))
        .into_iter()
        .find(|(_, _, a)| {
            matches!(a, Audience::RemindRegistrants { session, minutes: 15 } if session == "dialogue-trade")
        })
        .unwrap();
    assert!(still_due(&event, &written, start - Duration::minutes(14)));
    assert!(
        !still_due(&event, &written, start + Duration::minutes(1)),
        "not sent once the session has begun"
    );

    // A reminder sent late says how many minutes are really left.
    assert_eq!(
        reminders::minutes_left(&event, trade, start - Duration::seconds(13 * 60 + 30)),
        Some(14)
    );
    assert_eq!(reminders::minutes_left(&event, trade, start), None);

    // Delayed by 30 minutes: nothing due at the old time, the reminder
    // comes 15 minutes before the new one, and one written before the
    // delay is no longer sent.
    let c = changes::edit(&event, None, trade, &Edit::Delay(30)).unwrap();
    let delayed = changes::apply(&event, &[c]);
    assert!(!trade_due(&delayed, start - Duration::minutes(15)).contains(&15));
    assert!(trade_due(&delayed, start + Duration::minutes(15)).contains(&15));
    assert!(!still_due(
        &delayed,
        &written,
        start - Duration::minutes(14)
    ));

    // Cancelled: never reminded.
    let c = changes::edit(&event, None, trade, &Edit::Cancel).unwrap();
    let cancelled = changes::apply(&event, &[c]);
    assert!(trade_due(&cancelled, start - Duration::minutes(10)).is_empty());
    assert!(!still_due(
        &cancelled,
        &written,
        start - Duration::minutes(14)
    ));
}

#[tokio::test]
async fn the_briefing_goes_out_in_the_morning_to_those_who_want_it() {
    let event = content(None).event;
    let briefings = |now: DateTime<Utc>| {
        due(&event, now)
            .into_iter()
            .filter(|(_, _, a)| *a == Audience::Briefed)
            .count()
    };
    assert_eq!(briefings(at("2025-01-16T07:29:00+08:00")), 0);
    assert_eq!(briefings(at("2025-01-16T07:30:00+08:00")), 1);
    assert_eq!(briefings(at("2025-01-16T09:59:00+08:00")), 1);
    assert_eq!(
        briefings(at("2025-01-16T10:00:00+08:00")),
        0,
        "dropped after 10:00"
    );
    assert_eq!(
        briefings(at("2025-01-19T08:00:00+08:00")),
        0,
        "not after the event"
    );
    let (_, notice, _) = due(&event, at("2025-01-16T07:30:00+08:00"))
        .into_iter()
        .find(|(_, _, a)| *a == Audience::Briefed)
        .unwrap();
    assert!(!still_due(&event, &notice, at("2025-01-16T10:05:00+08:00")));

    for t in TestDb::each().await {
        let b = t.backend();
        people(&t.db).await;
        let o = outbox(&t.db);
        assert_eq!(size(&o, &Audience::Briefed).await, 5, "{b:?}: all but 6");
    }
    // A delegate's day: their seats and the plenaries.
    let registered = vec!["dialogue-trade".to_string()];
    let date = "2025-01-16".parse().unwrap();
    let day: Vec<&str> = reminders::day_of(&event, &registered, date)
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert!(
        day.contains(&"dialogue-trade") && day.contains(&"opening"),
        "{day:?}"
    );
    assert!(!day.contains(&"dialogue-tourism"), "{day:?}");
    let without: Vec<&str> = reminders::day_of(&event, &[], date)
        .iter()
        .map(|s| s.id.as_str())
        .collect();
    assert!(!without.contains(&"dialogue-trade"), "{without:?}");
}
