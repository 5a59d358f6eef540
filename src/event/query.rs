//! Questions asked of an event: days, sessions of a day, now and next.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};

use super::{Event, Session, Shuttle, TransportTopic, Venue};

/// Where the event stands at a moment.
#[derive(Debug, PartialEq)]
pub enum NowNext<'a> {
    /// Before the first day: it opens on the given date.
    Before { opens: NaiveDate },
    /// After the last day.
    After,
    /// During the event's dates.
    During {
        local: NaiveDateTime,
        /// Sessions under way.
        current: Vec<&'a Session>,
        /// The next sessions to start (those starting at the earliest next
        /// start time; at most `limit`), possibly on a later day.
        next: Vec<&'a Session>,
    },
}

impl Event {
    /// Every day of the event, first to last.
    pub fn days(&self) -> Vec<NaiveDate> {
        self.start_date
            .iter_days()
            .take_while(|d| *d <= self.end_date)
            .collect()
    }

    pub fn is_event_day(&self, date: NaiveDate) -> bool {
        date >= self.start_date && date <= self.end_date
    }

    pub fn sessions_on(&self, date: NaiveDate) -> Vec<&Session> {
        self.sessions.iter().filter(|s| s.date == date).collect()
    }

    pub fn session(&self, id: &str) -> Option<&Session> {
        self.sessions.iter().find(|s| s.id == id)
    }

    /// The sessions delegates register for, in programme order.
    pub fn registrable(&self) -> impl Iterator<Item = &Session> {
        self.sessions.iter().filter(|s| s.registration.is_some())
    }

    /// Whether registration for `session` is still open at `now`.
    pub fn registration_open(&self, session: &Session, now: DateTime<Utc>) -> bool {
        !session.cancelled()
            && session
                .registration
                .is_some_and(|r| self.local(now) < r.closes)
    }

    /// The local moment `at` as UTC (the earlier one if it is ambiguous).
    pub fn to_utc(&self, at: NaiveDateTime) -> Option<DateTime<Utc>> {
        self.timezone
            .from_local_datetime(&at)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
    }

    pub fn venue(&self, id: &str) -> Option<&Venue> {
        self.venues.iter().find(|v| v.id == id)
    }

    pub fn shuttle(&self, id: &str) -> Option<&Shuttle> {
        self.shuttles.iter().find(|s| s.id == id)
    }

    pub fn topic(&self, id: &str) -> Option<&TransportTopic> {
        self.transport.iter().find(|t| t.id == id)
    }

    /// The local date and time at `now`.
    pub fn local(&self, now: DateTime<Utc>) -> NaiveDateTime {
        now.with_timezone(&self.timezone).naive_local()
    }

    /// The event's offset from UTC at noon on `date`, as "UTC+8" (it can
    /// change during an event that spans a daylight-saving change).
    pub fn utc_offset_label(&self, date: NaiveDate) -> String {
        let noon = date.and_hms_opt(12, 0, 0).unwrap_or_default();
        let seconds = self
            .timezone
            .offset_from_local_datetime(&noon)
            .single()
            .map(|o| o.fix().local_minus_utc())
            .unwrap_or(0);
        let sign = if seconds < 0 { '−' } else { '+' };
        let (h, m) = (seconds.abs() / 3600, seconds.abs() % 3600 / 60);
        if m == 0 {
            format!("UTC{sign}{h}")
        } else {
            format!("UTC{sign}{h}:{m:02}")
        }
    }

