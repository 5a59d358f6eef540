//! Event content: the programme, venues, shuttles and transport topics of one
//! event, loaded from `<event folder>/event.toml`, validated, and queried.
//! Texts a delegate reads are not here but in `<event folder>/locales`; see
//! [`text_ids`] for the message ids each item needs.

mod geo;
mod load;
mod query;

pub use geo::{Datum, distance_m};
pub use load::parse;
pub use query::NowNext;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;

/// The longest id an item may have: ids travel in callback data (64 bytes).
pub const MAX_ID_LEN: usize = 32;
/// The most seats a session may offer for registration.
pub const MAX_CAPACITY: u32 = 100_000;

#[derive(Debug, Clone)]
pub struct Event {
    pub id: String,
    pub timezone: Tz,
    pub start_date: NaiveDate,
    pub end_date: NaiveDate,
    /// The line over the local name and address on a taxi card, written for
    /// the driver in the local language.
    pub taxi_phrase: String,
    /// When the morning briefing goes out, local time.
    pub briefing: NaiveTime,
    pub contacts: Contacts,
    pub venues: Vec<Venue>,
    /// Sorted by date, start time, then id.
    pub sessions: Vec<Session>,
    pub shuttles: Vec<Shuttle>,
    pub transport: Vec<TransportTopic>,
    /// Frequently asked questions, answered when a typed question matches.
    pub faq: Vec<Faq>,
}

#[derive(Debug, Clone, Default)]
pub struct Contacts {
    pub phone: String,
    pub email: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VenueKind {
    Venue,
    Hotel,
    Airport,
    Station,
    Sight,
}

#[derive(Debug, Clone)]
pub struct Venue {
    pub id: String,
    pub kind: VenueKind,
    /// WGS-84, whatever system event.toml gave them in.
    pub lat: f64,
    pub lon: f64,
    pub local_name: String,
    pub local_address: String,
    pub rooms: Vec<String>,
    pub sample: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionKind {
    Registration,
    Plenary,
    ParallelDialogue,
    Signing,
    Release,
    Exchange,
    Visit,
    Meal,
    Reception,
    Departure,
}

impl SessionKind {
    pub const ALL: [SessionKind; 10] = [
        SessionKind::Registration,
        SessionKind::Plenary,
        SessionKind::ParallelDialogue,
        SessionKind::Signing,
        SessionKind::Release,
        SessionKind::Exchange,
        SessionKind::Visit,
        SessionKind::Meal,
        SessionKind::Reception,
        SessionKind::Departure,
    ];

    /// The name used in event.toml and in the `schedule-kind-<name>` message.
    pub fn name(self) -> &'static str {
        match self {
            SessionKind::Registration => "registration",
            SessionKind::Plenary => "plenary",
            SessionKind::ParallelDialogue => "parallel-dialogue",
            SessionKind::Signing => "signing",
            SessionKind::Release => "release",
            SessionKind::Exchange => "exchange",
            SessionKind::Visit => "visit",
            SessionKind::Meal => "meal",
            SessionKind::Reception => "reception",
            SessionKind::Departure => "departure",
        }
    }

