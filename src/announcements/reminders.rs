//! Reminders before each session and the morning briefing, written to the
//! outbox when due, on the bot's clock (so rehearsals with a pinned clock
//! work). Each is written once whichever instance gets there first (its
//! source is unique in the database), and checked again when it is sent:
//! a reminder of a session that moved, was cancelled or has begun, or a
//! briefing after the morning, is not sent.

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};

use super::Audience;
use super::notice::Notice;
use super::outbox::Outbox;
use crate::db::announcements::New;
use crate::error::Result;
use crate::event::{Event, Session, SessionKind};

/// The reminder settings a delegate can choose, in minutes (0: off).
pub const CHOICES: [u32; 5] = [0, 10, 15, 30, 60];
/// A briefing not sent by this local time is dropped.
pub const BRIEFING_UNTIL: (u32, u32) = (10, 0);

/// Who is reminded of a session with reminders `minutes` before: its
/// confirmed registrants for a session that takes registration, everyone
/// for a plenary; nobody for the rest (meals, visits).
pub fn audience(session: &Session, minutes: u32) -> Option<Audience> {
    if session.registration.is_some() {
        Some(Audience::RemindRegistrants {
            session: session.id.clone(),
            minutes,
        })
    } else if session.kind == SessionKind::Plenary {
        Some(Audience::RemindEveryone { minutes })
    } else {
        None
    }
}

/// When a session starts, as UTC.
fn starts(event: &Event, s: &Session) -> Option<DateTime<Utc>> {
    event.to_utc(s.date.and_time(s.start))
}

/// What is due at `now` and not written yet: (source, notice, audience).
pub fn due(event: &Event, now: DateTime<Utc>) -> Vec<(String, Notice, Audience)> {
    let mut out = Vec::new();
    for s in &event.sessions {
        if s.cancelled() {
            continue;
        }
        let Some(start) = starts(event, s) else {
            continue;
        };
        if now >= start {
            continue;
        }
        for minutes in CHOICES.into_iter().filter(|m| *m > 0) {
            if now < start - Duration::minutes(i64::from(minutes)) {
                continue;
            }
            let Some(audience) = audience(s, minutes) else {
                continue;
            };
            out.push((
                format!(
                    "reminder:{}:{}T{}:{minutes}",
                    s.id,
                    s.date,
                    s.start.format("%H:%M")
                ),
                Notice::Reminder {
                    session: s.id.clone(),
                    date: s.date,
                    start: s.start,
                    minutes,
                },
                audience,
            ));
        }
    }
    let today = event.local(now).date();
    if event.is_event_day(today) && briefing_timely(event, today, now) {
        let from = event.to_utc(today.and_time(event.briefing));
        if from.is_some_and(|from| now >= from) {
            out.push((
                format!("briefing:{today}"),
                Notice::Briefing { date: today },
                Audience::Briefed,
            ));
        }
    }
    out
}

/// Whether the briefing of `date` may still go out at `now`.
pub fn briefing_timely(event: &Event, date: NaiveDate, now: DateTime<Utc>) -> bool {
    let until = NaiveTime::from_hms_opt(BRIEFING_UNTIL.0, BRIEFING_UNTIL.1, 0).unwrap_or_default();
    let local = event.local(now);
    local.date() == date && local.time() < until
}

/// Whether a reminder or briefing is still true and timely at `now` (when
/// it is about to be sent); other notices always are.
pub fn still_due(event: &Event, notice: &Notice, now: DateTime<Utc>) -> bool {
    match notice {
        Notice::Reminder {
            session,
            date,
            start,
            ..
        } => event.session(session).is_some_and(|s| {
            !s.cancelled()
                && s.date == *date
                && s.start == *start
                && starts(event, s).is_some_and(|at| now < at)
        }),
        Notice::Briefing { date } => briefing_timely(event, *date, now),
        _ => true,
    }
}

/// Writes to the outbox whatever is due at `now` (once: each has a source
/// of its own). Returns how many were new.
pub async fn tick(
    outbox: &Outbox,
    event: &Event,
    now: DateTime<Utc>,
    organisers: &[i64],
) -> Result<usize> {
    let mut new = 0;
    for (source, notice, audience) in due(event, now) {
        let json = notice.to_json();
        let summary = match &notice {
            Notice::Reminder { session, .. } => format!("⏰ {session}"),
            _ => format!("☀️ {source}"),
        };
        let n = New {
            notice: Some(&json),
            audience: &audience,
            summary: &summary,
            needs_ack: false,
            created_by: 0,
            progress: None,
            source: &source,
            draft: false,
        };
        if outbox.publish(&n, &[], organisers).await?.is_some() {
            new += 1;
        }
    }
    Ok(new)
}

/// Whole minutes from `now` until `session` starts (rounded up), if it
/// has not started.
pub fn minutes_left(event: &Event, session: &Session, now: DateTime<Utc>) -> Option<u32> {
    let start = starts(event, session)?;
    let seconds = (start - now).num_seconds();
    (seconds > 0).then(|| u32::try_from((seconds + 59) / 60).unwrap_or(u32::MAX))
}

/// A delegate's sessions on `date`: those they have a confirmed seat in
/// (`registered`, by id) and the plenaries, not cancelled, in time order.
pub fn day_of<'e>(event: &'e Event, registered: &[String], date: NaiveDate) -> Vec<&'e Session> {
    event
        .sessions
        .iter()
        .filter(|s| s.date == date && !s.cancelled())
        .filter(|s| s.kind == SessionKind::Plenary || registered.contains(&s.id))
        .collect()
}

/// Whether the delegate comes to `session` from another venue (their
/// session before it that day is elsewhere): then the reminder carries the
/// taxi card.
pub fn from_elsewhere(event: &Event, registered: &[String], session: &Session) -> bool {
    day_of(event, registered, session.date)
        .into_iter()
        .rfind(|s| s.start < session.start && s.id != session.id)
        .is_some_and(|before| before.venue != session.venue)
}
