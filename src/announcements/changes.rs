//! Sessions changed on site (delayed, moved, cancelled), stored over the
//! event file, and what changed between two versions of the event (a
//! change on site, or a reloaded file) as notices for those concerned.

use chrono::{Duration, NaiveTime};

use super::Audience;
use super::notice::{Notice, Slot};
use crate::event::{Changed, Event, Session};

/// A session's change as stored: the total delay, the new place, or
/// cancelled.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Change {
    pub session_id: String,
    /// Minutes later than the event file says (negative: earlier).
    pub delay_minutes: i64,
    pub venue: Option<String>,
    pub room: Option<String>,
    pub cancelled: bool,
}

/// What an organiser does to a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Later by this many minutes (on top of any delay before).
    Delay(i64),
    /// To another venue (and room, if any).
    Move {
        venue: String,
        room: Option<String>,
    },
    Cancel,
}

/// The delays an organiser can choose, in minutes.
pub const DELAYS: [i64; 6] = [10, 15, 30, 45, 60, 90];

/// The session's change after `edit`, on top of `before`; `None` if the
/// edit makes no sense for it (a delay past midnight, a venue or room the
/// event does not have, a cancelled session delayed).
pub fn edit(
    event: &Event,
    before: Option<&Change>,
    session: &Session,
    edit: &Edit,
) -> Option<Change> {
    let mut c = before.cloned().unwrap_or_else(|| Change {
        session_id: session.id.clone(),
        ..Change::default()
    });
    if c.cancelled {
        return None;
    }
    match edit {
        Edit::Delay(minutes) => {
            let total = c.delay_minutes + minutes;
            let original = original_of(session);
            shifted(original.start, original.end, total)?;
            c.delay_minutes = total;
        }
        Edit::Move { venue, room } => {
            let v = event.venue(venue)?;
            if room.as_ref().is_some_and(|r| !v.rooms.contains(r)) {
                return None;
            }
            c.venue = Some(venue.clone());
            c.room = room.clone();
        }
        Edit::Cancel => c.cancelled = true,
    }
    Some(c)
}

/// The session as the event file has it.
fn original_of(s: &Session) -> Changed {
    match &s.change {
        Some(c) => (**c).clone(),
        None => Changed {
            start: s.start,
            end: s.end,
            venue: s.venue.clone(),
            room: s.room.clone(),
            cancelled: false,
        },
    }
}

/// Start and end moved by `minutes`, if both stay within the day.
fn shifted(start: NaiveTime, end: NaiveTime, minutes: i64) -> Option<(NaiveTime, NaiveTime)> {
    let d = Duration::minutes(minutes);
    let (s, over_s) = start.overflowing_add_signed(d);
    let (e, over_e) = end.overflowing_add_signed(d);
    (over_s == 0 && over_e == 0 && s < e).then_some((s, e))
}

/// The event with the changes on site applied over the file's sessions.
/// A change naming a session, venue or room the file no longer has is left
/// out (the file wins).
pub fn apply(event: &Event, changes: &[Change]) -> Event {
    let mut out = event.clone();
    for s in &mut out.sessions {
        let Some(c) = changes.iter().find(|c| c.session_id == s.id) else {
            continue;
        };
        let original = original_of(s);
        let (start, end) =
            shifted(original.start, original.end, c.delay_minutes).unwrap_or((s.start, s.end));
        let place_ok = c.venue.as_ref().is_none_or(|v| {
            event
                .venue(v)
                .is_some_and(|v| c.room.as_ref().is_none_or(|r| v.rooms.contains(r)))
        });
        s.start = start;
        s.end = end;
        if place_ok && let Some(v) = &c.venue {
            s.venue = v.clone();
            s.room = c.room.clone();
        }
        s.change = Some(Box::new(Changed {
            cancelled: c.cancelled,
            ..original
        }));
    }
    // Still sorted by date and time.
    out.sessions
        .sort_by(|a, b| (a.date, a.start, &a.id).cmp(&(b.date, b.start, &b.id)));
    out
}

fn slot(s: &Session) -> Slot {
    Slot {
        start: s.start,
        end: s.end,
        venue: s.venue.clone(),
        room: s.room.clone(),
    }
}

/// Who a notice about `session` goes to: its registrants and waitlist when
/// it takes registration; everyone otherwise (plenaries, visits, meals).
pub fn audience_of(session: &Session) -> Audience {
    if session.registration.is_some() {
        Audience::Session(session.id.clone())
    } else {
        Audience::Everyone
    }
}

