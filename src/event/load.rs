//! Parsing and validating an event's `event.toml`.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Deserialize;
use toml::Spanned;

use super::geo::Datum;
use super::{
    Contacts, Event, Faq, MAX_CAPACITY, MAX_ID_LEN, Registration, Session, SessionKind, Shuttle,
    TransportTopic, Venue, VenueKind,
};
use crate::problem::{Problem, line_of};

type S<T> = Spanned<T>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    event: RawMeta,
    #[serde(default)]
    contacts: RawContacts,
    #[serde(default)]
    venues: Vec<RawVenue>,
    #[serde(default)]
    sessions: Vec<RawSession>,
    #[serde(default)]
    shuttles: Vec<RawShuttle>,
    #[serde(default)]
    transport: Vec<RawTransport>,
    #[serde(default)]
    faq: Vec<RawFaq>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    id: S<String>,
    timezone: S<String>,
    start_date: S<String>,
    end_date: S<String>,
    taxi_phrase: S<String>,
    /// When the morning briefing goes out, local time (default 07:30).
    #[serde(default)]
    briefing: Option<S<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawContacts {
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVenue {
    id: S<String>,
    kind: S<String>,
    lat: S<f64>,
    lon: S<f64>,
    /// What `lat` and `lon` are measured in: wgs84 (the default), gcj02, bd09.
    datum: Option<S<String>>,
    local_name: S<String>,
    local_address: S<String>,
    #[serde(default)]
    rooms: Vec<S<String>>,
    #[serde(default)]
    sample: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSession {
    id: S<String>,
    date: S<String>,
    start: S<String>,
    end: S<String>,
    kind: S<String>,
    venue: S<String>,
    room: Option<S<String>>,
    /// Seats, when delegates must register for the session.
    capacity: Option<S<i64>>,
    /// When registration closes (local time, `2025-01-15 20:00`); by
    /// default when the session starts. Only with `capacity`.
    registration_closes: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawShuttle {
    id: S<String>,
    from: S<String>,
    to: S<String>,
    dates: Vec<S<String>>,
    times: Vec<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTransport {
    id: S<String>,
    venue: Option<S<String>>,
    #[serde(default)]
    shuttles: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFaq {
    id: S<String>,
    venue: Option<S<String>>,
    transport: Option<S<String>>,
    #[serde(default)]
    sample: bool,
}

/// Collects problems about one file, with lines from spans.
struct Report<'a> {
    file: PathBuf,
    source: &'a str,
    problems: Vec<Problem>,
}

impl Report<'_> {
    fn at<T>(&mut self, item: &S<T>, message: impl Into<String>) {
        let line = line_of(self.source, item.span().start);
        self.problems
            .push(Problem::new(&self.file, Some(line), message.into()));
    }

    fn id(&mut self, kind: &str, id: &S<String>, seen: &mut HashSet<String>) {
        let v = id.get_ref();
        let well_formed = !v.is_empty()
            && v.len() <= MAX_ID_LEN
            && v.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            self.at(
                id,
                format!("{kind} id `{v}` must be 1–{MAX_ID_LEN} characters of a–z, 0–9 and -"),
            );
        }
        if !seen.insert(v.clone()) {
            self.at(id, format!("{kind} id `{v}` is used twice"));
        }
    }

    fn date(&mut self, s: &S<String>) -> Option<NaiveDate> {
        match NaiveDate::parse_from_str(s.get_ref(), "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                self.at(
                    s,
                    format!("`{}` is not a date like 2025-01-15", s.get_ref()),
                );
                None
            }
        }
    }

    fn time(&mut self, s: &S<String>) -> Option<NaiveTime> {
        match NaiveTime::parse_from_str(s.get_ref(), "%H:%M") {
            Ok(t) => Some(t),
            Err(_) => {
                self.at(s, format!("`{}` is not a time like 09:30", s.get_ref()));
                None
            }
        }
    }

    fn within(&mut self, s: &S<String>, date: NaiveDate, start: NaiveDate, end: NaiveDate) {
        if date < start || date > end {
            self.at(
                s,
                format!("{date} is outside the event's dates ({start} to {end})"),
            );
        }
    }
}