    /// What is on at `now`, and what comes next.
    pub fn now_and_next(&self, now: DateTime<Utc>, limit: usize) -> NowNext<'_> {
        let local = self.local(now);
        if local.date() < self.start_date {
            return NowNext::Before {
                opens: self.start_date,
            };
        }
        if local.date() > self.end_date {
            return NowNext::After;
        }
        let starts = |s: &Session| s.date.and_time(s.start);
        let ends = |s: &Session| s.date.and_time(s.end);
        let current: Vec<&Session> = self
            .sessions
            .iter()
            .filter(|s| starts(s) <= local && local < ends(s))
            .collect();
        let upcoming = self.sessions.iter().filter(|s| starts(s) > local);
        let first_start = upcoming.clone().map(starts).min();
        let next = upcoming
            .filter(|s| Some(starts(s)) == first_start)
            .take(limit)
            .collect();
        NowNext::During {
            local,
            current,
            next,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{Contacts, SessionKind};
    use chrono::NaiveTime;

    fn session(id: &str, date: &str, start: &str, end: &str) -> Session {
        Session {
            id: id.into(),
            date: date.parse().unwrap(),
            start: NaiveTime::parse_from_str(start, "%H:%M").unwrap(),
            end: NaiveTime::parse_from_str(end, "%H:%M").unwrap(),
            kind: SessionKind::Plenary,
            venue: "v".into(),
            room: None,
            registration: None,
            change: None,
        }
    }

    fn event() -> Event {
        Event {
            id: "e".into(),
            timezone: chrono_tz::Asia::Shanghai,
            start_date: "2025-01-15".parse().unwrap(),
            end_date: "2025-01-18".parse().unwrap(),
            taxi_phrase: "请".into(),
            briefing: NaiveTime::from_hms_opt(7, 30, 0).unwrap(),
            contacts: Contacts::default(),
            venues: vec![],
            sessions: vec![
                session("a", "2025-01-16", "09:00", "10:00"),
                session("b", "2025-01-16", "10:00", "12:00"),
                session("c", "2025-01-16", "14:00", "17:00"),
                session("d", "2025-01-16", "14:00", "17:00"),
                session("e", "2025-01-17", "09:30", "11:00"),
            ],
            shuttles: vec![],
            transport: vec![],
            faq: vec![],
        }
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn ids(v: &[&Session]) -> Vec<String> {
        v.iter().map(|s| s.id.clone()).collect()
    }

    #[test]
    fn now_and_next_in_local_time() {
        let e = event();
        // 02:30 UTC is 10:30 in Nanning.
        match e.now_and_next(at("2025-01-16T02:30:00Z"), 3) {
            NowNext::During { current, next, .. } => {
                assert_eq!(ids(&current), ["b"]);
                assert_eq!(ids(&next), ["c", "d"]);
            }
            other => panic!("{other:?}"),
        }
        // Evening of the 16th: the next session is the next morning.
        match e.now_and_next(at("2025-01-16T20:00:00+08:00"), 3) {
            NowNext::During { current, next, .. } => {
                assert!(current.is_empty());
                assert_eq!(ids(&next), ["e"]);
            }
            other => panic!("{other:?}"),
        }
        // A session that ends at 10:00 is over at 10:00.
        match e.now_and_next(at("2025-01-16T10:00:00+08:00"), 3) {
            NowNext::During { current, .. } => assert_eq!(ids(&current), ["b"]),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn before_and_after_the_event() {
        let e = event();
        assert_eq!(
            e.now_and_next(at("2025-01-14T23:59:00+08:00"), 3),
            NowNext::Before {
                opens: "2025-01-15".parse().unwrap()
            }
        );
        // 16:30 UTC on the 18th is already the 19th in Nanning.
        assert_eq!(
            e.now_and_next(at("2025-01-18T16:30:00Z"), 3),
            NowNext::After
        );
        match e.now_and_next(at("2025-01-18T23:00:00+08:00"), 3) {
            NowNext::During { current, next, .. } => {
                assert!(current.is_empty() && next.is_empty())
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn days_and_offset() {
        let e = event();
        assert_eq!(e.days().len(), 4);
        assert_eq!(e.utc_offset_label(e.start_date), "UTC+8");
        let london = Event {
            timezone: chrono_tz::Europe::London,
            ..event()
        };
        assert_eq!(
            london.utc_offset_label("2025-03-29".parse().unwrap()),
            "UTC+0"
        );
        assert_eq!(
            london.utc_offset_label("2025-03-31".parse().unwrap()),
            "UTC+1"
        );
        let tehran = Event {
            timezone: chrono_tz::Asia::Tehran,
            ..event()
        };
        assert_eq!(tehran.utc_offset_label(tehran.start_date), "UTC+3:30");
    }
}