/// What changed from `old` to `new` that delegates must be told, with whom
/// to tell: a session's time, place or cancellation (a session gone from
/// the file counts as cancelled), a venue's address or pin, a shuttle's
/// departures.
pub fn notices(old: &Event, new: &Event) -> Vec<(Notice, Audience)> {
    let mut out = Vec::new();
    for before in &old.sessions {
        if before.cancelled() {
            continue;
        }
        let after = new.session(&before.id);
        let cancelled = after.is_none_or(|a| a.cancelled());
        let (from, to) = (slot(before), after.map_or_else(|| slot(before), slot));
        let moved_day = after.is_some_and(|a| a.date != before.date);
        if !cancelled && from == to && !moved_day {
            continue;
        }
        out.push((
            Notice::Session {
                session: before.id.clone(),
                date: before.date,
                new_date: after.map(|a| a.date).filter(|d| *d != before.date),
                before: from,
                after: to,
                cancelled,
            },
            audience_of(after.unwrap_or(before)),
        ));
    }
    for v in &old.venues {
        if let Some(n) = new.venue(&v.id)
            && (n.local_address != v.local_address
                || crate::event::distance_m((v.lat, v.lon), (n.lat, n.lon)) > 50.0)
        {
            out.push((
                Notice::Venue {
                    venue: v.id.clone(),
                },
                Audience::Everyone,
            ));
        }
    }
    for s in &old.shuttles {
        if let Some(n) = new.shuttles.iter().find(|n| n.id == s.id)
            && (n.times != s.times || n.dates != s.dates)
        {
            out.push((
                Notice::Shuttle {
                    shuttle: s.id.clone(),
                    before: s.times.clone(),
                    after: n.times.clone(),
                },
                Audience::Everyone,
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;

    fn event() -> Event {
        Content::bundled()
            .map(|c| c.event)
            .unwrap_or_else(|_| panic!("bundled"))
    }

    #[test]
    fn a_delay_moves_the_session_and_says_so() {
        let e = event();
        let s = e.session("dialogue-trade").unwrap().clone();
        let c = edit(&e, None, &s, &Edit::Delay(30)).unwrap();
        let after = apply(&e, std::slice::from_ref(&c));
        let moved = after.session("dialogue-trade").unwrap();
        assert_eq!(moved.start, s.start + Duration::minutes(30));
        assert_eq!(moved.change.as_ref().unwrap().start, s.start);
        // A second delay adds up, from the file's time.
        let s2 = moved.clone();
        let c2 = edit(&after, Some(&c), &s2, &Edit::Delay(15)).unwrap();
        assert_eq!(c2.delay_minutes, 45);
        let again = apply(&e, &[c2]);
        assert_eq!(
            again.session("dialogue-trade").unwrap().start,
            s.start + Duration::minutes(45)
        );

        let n = notices(&after, &again);
        assert_eq!(n.len(), 1);
        assert_eq!(n[0].1, Audience::Session("dialogue-trade".into()));
    }

    #[test]
    fn impossible_edits_are_refused() {
        let e = event();
        let s = e.session("dialogue-trade").unwrap().clone();
        assert!(edit(&e, None, &s, &Edit::Delay(24 * 60)).is_none());
        let nowhere = Edit::Move {
            venue: "nowhere".into(),
            room: None,
        };
        assert!(edit(&e, None, &s, &nowhere).is_none());
        let c = edit(&e, None, &s, &Edit::Cancel).unwrap();
        assert!(
            edit(&e, Some(&c), &s, &Edit::Delay(10)).is_none(),
            "a cancelled session stays so"
        );
    }

    #[test]
    fn a_cancelled_plenary_concerns_everyone() {
        let e = event();
        let s = e
            .sessions
            .iter()
            .find(|s| s.registration.is_none())
            .unwrap()
            .clone();
        let c = edit(&e, None, &s, &Edit::Cancel).unwrap();
        let after = apply(&e, &[c]);
        assert!(after.session(&s.id).unwrap().cancelled());
        assert!(!after.registration_open(after.session(&s.id).unwrap(), chrono::Utc::now()));
        let n = notices(&e, &after);
        assert_eq!(n.len(), 1);
        assert!(matches!(
            &n[0].0,
            Notice::Session {
                cancelled: true,
                ..
            }
        ));
        assert_eq!(n[0].1, Audience::Everyone);
    }
}