    pub fn parse(s: &str) -> Option<SessionKind> {
        SessionKind::ALL.into_iter().find(|k| k.name() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id: String,
    pub date: NaiveDate,
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub kind: SessionKind,
    pub venue: String,
    pub room: Option<String>,
    /// Set when delegates must register for the session (seats are limited).
    pub registration: Option<Registration>,
    /// How it was before an organiser changed it on site (`None`: as in
    /// the event file). See [`crate::announcements::changes`].
    pub change: Option<Box<Changed>>,
}

/// A session as the event file had it, before a change on site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub venue: String,
    pub room: Option<String>,
    pub cancelled: bool,
}

impl Session {
    /// Whether an organiser cancelled it.
    pub fn cancelled(&self) -> bool {
        self.change.as_ref().is_some_and(|c| c.cancelled)
    }
}

/// How a session that needs registration takes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Registration {
    /// Confirmed seats; beyond them, delegates join the waitlist.
    pub capacity: u32,
    /// When registration closes, in the event's local time (by default,
    /// when the session starts).
    pub closes: NaiveDateTime,
}

#[derive(Debug, Clone)]
pub struct Shuttle {
    pub id: String,
    pub from: String,
    pub to: String,
    pub dates: Vec<NaiveDate>,
    pub times: Vec<NaiveTime>,
}

#[derive(Debug, Clone)]
pub struct TransportTopic {
    pub id: String,
    pub venue: Option<String>,
    pub shuttles: bool,
}

/// A frequently asked question. Its texts: title, answer, and ways to ask.
#[derive(Debug, Clone)]
pub struct Faq {
    pub id: String,
    /// A venue whose pin and taxi card go with the answer.
    pub venue: Option<String>,
    /// A "Getting around" topic the answer links to.
    pub transport: Option<String>,
    /// The facts are invented placeholders for the organisers to replace.
    pub sample: bool,
}

/// The ids of the Fluent messages that hold an item's texts.
pub mod text_ids {
    pub const EVENT_NAME: &str = "event-name";
    pub const EVENT_CITY: &str = "event-city";
    pub const EVENT_ABOUT: &str = "event-about";
    pub const CONTACT_DESK: &str = "contact-desk";
    /// Emergency numbers where the event is.
    pub const CONTACT_EMERGENCY: &str = "contact-emergency";
    /// The line for the delegate above the taxi card.
    pub const TAXI_CARD_HINT: &str = "taxi-card-hint";

    pub fn venue_name(id: &str) -> String {
        format!("venue-{id}-name")
    }
    pub fn venue_address(id: &str) -> String {
        format!("venue-{id}-address")
    }
    pub fn venue_about(id: &str) -> String {
        format!("venue-{id}-about")
    }
    pub fn room(venue: &str, room: &str) -> String {
        format!("room-{venue}-{room}")
    }
    pub fn session_title(id: &str) -> String {
        format!("session-{id}-title")
    }
    pub fn session_description(id: &str) -> String {
        format!("session-{id}-description")
    }
    pub fn shuttle_name(id: &str) -> String {
        format!("shuttle-{id}-name")
    }
    pub fn shuttle_pickup(id: &str) -> String {
        format!("shuttle-{id}-pickup")
    }
    pub fn transport_title(id: &str) -> String {
        format!("transport-{id}-title")
    }
    pub fn transport_body(id: &str) -> String {
        format!("transport-{id}-body")
    }
    pub fn faq_title(id: &str) -> String {
        format!("faq-{id}-title")
    }
    pub fn faq_answer(id: &str) -> String {
        format!("faq-{id}-answer")
    }
    /// Ways a delegate may ask, one per line: never shown; the matching
    /// learns from them. Required for FAQ entries; optional (`<item>-ask`)
    /// for venues, sessions and transport topics.
    pub fn faq_ask(id: &str) -> String {
        format!("faq-{id}-ask")
    }
    /// The optional ways to ask about another item, from its title's id
    /// (`venue-nicec-name` → `venue-nicec-ask`).
    pub fn ask_of(title_id: &str) -> String {
        let stem = title_id
            .strip_suffix("-title")
            .or_else(|| title_id.strip_suffix("-name"))
            .unwrap_or(title_id);
        format!("{stem}-ask")
    }
}

impl Event {
    /// Every Fluent message id the event's texts need, in every language.
    pub fn required_text_ids(&self) -> Vec<String> {
        use text_ids::*;
        let mut ids: Vec<String> = [
            EVENT_NAME,
            EVENT_CITY,
            EVENT_ABOUT,
            CONTACT_DESK,
            CONTACT_EMERGENCY,
            TAXI_CARD_HINT,
        ]
        .map(String::from)
        .to_vec();
        for v in &self.venues {
            ids.extend([venue_name(&v.id), venue_address(&v.id), venue_about(&v.id)]);
            ids.extend(v.rooms.iter().map(|r| room(&v.id, r)));
        }
        for s in &self.sessions {
            ids.extend([session_title(&s.id), session_description(&s.id)]);
        }
        for s in &self.shuttles {
            ids.extend([shuttle_name(&s.id), shuttle_pickup(&s.id)]);
        }
        for t in &self.transport {
            ids.extend([transport_title(&t.id), transport_body(&t.id)]);
        }
        for f in &self.faq {
            ids.extend([faq_title(&f.id), faq_answer(&f.id), faq_ask(&f.id)]);
        }
        ids
    }
}