/// Parses and validates the text of an `event.toml` (`file` names it in
/// problems). Fails with every problem found, each with its line.
pub fn parse(file: &Path, source: &str) -> Result<Event, Vec<Problem>> {
    let mut r = Report {
        file: file.to_path_buf(),
        source,
        problems: Vec::new(),
    };
    let raw: RawFile = match toml::from_str(source) {
        Ok(raw) => raw,
        Err(e) => {
            let line = e.span().map(|s| line_of(source, s.start));
            let message = e.message().to_string();
            return Err(vec![Problem::new(file, line, message)]);
        }
    };

    let meta = &raw.event;
    let timezone = match meta.timezone.get_ref().parse::<chrono_tz::Tz>() {
        Ok(tz) => Some(tz),
        Err(_) => {
            r.at(
                &meta.timezone,
                format!(
                    "unknown time zone `{}` (use an IANA name such as Asia/Shanghai)",
                    meta.timezone.get_ref()
                ),
            );
            None
        }
    };
    let start_date = r.date(&meta.start_date);
    let end_date = r.date(&meta.end_date);
    let (start, end) = match (start_date, end_date) {
        (Some(s), Some(e)) if s <= e => (s, e),
        (Some(_), Some(_)) => {
            r.at(&meta.end_date, "the event ends before it starts");
            (NaiveDate::MIN, NaiveDate::MAX)
        }
        _ => (NaiveDate::MIN, NaiveDate::MAX),
    };
    if meta.taxi_phrase.get_ref().trim().is_empty() {
        r.at(&meta.taxi_phrase, "taxi_phrase is empty");
    }

    // Venues.
    let mut seen = HashSet::new();
    let mut venues = Vec::new();
    let mut rooms_of: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for v in &raw.venues {
        r.id("venue", &v.id, &mut seen);
        let kind = match v.kind.get_ref().as_str() {
            "venue" => Some(VenueKind::Venue),
            "hotel" => Some(VenueKind::Hotel),
            "airport" => Some(VenueKind::Airport),
            "station" => Some(VenueKind::Station),
            "sight" => Some(VenueKind::Sight),
            other => {
                r.at(
                    &v.kind,
                    format!(
                        "unknown venue kind `{other}` (venue, hotel, airport, station or sight)"
                    ),
                );
                None
            }
        };
        let (lat, lon) = (*v.lat.get_ref(), *v.lon.get_ref());
        let datum = match &v.datum {
            None => Datum::Wgs84,
            Some(d) => Datum::parse(d.get_ref()).unwrap_or_else(|| {
                r.at(
                    d,
                    format!(
                        "unknown coordinate system `{}` (wgs84 for GPS and OpenStreetMap, \
                         gcj02 for Amap and Tencent, bd09 for Baidu)",
                        d.get_ref()
                    ),
                );
                Datum::Wgs84
            }),
        };
        if !(-90.0..=90.0).contains(&lat) {
            r.at(
                &v.lat,
                format!("latitude {lat} is out of range (−90 to 90)"),
            );
        }
        if !(-180.0..=180.0).contains(&lon) {
            r.at(
                &v.lon,
                format!("longitude {lon} is out of range (−180 to 180)"),
            );
        }
        if v.local_name.get_ref().trim().is_empty() {
            r.at(&v.local_name, "local_name is empty: the taxi card needs it");
        }
        if v.local_address.get_ref().trim().is_empty() {
            r.at(
                &v.local_address,
                "local_address is empty: the taxi card needs it",
            );
        }
        let mut room_ids = HashSet::new();
        for room in &v.rooms {
            r.id("room", room, &mut room_ids);
        }
        rooms_of.insert(
            v.id.get_ref().clone(),
            v.rooms.iter().map(|r| r.get_ref().clone()).collect(),
        );
        // Telegram pins are WGS-84: convert once, here.
        let (lat, lon) = datum.to_wgs84(lat, lon);
        venues.push(Venue {
            id: v.id.get_ref().clone(),
            kind: kind.unwrap_or(VenueKind::Venue),
            lat,
            lon,
            local_name: v.local_name.get_ref().clone(),
            local_address: v.local_address.get_ref().clone(),
            rooms: v.rooms.iter().map(|r| r.get_ref().clone()).collect(),
            sample: v.sample,
        });
    }

    let venue_ref = |r: &mut Report, v: &S<String>| {
        if !rooms_of.contains_key(v.get_ref()) {
            r.at(v, format!("unknown venue `{}`", v.get_ref()));
        }
    };

    // Sessions.
    let mut seen = HashSet::new();
    let mut sessions = Vec::new();
    let mut slots: Vec<(&RawSession, NaiveDate, NaiveTime, NaiveTime)> = Vec::new();
    for s in &raw.sessions {
        r.id("session", &s.id, &mut seen);
        venue_ref(&mut r, &s.venue);
        if let Some(room) = &s.room
            && let Some(rooms) = rooms_of.get(s.venue.get_ref())
            && !rooms.contains(room.get_ref())
        {
            r.at(
                room,
                format!(
                    "venue `{}` has no room `{}`",
                    s.venue.get_ref(),
                    room.get_ref()
                ),
            );
        }
        let kind = SessionKind::parse(s.kind.get_ref());
        if kind.is_none() {
            let names: Vec<_> = SessionKind::ALL.iter().map(|k| k.name()).collect();
            r.at(
                &s.kind,
                format!(
                    "unknown session kind `{}` (one of: {})",
                    s.kind.get_ref(),
                    names.join(", ")
                ),
            );
        }
        let date = r.date(&s.date);
        if let Some(d) = date {
            r.within(&s.date, d, start, end);
        }
        let (t0, t1) = (r.time(&s.start), r.time(&s.end));
        if let (Some(t0), Some(t1)) = (t0, t1)
            && t0 >= t1
        {
            r.at(&s.end, "the session ends before it starts");
        }
        let capacity = s.capacity.as_ref().and_then(|c| {
            let n = *c.get_ref();
            match u32::try_from(n) {
                Ok(n) if (1..=MAX_CAPACITY).contains(&n) => Some(n),
                _ => {
                    r.at(c, format!("capacity {n} must be from 1 to {MAX_CAPACITY}"));
                    None
                }
            }
        });
        let closes = match (&s.registration_closes, &s.capacity) {
            (Some(c), None) => {
                r.at(
                    c,
                    "registration_closes needs a capacity: add `capacity = <seats>`",
                );
                None
            }
            (Some(c), Some(_)) => {
                match NaiveDateTime::parse_from_str(c.get_ref(), "%Y-%m-%d %H:%M") {
                    Ok(at) => Some(at),
                    Err(_) => {
                        r.at(
                            c,
                            format!(
                                "`{}` is not a local date and time like 2025-01-15 20:00",
                                c.get_ref()
                            ),
                        );
                        None
                    }
                }
            }
            (None, _) => None,
        };
        if let (Some(date), Some(t0), Some(t1), Some(kind)) = (date, t0, t1, kind) {
            if let (Some(at), Some(c)) = (closes, &s.registration_closes)
                && at > date.and_time(t1)
            {
                r.at(c, "registration closes after the session has ended");
            }
            let registration = capacity.map(|capacity| Registration {
                capacity,
                closes: closes.unwrap_or_else(|| date.and_time(t0)),
            });
            slots.push((s, date, t0, t1));
            sessions.push(Session {
                id: s.id.get_ref().clone(),
                date,
                start: t0,
                end: t1,
                kind,
                venue: s.venue.get_ref().clone(),
                room: s.room.as_ref().map(|r| r.get_ref().clone()),
                registration,
                change: None,
            });
        }
    }
    for (i, (a, date_a, a0, a1)) in slots.iter().enumerate() {
        for (b, date_b, b0, b1) in &slots[i + 1..] {
            let same_room = a.venue.get_ref() == b.venue.get_ref()
                && a.room.as_ref().map(|r| r.get_ref()) == b.room.as_ref().map(|r| r.get_ref());
            if same_room && date_a == date_b && a0 < b1 && b0 < a1 {
                r.at(
                    &b.id,
                    format!(
                        "session `{}` overlaps session `{}` (line {}) in the same room",
                        b.id.get_ref(),
                        a.id.get_ref(),
                        line_of(source, a.id.span().start)
                    ),
                );
            }
        }
    }
    sessions.sort_by(|a, b| (a.date, a.start, &a.id).cmp(&(b.date, b.start, &b.id)));

    // Shuttles.
    let mut seen = HashSet::new();
    let mut shuttles = Vec::new();
    for s in &raw.shuttles {
        r.id("shuttle", &s.id, &mut seen);
        venue_ref(&mut r, &s.from);
        venue_ref(&mut r, &s.to);
        let mut dates = Vec::new();
        for d in &s.dates {
            if let Some(date) = r.date(d) {
                r.within(d, date, start, end);
                dates.push(date);
            }
        }
        let mut times: Vec<NaiveTime> = s.times.iter().filter_map(|t| r.time(t)).collect();
        times.sort();
        dates.sort();
        shuttles.push(Shuttle {
            id: s.id.get_ref().clone(),
            from: s.from.get_ref().clone(),
            to: s.to.get_ref().clone(),
            dates,
            times,
        });
    }

    // Transport topics.
    let mut seen = HashSet::new();
    let mut transport = Vec::new();
    for t in &raw.transport {
        r.id("transport topic", &t.id, &mut seen);
        if let Some(v) = &t.venue {
            venue_ref(&mut r, v);
        }
        transport.push(TransportTopic {
            id: t.id.get_ref().clone(),
            venue: t.venue.as_ref().map(|v| v.get_ref().clone()),
            shuttles: t.shuttles,
        });
    }

    // Frequently asked questions.
    let mut seen = HashSet::new();
    let mut faq = Vec::new();
    for f in &raw.faq {
        r.id("FAQ entry", &f.id, &mut seen);
        if let Some(v) = &f.venue {
            venue_ref(&mut r, v);
        }
        if let Some(t) = &f.transport
            && !transport
                .iter()
                .any(|x: &TransportTopic| &x.id == t.get_ref())
        {
            r.at(
                t,
                format!("no transport topic `{}` in this file", t.get_ref()),
            );
        }
        faq.push(Faq {
            id: f.id.get_ref().clone(),
            venue: f.venue.as_ref().map(|v| v.get_ref().clone()),
            transport: f.transport.as_ref().map(|t| t.get_ref().clone()),
            sample: f.sample,
        });
    }

    let briefing = match &meta.briefing {
        Some(t) => {
            let at = r.time(t);
            if at.is_some_and(|at| at >= NaiveTime::from_hms_opt(10, 0, 0).unwrap_or_default()) {
                r.at(
                    t,
                    "briefing must be before 10:00 (a briefing not sent by 10:00 is dropped)",
                );
            }
            at
        }
        None => NaiveTime::from_hms_opt(7, 30, 0),
    };
    if let (Some(timezone), true) = (timezone, r.problems.is_empty()) {
        Ok(Event {
            briefing: briefing.unwrap_or_default(),
            id: meta.id.get_ref().clone(),
            timezone,
            start_date: start,
            end_date: end,
            taxi_phrase: meta.taxi_phrase.get_ref().clone(),
            contacts: Contacts {
                phone: raw.contacts.phone.clone(),
                email: raw.contacts.email.clone(),
            },
            venues,
            sessions,
            shuttles,
            transport,
            faq,
        })
    } else {
        Err(r.problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
[event]
id = "t"
timezone = "Asia/Shanghai"
start_date = "2025-01-15"
end_date = "2025-01-18"
taxi_phrase = "请送我到这里"

[[venues]]
id = "hall"
kind = "venue"
lat = 22.8
lon = 108.4
local_name = "会展中心"
local_address = "民族大道11号"
rooms = ["a", "b"]

[[sessions]]
id = "one"
date = "2025-01-16"
start = "09:00"
end = "10:00"
kind = "plenary"
venue = "hall"
room = "a"

[[sessions]]
id = "two"
date = "2025-01-16"
start = "09:30"
end = "11:00"
kind = "parallel-dialogue"
venue = "hall"
room = "b"
"#;

    fn problems(src: &str) -> Vec<Problem> {
        parse(Path::new("event.toml"), src)
            .err()
            .unwrap_or_default()
    }

    #[test]
    fn a_good_event_loads_sorted() {
        let event = parse(Path::new("event.toml"), GOOD).unwrap();
        assert_eq!(event.sessions.len(), 2);
        assert_eq!(event.sessions[0].id, "one");
        assert_eq!(event.timezone, chrono_tz::Asia::Shanghai);
    }

    #[test]
    fn unknown_venue_is_reported_with_its_line() {
        let src = GOOD.replacen("venue = \"hall\"\nroom = \"a\"", "venue = \"nowhere\"", 1);
        let p = problems(&src);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].message.contains("unknown venue `nowhere`"));
        let line = src.lines().position(|l| l.contains("nowhere")).unwrap() + 1;
        assert_eq!(p[0].line, Some(line));
        assert!(p[0].to_string().starts_with(&format!("event.toml:{line}:")));
    }

    #[test]
    fn overlapping_sessions_in_one_room_are_reported() {
        let src = GOOD.replace("room = \"b\"", "room = \"a\"");
        let p = problems(&src);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].message.contains("overlaps session `one`"), "{p:?}");
    }

    #[test]
    fn back_to_back_sessions_do_not_overlap() {
        let src = GOOD
            .replace("room = \"b\"", "room = \"a\"")
            .replace("start = \"09:30\"", "start = \"10:00\"");
        assert!(problems(&src).is_empty());
    }

    #[test]
    fn session_outside_the_event_dates_is_reported() {
        let src = GOOD.replace(
            "date = \"2025-01-16\"\nstart = \"09:30\"",
            "date = \"2025-01-19\"\nstart = \"09:30\"",
        );
        let p = problems(&src);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].message.contains("outside the event's dates"));
    }

    #[test]
    fn coordinates_out_of_range_are_reported() {
        let src = GOOD
            .replace("lat = 22.8", "lat = 122.8")
            .replace("lon = 108.4", "lon = 208.4");
        let p = problems(&src);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].message.contains("latitude"));
        assert!(p[1].message.contains("longitude"));
    }

    #[test]
    fn bad_values_and_syntax_are_reported() {
        let src = GOOD
            .replace("kind = \"plenary\"", "kind = \"party\"")
            .replace("end = \"10:00\"", "end = \"25:00\"")
            .replace("room = \"b\"", "room = \"c\"")
            .replace(
                "timezone = \"Asia/Shanghai\"",
                "timezone = \"Mars/Olympus\"",
            );
        let p = problems(&src);
        let text: Vec<_> = p.iter().map(|p| p.message.as_str()).collect();
        assert_eq!(p.len(), 4, "{text:?}");
        assert!(p.iter().all(|p| p.line.is_some()));

        let p = problems("[event\nid = 1");
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].line, Some(1));
    }

    #[test]
    fn bad_ids_are_reported() {
        let src = GOOD.replace("id = \"two\"", "id = \"one\"");
        assert!(problems(&src)[0].message.contains("used twice"));
        let src = GOOD.replace("id = \"two\"", "id = \"Two Words\"");
        assert!(problems(&src)[0].message.contains("must be"));
    }

    #[test]
    fn coordinates_from_baidu_or_amap_are_converted_to_wgs84() {
        let at = |src: &str| {
            let e = parse(Path::new("event.toml"), src).unwrap();
            (e.venues[0].lat, e.venues[0].lon)
        };
        let wgs = at(GOOD);
        assert_eq!(wgs, (22.8, 108.4));
        for datum in ["gcj02", "bd09"] {
            let src = GOOD.replace(
                "lon = 108.4\n",
                &format!("lon = 108.4\ndatum = \"{datum}\"\n"),
            );
            let converted = at(&src);
            let off = super::super::geo::distance_m(wgs, converted);
            let expected = if datum == "gcj02" {
                400.0..650.0
            } else {
                900.0..1400.0
            };
            assert!(expected.contains(&off), "{datum}: {off} m");
        }
        let src = GOOD.replace("lon = 108.4\n", "lon = 108.4\ndatum = \"wgs84\"\n");
        assert_eq!(at(&src), wgs);
    }

    #[test]
    fn an_unknown_coordinate_system_is_reported_with_its_line() {
        let src = GOOD.replace("lon = 108.4\n", "lon = 108.4\ndatum = \"baidu\"\n");
        let p = problems(&src);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(
            p[0].message.contains("unknown coordinate system `baidu`"),
            "{p:?}"
        );
        let line = src.lines().position(|l| l.contains("baidu")).unwrap() + 1;
        assert_eq!(p[0].line, Some(line));
    }
}
