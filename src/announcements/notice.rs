//! Notices: what the bot says on its own when the schedule changes,
//! stored as data and rendered in each recipient's language (from Fluent
//! templates) when it is sent.

use chrono::{NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// A session's time and place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub venue: String,
    pub room: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    /// A session delayed, moved or cancelled.
    Session {
        session: String,
        date: NaiveDate,
        /// Set when it moved to another day.
        new_date: Option<NaiveDate>,
        before: Slot,
        after: Slot,
        cancelled: bool,
    },
    /// A venue's address or location changed.
    Venue { venue: String },
    /// A shuttle's departures changed.
    Shuttle {
        shuttle: String,
        before: Vec<NaiveTime>,
        after: Vec<NaiveTime>,
    },
    /// A session starts in `minutes` (at `start` on `date`: if it no
    /// longer does, the reminder is not sent).
    Reminder {
        session: String,
        date: NaiveDate,
        start: NaiveTime,
        minutes: u32,
    },
    /// The morning briefing of `date`, made for each reader.
    Briefing { date: NaiveDate },
}

impl Notice {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// `None` for anything that does not read (a notice of a newer version).
    pub fn from_json(s: &str) -> Option<Notice> {
        serde_json::from_str(s).ok()
    }

    /// Whether the time changed.
    pub fn retimed(&self) -> bool {
        matches!(self, Notice::Session { before, after, .. } if before.start != after.start || before.end != after.end)
    }
}
