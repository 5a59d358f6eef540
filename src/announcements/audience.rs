//! Who an announcement goes to.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// An announcement's audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Audience {
    /// Everyone who has talked to the bot.
    Everyone,
    /// The confirmed registrants of a session.
    Registrants(String),
    /// Those on a session's waitlist.
    Waitlist(String),
    /// Everyone with a place in a session, confirmed or waiting (the
    /// audience of a change to it).
    Session(String),
    /// Delegates who read the bot in one language.
    Language(Lang),
    /// Attendees from one country (a listed country's code).
    Country(String),
    /// Attendees of one delegation (by one of its invitation codes).
    Delegation(String),
    /// Volunteers who told the bot their languages.
    Volunteers,
    /// The organisers (`ORGANISER_IDS`).
    Organisers,
    /// Those who received an announcement and have not acknowledged it.
    Unacknowledged(i64),
    /// A session's confirmed registrants who want reminders `minutes`
    /// before.
    RemindRegistrants { session: String, minutes: u32 },
    /// Everyone who wants reminders `minutes` before (a plenary).
    RemindEveryone { minutes: u32 },
    /// Everyone who wants the morning briefing.
    Briefed,
}

impl Audience {
    /// The audience as stored and as callback data (short, ASCII).
    pub fn encode(&self) -> String {
        match self {
            Audience::Everyone => "all".into(),
            Audience::Registrants(s) => format!("reg:{s}"),
            Audience::Waitlist(s) => format!("wait:{s}"),
            Audience::Session(s) => format!("ses:{s}"),
            Audience::Language(l) => format!("lang:{}", l.code()),
            Audience::Country(c) => format!("cty:{c}"),
            Audience::Delegation(code) => format!("del:{code}"),
            Audience::Volunteers => "vol".into(),
            Audience::Organisers => "org".into(),
            Audience::Unacknowledged(id) => format!("unack:{id}"),
            Audience::RemindRegistrants { session, minutes } => format!("remr:{minutes}:{session}"),
            Audience::RemindEveryone { minutes } => format!("rema:{minutes}"),
            Audience::Briefed => "brief".into(),
        }
    }

    /// The audience [`Audience::encode`] gave; `None` for anything else.
    /// Ids are checked for their form only: whether they still name
    /// something is for the caller.
    pub fn decode(s: &str) -> Option<Audience> {
        let (tag, rest) = match s.split_once(':') {
            Some((t, r)) => (t, Some(r)),
            None => (s, None),
        };
        let id = |r: &str| {
            (!r.is_empty()
                && r.len() <= crate::event::MAX_ID_LEN
                && r.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
            .then(|| r.to_string())
        };
        let minutes = |m: &str| {
            (!m.is_empty() && m.len() <= 4 && !m.starts_with('0'))
                .then(|| m.parse::<u32>().ok())
                .flatten()
        };
        Some(match (tag, rest) {
            ("all", None) => Audience::Everyone,
            ("reg", Some(r)) => Audience::Registrants(id(r)?),
            ("wait", Some(r)) => Audience::Waitlist(id(r)?),
            ("ses", Some(r)) => Audience::Session(id(r)?),
            ("lang", Some(r)) => Audience::Language(Lang::from_code(r)?),
            ("cty", Some(r)) => Audience::Country(id(r)?),
            ("del", Some(r)) => Audience::Delegation(id(r)?),
            ("vol", None) => Audience::Volunteers,
            ("brief", None) => Audience::Briefed,
            ("rema", Some(m)) => Audience::RemindEveryone {
                minutes: minutes(m)?,
            },
            ("remr", Some(r)) => {
                let (m, s) = r.split_once(':')?;
                Audience::RemindRegistrants {
                    session: id(s)?,
                    minutes: minutes(m)?,
                }
            }
            ("org", None) => Audience::Organisers,
            ("unack", Some(r)) => {
                if r.is_empty() || r.starts_with('0') || r.len() > 19 {
                    return None;
                }
                Audience::Unacknowledged(r.parse().ok()?)
            }
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audiences_round_trip_and_forgeries_are_refused() {
        for a in [
            Audience::Everyone,
            Audience::Registrants("dialogue-trade".into()),
            Audience::Waitlist("dialogue-tourism".into()),
            Audience::Session("opening".into()),
            Audience::Language(Lang::ZhCn),
            Audience::Country("vn".into()),
            Audience::Delegation("7K3MQ0RD1ZX9W2P4HT6A".into()),
            Audience::Volunteers,
            Audience::Organisers,
            Audience::Unacknowledged(42),
            Audience::RemindRegistrants {
                session: "dialogue-trade".into(),
                minutes: 15,
            },
            Audience::RemindEveryone { minutes: 60 },
            Audience::Briefed,
        ] {
            assert_eq!(Audience::decode(&a.encode()), Some(a));
        }
        for bad in [
            "", "all:x", "reg:", "reg:a b", "lang:fr", "unack:0", "unack:x", "vol:1", "del:../",
        ] {
            assert_eq!(Audience::decode(bad), None, "{bad}");
        }
    }
}
