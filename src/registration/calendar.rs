//! The delegate's agenda as an iCalendar file (.ics), which phone
//! calendars import: one event per session, in the event's time zone
//! (with its VTIMEZONE, so that calendars that do not know the zone's name
//! still place it right).

use chrono::{Offset, TimeZone, Utc};
use icalendar::{Calendar, CalendarDateTime, Component, EventLike, EventStatus};

use crate::event::{Event, Session};

/// One session of the agenda, with its texts in the delegate's language.
#[derive(Debug, Clone)]
pub struct Entry {
    pub session: Session,
    pub title: String,
    pub location: String,
    pub description: String,
    /// On the waitlist: shown as tentative.
    pub tentative: bool,
}

/// The calendar file's text. `name` is the calendar's name (the event's).
pub fn ics(event: &Event, name: &str, entries: &[Entry], now: chrono::DateTime<Utc>) -> String {
    let tzid = event.timezone.name();
    let mut calendar = Calendar::new();
    calendar.name(name).timezone(tzid);
    for e in entries {
        let s = &e.session;
        let at = |t: chrono::NaiveTime| CalendarDateTime::WithTimezone {
            date_time: s.date.and_time(t),
            tzid: tzid.to_string(),
        };
        let mut ev = icalendar::Event::new();
        ev.uid(&format!("{}-{}@delegate-desk", event.id, s.id))
            .summary(&e.title)
            .location(&e.location)
            .description(&e.description)
            .starts(at(s.start))
            .ends(at(s.end))
            .timestamp(now)
            .status(if e.tentative {
                EventStatus::Tentative
            } else {
                EventStatus::Confirmed
            });
        calendar.push(ev.done());
    }
    with_timezone(&calendar.done().to_string(), event)
}

/// Inserts the VTIMEZONE of the event's zone before the first event: the
/// zone's offset during the event (its zones, such as Asia/Shanghai, have
/// no daylight saving time).
fn with_timezone(text: &str, event: &Event) -> String {
    let offset = event
        .timezone
        .from_utc_datetime(&event.start_date.and_hms_opt(12, 0, 0).unwrap_or_default())
        .offset()
        .fix()
        .local_minus_utc();
    let sign = if offset < 0 { '-' } else { '+' };
    let hhmm = format!(
        "{sign}{:02}{:02}",
        offset.abs() / 3600,
        offset.abs() % 3600 / 60
    );
    let block = format!(
        "BEGIN:VTIMEZONE\r\nTZID:{tz}\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n\
         TZOFFSETFROM:{hhmm}\r\nTZOFFSETTO:{hhmm}\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n",
        tz = event.timezone.name()
    );
    match text.find("BEGIN:VEVENT") {
        Some(i) => format!("{}{block}{}", &text[..i], &text[i..]),
        None => match text.rfind("END:VCALENDAR") {
            Some(i) => format!("{}{block}{}", &text[..i], &text[i..]),
            None => text.to_string(),
        },
    }
}
