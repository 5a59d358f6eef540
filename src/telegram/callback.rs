//! Callback data: what an inline button asks for, packed into at most 64
//! bytes. Anything that does not decode (forged, truncated, from an older
//! version) is `None`, which the bot answers with "this button has expired".

use chrono::NaiveDate;

use crate::announcements::Audience;
use crate::event::{Event, MAX_ID_LEN};
use crate::i18n::Lang;
use crate::registration::codes;
use crate::registration::profile::{COUNTRIES, DIETS, Field};

/// Telegram's limit on callback data.
pub const MAX_LEN: usize = 64;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Callback {
    Menu,
    Languages,
    SetLanguage(Lang),
    Schedule,
    Day {
        date: NaiveDate,
        page: u8,
    },
    Session(String),
    Now,
    Venues,
    Venue(String),
    Taxi(String),
    Transport,
    Topic {
        id: String,
        page: u8,
    },
    Help,
    /// The sessions open for registration.
    Dialogues,
    /// My agenda.
    My,
    /// My agenda as a calendar file.
    Ics,
    Profile,
    /// Correct one answer of the profile.
    EditField(Field),
    /// An answer chosen with a button during the profile.
    Country(String),
    Diet(String),
    /// A language code, or `none`.
    Interpretation(String),
    Register(String),
    /// Register, giving up places in sessions at the same time.
    Switch(String),
    Cancel {
        id: String,
        back: Back,
    },
    /// My check-in code for a session.
    CheckInCode(String),
    /// A volunteer marks the holder of a check-in token present.
    CheckIn(String),
    /// Organisers: the invitations, one revoked, no expiry for a new one.
    Invites {
        page: u8,
    },
    /// Asks to confirm revoking an invitation; `RevokeConfirmed` does it.
    Revoke(String),
    RevokeConfirmed(String),
    NoExpiry,
    /// Pass a question to the volunteers: the typed question it answered
    /// (by its id), or none (then the bot asks for the question).
    AskVolunteer(Option<i64>),
    /// Volunteers, on a ticket in their group.
    Claim(i64),
    CloseTicket(i64),
    /// The delegate closes their own ticket.
    TicketDone(i64),
    /// The delegate's feedback on a closed ticket.
    Helpful {
        ticket: i64,
        yes: bool,
    },
    /// A volunteer's languages: one switched on or off, then done.
    VolunteerLang(Lang),
    VolunteerDone,
    /// Organisers composing an announcement: back to the composer, the
    /// audiences, a list to pick one from, the audience chosen, a version
    /// for a language, "needs acknowledgement", preview, send, discard.
    Composer,
    Audiences,
    AudienceList(AudienceList),
    SetAudience(Audience),
    AddVersion,
    VersionLang(Lang),
    ToggleAck,
    Preview,
    SendAnnouncement,
    Discard,
    /// Organisers: the recent announcements, one, stop it, remind those
    /// who have not acknowledged it, notify the drafts `from..=to`.
    Announcements,
    Announcement(i64),
    StopAnnouncement(i64),
    Remind(i64),
    Notify {
        from: i64,
        to: i64,
    },
    /// A delegate's "Got it".
    Ack(i64),
    /// Delegates: the latest announcements, and one shown again.
    Latest,
    ShowAnnouncement(i64),
    /// Organisers changing a session on site: what to change, where to
    /// move it (venue, then room), the preview of a change, and the
    /// change confirmed.
    ChangeSession(String),
    MoveSession(String),
    MoveToVenue {
        session: String,
        venue: u8,
    },
    PreviewChange {
        session: String,
        edit: EditCode,
    },
    ConfirmChange {
        session: String,
        edit: EditCode,
    },
    /// ⚙️ Settings, reminders (minutes before; 0: off), the briefing.
    Settings,
    SetReminder(u8),
    SetBriefing(bool),
}

/// Which list an audience is picked from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudienceList {
    Registrants,
    Waitlist,
    Language,
    Country,
    Delegation,
}

impl AudienceList {
    fn key(self) -> &'static str {
        match self {
            AudienceList::Registrants => "r",
            AudienceList::Waitlist => "w",
            AudienceList::Language => "l",
            AudienceList::Country => "c",
            AudienceList::Delegation => "d",
        }
    }

    fn from_key(k: &str) -> Option<AudienceList> {
        Some(match k {
            "r" => AudienceList::Registrants,
            "w" => AudienceList::Waitlist,
            "l" => AudienceList::Language,
            "c" => AudienceList::Country,
            "d" => AudienceList::Delegation,
            _ => return None,
        })
    }
}

/// A change to a session, compactly: a delay in minutes, a venue (by its
/// place in the event's list) and room (likewise), or cancelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditCode {
    Delay(u16),
    Move { venue: u8, room: Option<u8> },
    Cancel,
}

impl EditCode {
    fn encode(self) -> String {
        match self {
            EditCode::Delay(m) => format!("d{m}"),
            EditCode::Move { venue, room: None } => format!("v{venue}"),
            EditCode::Move {
                venue,
                room: Some(r),
            } => format!("v{venue}r{r}"),
            EditCode::Cancel => "x".into(),
        }
    }

    fn decode(s: &str) -> Option<EditCode> {
        if s == "x" {
            return Some(EditCode::Cancel);
        }
        if let Some(m) = s.strip_prefix('d') {
            let m = u16::from(parse_page(m)?);
            return (m > 0).then_some(EditCode::Delay(m));
        }
        let v = s.strip_prefix('v')?;
        Some(match v.split_once('r') {
            Some((venue, room)) => EditCode::Move {
                venue: parse_page(venue)?,
                room: Some(parse_page(room)?),
            },
            None => EditCode::Move {
                venue: parse_page(v)?,
                room: None,
            },
        })
    }
}

/// Where a cancellation returns to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back {
    Session,
    Agenda,
}

impl Callback {
    pub fn encode(&self) -> String {
        match self {
            Callback::Menu => "m".into(),
            Callback::Languages => "L".into(),
            Callback::SetLanguage(lang) => format!("l:{}", lang.code()),
            Callback::Schedule => "S".into(),
            Callback::Day { date, page } => format!("d:{}:{page}", date.format("%Y%m%d")),
            Callback::Session(id) => format!("s:{id}"),
            Callback::Now => "n".into(),
            Callback::Venues => "V".into(),
            Callback::Venue(id) => format!("v:{id}"),
            Callback::Taxi(id) => format!("x:{id}"),
            Callback::Transport => "T".into(),
            Callback::Topic { id, page } => format!("t:{page}:{id}"),
            Callback::Help => "h".into(),
            Callback::Dialogues => "D".into(),
            Callback::My => "M".into(),
            Callback::Ics => "I".into(),
            Callback::Profile => "P".into(),
            Callback::EditField(f) => format!("E:{}", f.key()),
            Callback::Country(c) => format!("K:{c}"),
            Callback::Diet(d) => format!("Y:{d}"),
            Callback::Interpretation(l) => format!("J:{l}"),
            Callback::Register(id) => format!("R:{id}"),
            Callback::Switch(id) => format!("W:{id}"),
            Callback::Cancel { id, back } => match back {
                Back::Session => format!("C:{id}"),
                Back::Agenda => format!("c:{id}"),
            },
            Callback::CheckInCode(id) => format!("Q:{id}"),
            Callback::CheckIn(token) => format!("k:{token}"),
            Callback::Invites { page } => format!("N:{page}"),
            Callback::Revoke(code) => format!("r:{code}"),
            Callback::RevokeConfirmed(code) => format!("z:{code}"),
            Callback::NoExpiry => "X".into(),
            Callback::AskVolunteer(None) => "a".into(),
            Callback::AskVolunteer(Some(id)) => format!("a:{id}"),
            Callback::Claim(id) => format!("tc:{id}"),
            Callback::CloseTicket(id) => format!("tx:{id}"),
            Callback::TicketDone(id) => format!("td:{id}"),
            Callback::Helpful { ticket, yes } => format!("f:{ticket}:{}", u8::from(*yes)),
            Callback::VolunteerLang(lang) => format!("vl:{}", lang.code()),
            Callback::VolunteerDone => "vd".into(),
            Callback::Composer => "Ah".into(),
            Callback::Audiences => "Aa".into(),
            Callback::AudienceList(l) => format!("Al:{}", l.key()),
            Callback::SetAudience(a) => format!("Au:{}", a.encode()),
            Callback::AddVersion => "Av".into(),
            Callback::VersionLang(l) => format!("AV:{}", l.code()),
            Callback::ToggleAck => "At".into(),
            Callback::Preview => "Ap".into(),
            Callback::SendAnnouncement => "As".into(),
            Callback::Discard => "Ax".into(),
            Callback::Announcements => "An".into(),
            Callback::Announcement(id) => format!("An:{id}"),
            Callback::StopAnnouncement(id) => format!("AS:{id}"),
            Callback::Remind(id) => format!("AR:{id}"),
            Callback::Notify { from, to } => format!("AN:{from}:{to}"),
            Callback::Ack(id) => format!("g:{id}"),
            Callback::Latest => "B".into(),
            Callback::ShowAnnouncement(id) => format!("b:{id}"),
            Callback::ChangeSession(s) => format!("Z:{s}"),
            Callback::MoveSession(s) => format!("Zm:{s}"),
            Callback::MoveToVenue { session, venue } => format!("Zr:{venue}:{session}"),
            Callback::PreviewChange { session, edit } => {
                format!("Zp:{}:{session}", edit.encode())
            }
            Callback::ConfirmChange { session, edit } => {
                format!("Zy:{}:{session}", edit.encode())
            }
            Callback::Settings => "G".into(),
            Callback::SetReminder(m) => format!("Gr:{m}"),
            Callback::SetBriefing(on) => format!("Gb:{}", u8::from(*on)),
        }
    }

    /// A button of the announcement composer (organisers).
    pub fn is_composer(&self) -> bool {
        matches!(
            self,
            Callback::Composer
                | Callback::Audiences
                | Callback::AudienceList(_)
                | Callback::SetAudience(_)
                | Callback::AddVersion
                | Callback::VersionLang(_)
                | Callback::ToggleAck
                | Callback::Preview
                | Callback::SendAnnouncement
                | Callback::Discard
        )
    }

    /// A button of announcements or session changes that only organisers
    /// may press.
    pub fn is_organisers_announcement(&self) -> bool {
        self.is_composer()
            || matches!(
                self,
                Callback::Announcements
                    | Callback::Announcement(_)
                    | Callback::StopAnnouncement(_)
                    | Callback::Remind(_)
                    | Callback::Notify { .. }
                    | Callback::ChangeSession(_)
                    | Callback::MoveSession(_)
                    | Callback::MoveToVenue { .. }
                    | Callback::PreviewChange { .. }
                    | Callback::ConfirmChange { .. }
            )
    }

    /// Whether the button still leads somewhere in `event` (a session or
    /// venue removed since it was sent does not).
    pub fn leads_somewhere(&self, event: &Event) -> bool {
        match self {
            Callback::Day { date, .. } => event.is_event_day(*date),
            Callback::Session(id) => event.session(id).is_some(),
            Callback::Venue(id) | Callback::Taxi(id) => event.venue(id).is_some(),
            Callback::Topic { id, .. } => event.topic(id).is_some(),
            Callback::Register(id)
            | Callback::Switch(id)
            | Callback::Cancel { id, .. }
            | Callback::CheckInCode(id)
            | Callback::ChangeSession(id)
            | Callback::MoveSession(id) => event.session(id).is_some(),
            Callback::MoveToVenue { session, venue } => {
                event.session(session).is_some() && usize::from(*venue) < event.venues.len()
            }
            Callback::PreviewChange { session, edit }
            | Callback::ConfirmChange { session, edit } => {
                event.session(session).is_some()
                    && match edit {
                        EditCode::Move { venue, room } => event
                            .venues
                            .get(usize::from(*venue))
                            .is_some_and(|v| room.is_none_or(|r| usize::from(r) < v.rooms.len())),
                        _ => true,
                    }
            }
            Callback::Menu
            | Callback::Languages
            | Callback::SetLanguage(_)
            | Callback::Schedule
            | Callback::Now
            | Callback::Venues
            | Callback::Transport
            | Callback::Help
            | Callback::Dialogues
            | Callback::My
            | Callback::Ics
            | Callback::Profile
            | Callback::EditField(_)
            | Callback::Country(_)
            | Callback::Diet(_)
            | Callback::Interpretation(_)
            | Callback::CheckIn(_)
            | Callback::Invites { .. }
            | Callback::Revoke(_)
            | Callback::RevokeConfirmed(_)
            | Callback::NoExpiry
            | Callback::AskVolunteer(_)
            | Callback::Claim(_)
            | Callback::CloseTicket(_)
            | Callback::TicketDone(_)
            | Callback::Helpful { .. }
            | Callback::VolunteerLang(_)
            | Callback::VolunteerDone
            | Callback::Composer
            | Callback::Audiences
            | Callback::AudienceList(_)
            | Callback::SetAudience(_)
            | Callback::AddVersion
            | Callback::VersionLang(_)
            | Callback::ToggleAck
            | Callback::Preview
            | Callback::SendAnnouncement
            | Callback::Discard
            | Callback::Announcements
            | Callback::Announcement(_)
            | Callback::StopAnnouncement(_)
            | Callback::Remind(_)
            | Callback::Notify { .. }
            | Callback::Ack(_)
            | Callback::Latest
            | Callback::ShowAnnouncement(_)
            | Callback::Settings
            | Callback::SetReminder(_)
            | Callback::SetBriefing(_) => true,
        }
    }

    pub fn decode(data: &str) -> Option<Callback> {
        if data.len() > MAX_LEN {
            return None;
        }
        let (tag, rest) = match data.split_once(':') {
            Some((tag, rest)) => (tag, Some(rest)),
            None => (data, None),
        };
        let id = |s: &str| valid_id(s).then(|| s.to_string());
        Some(match (tag, rest) {
            ("m", None) => Callback::Menu,
            ("L", None) => Callback::Languages,
            ("l", Some(code)) => Callback::SetLanguage(Lang::from_code(code)?),
            ("S", None) => Callback::Schedule,
            ("d", Some(rest)) => {
                let (date, page) = rest.split_once(':')?;
                if date.len() != 8 || !date.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                Callback::Day {
                    date: NaiveDate::parse_from_str(date, "%Y%m%d").ok()?,
                    page: parse_page(page)?,
                }
            }
            ("s", Some(s)) => Callback::Session(id(s)?),
            ("n", None) => Callback::Now,
            ("V", None) => Callback::Venues,
            ("v", Some(s)) => Callback::Venue(id(s)?),
            ("x", Some(s)) => Callback::Taxi(id(s)?),
            ("T", None) => Callback::Transport,
            ("t", Some(rest)) => {
                let (page, s) = rest.split_once(':')?;
                Callback::Topic {
                    id: id(s)?,
                    page: parse_page(page)?,
                }
            }
            ("h", None) => Callback::Help,
            ("D", None) => Callback::Dialogues,
            ("M", None) => Callback::My,
            ("I", None) => Callback::Ics,
            ("P", None) => Callback::Profile,
            ("E", Some(k)) => Callback::EditField(Field::from_key(k)?),
            ("K", Some(c)) if COUNTRIES.contains(&c) => Callback::Country(c.into()),
            ("Y", Some(d)) if DIETS.contains(&d) => Callback::Diet(d.into()),
            ("J", Some(l)) if l == "none" || Lang::from_code(l).is_some() => {
                Callback::Interpretation(l.into())
            }
            ("R", Some(s)) => Callback::Register(id(s)?),
            ("W", Some(s)) => Callback::Switch(id(s)?),
            ("C", Some(s)) => Callback::Cancel {
                id: id(s)?,
                back: Back::Session,
            },
            ("c", Some(s)) => Callback::Cancel {
                id: id(s)?,
                back: Back::Agenda,
            },
            ("Q", Some(s)) => Callback::CheckInCode(id(s)?),
            ("k", Some(t)) => Callback::CheckIn(canonical_code(t)?),
            ("N", Some(page)) => Callback::Invites {
                page: parse_page(page)?,
            },
            ("r", Some(c)) => Callback::Revoke(canonical_code(c)?),
            ("z", Some(c)) => Callback::RevokeConfirmed(canonical_code(c)?),
            ("X", None) => Callback::NoExpiry,
            ("a", None) => Callback::AskVolunteer(None),
            ("a", Some(n)) => Callback::AskVolunteer(Some(parse_number(n)?)),
            ("tc", Some(n)) => Callback::Claim(parse_number(n)?),
            ("tx", Some(n)) => Callback::CloseTicket(parse_number(n)?),
            ("td", Some(n)) => Callback::TicketDone(parse_number(n)?),
            ("f", Some(rest)) => {
                let (n, yes) = rest.split_once(':')?;
                Callback::Helpful {
                    ticket: parse_number(n)?,
                    yes: match yes {
                        "1" => true,
                        "0" => false,
                        _ => return None,
                    },
                }
            }
            ("vl", Some(code)) => Callback::VolunteerLang(Lang::from_code(code)?),
            ("vd", None) => Callback::VolunteerDone,
            ("Ah", None) => Callback::Composer,
            ("Aa", None) => Callback::Audiences,
            ("Al", Some(k)) => Callback::AudienceList(AudienceList::from_key(k)?),
            ("Au", Some(a)) => Callback::SetAudience(Audience::decode(a)?),
            ("Av", None) => Callback::AddVersion,
            ("AV", Some(code)) => Callback::VersionLang(Lang::from_code(code)?),
            ("At", None) => Callback::ToggleAck,
            ("Ap", None) => Callback::Preview,
            ("As", None) => Callback::SendAnnouncement,
            ("Ax", None) => Callback::Discard,
            ("An", None) => Callback::Announcements,
            ("An", Some(n)) => Callback::Announcement(parse_number(n)?),
            ("AS", Some(n)) => Callback::StopAnnouncement(parse_number(n)?),
            ("AR", Some(n)) => Callback::Remind(parse_number(n)?),
            ("AN", Some(rest)) => {
                let (from, to) = rest.split_once(':')?;
                let (from, to) = (parse_number(from)?, parse_number(to)?);
                if from > to {
                    return None;
                }
                Callback::Notify { from, to }
            }
            ("g", Some(n)) => Callback::Ack(parse_number(n)?),
            ("B", None) => Callback::Latest,
            ("b", Some(n)) => Callback::ShowAnnouncement(parse_number(n)?),
            ("G", None) => Callback::Settings,
            ("Gr", Some(m)) => {
                let m = parse_page(m)?;
                if !crate::announcements::reminders::CHOICES.contains(&u32::from(m)) {
                    return None;
                }
                Callback::SetReminder(m)
            }
            ("Gb", Some("1")) => Callback::SetBriefing(true),
            ("Gb", Some("0")) => Callback::SetBriefing(false),
            ("Z", Some(s)) => Callback::ChangeSession(id(s)?),
            ("Zm", Some(s)) => Callback::MoveSession(id(s)?),
            ("Zr", Some(rest)) => {
                let (venue, s) = rest.split_once(':')?;
                Callback::MoveToVenue {
                    session: id(s)?,
                    venue: parse_page(venue)?,
                }
            }
            ("Zp" | "Zy", Some(rest)) => {
                let (code, s) = rest.split_once(':')?;
                let (session, edit) = (id(s)?, EditCode::decode(code)?);
                if edit.encode() != code {
                    return None;
                }
                if tag == "Zp" {
                    Callback::PreviewChange { session, edit }
                } else {
                    Callback::ConfirmChange { session, edit }
                }
            }
            _ => return None,
        })
    }
}

/// A code or token exactly as stored (see [`codes`]).
fn canonical_code(s: &str) -> Option<String> {
    codes::normalize(s).filter(|c| c == s)
}

/// A database id: positive, in canonical form.
fn parse_number(s: &str) -> Option<i64> {
    if s.is_empty() || s.len() > 19 || s.starts_with('0') || !s.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    s.parse().ok()
}

fn parse_page(s: &str) -> Option<u8> {
    // Canonical form only, so that every value has exactly one encoding.
    if s.is_empty() || s.len() > 3 || (s.len() > 1 && s.starts_with('0')) {
        return None;
    }
    s.parse().ok()
}

fn valid_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID_LEN
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_kinds() -> Vec<Callback> {
        let long_id = "a".repeat(MAX_ID_LEN);
        let mut v = vec![
            Callback::Menu,
            Callback::Languages,
            Callback::Schedule,
            Callback::Day {
                date: "2025-01-16".parse().unwrap(),
                page: 0,
            },
            Callback::Day {
                date: "2025-12-31".parse().unwrap(),
                page: 255,
            },
            Callback::Session("opening".into()),
            Callback::Session(long_id.clone()),
            Callback::Now,
            Callback::Venues,
            Callback::Venue("east-station".into()),
            Callback::Taxi(long_id.clone()),
            Callback::Transport,
            Callback::Topic {
                id: long_id,
                page: 255,
            },
            Callback::Help,
            Callback::Dialogues,
            Callback::My,
            Callback::Ics,
            Callback::Profile,
            Callback::EditField(Field::DietNote),
            Callback::Country("tl".into()),
            Callback::Diet("vegan".into()),
            Callback::Interpretation("zh-CN".into()),
            Callback::Interpretation("none".into()),
            Callback::Register("a".repeat(MAX_ID_LEN)),
            Callback::Switch("a".repeat(MAX_ID_LEN)),
            Callback::Cancel {
                id: "a".repeat(MAX_ID_LEN),
                back: Back::Session,
            },
            Callback::Cancel {
                id: "dialogue-trade".into(),
                back: Back::Agenda,
            },
            Callback::CheckInCode("a".repeat(MAX_ID_LEN)),
            Callback::CheckIn("7K3MQ0RD1ZX9W2P4HT6A".into()),
            Callback::Invites { page: 0 },
            Callback::Invites { page: 255 },
            Callback::Revoke("7K3MQ0RD1ZX9W2P4HT6A".into()),
            Callback::RevokeConfirmed("7K3MQ0RD1ZX9W2P4HT6A".into()),
            Callback::NoExpiry,
            Callback::AskVolunteer(None),
            Callback::AskVolunteer(Some(i64::MAX)),
            Callback::Claim(1),
            Callback::CloseTicket(i64::MAX),
            Callback::TicketDone(42),
            Callback::Helpful {
                ticket: i64::MAX,
                yes: true,
            },
            Callback::Helpful {
                ticket: 7,
                yes: false,
            },
            Callback::VolunteerLang(Lang::ZhCn),
            Callback::VolunteerDone,
            Callback::Composer,
            Callback::Audiences,
            Callback::AudienceList(AudienceList::Delegation),
            Callback::SetAudience(Audience::Registrants("a".repeat(MAX_ID_LEN))),
            Callback::SetAudience(Audience::Delegation("7K3MQ0RD1ZX9W2P4HT6A".into())),
            Callback::SetAudience(Audience::Unacknowledged(i64::MAX)),
            Callback::AddVersion,
            Callback::VersionLang(Lang::My),
            Callback::ToggleAck,
            Callback::Preview,
            Callback::SendAnnouncement,
            Callback::Discard,
            Callback::Announcements,
            Callback::Announcement(i64::MAX),
            Callback::StopAnnouncement(3),
            Callback::Remind(i64::MAX),
            Callback::Notify {
                from: 1,
                to: i64::MAX,
            },
            Callback::Ack(i64::MAX),
            Callback::Latest,
            Callback::ShowAnnouncement(12),
            Callback::ChangeSession("a".repeat(MAX_ID_LEN)),
            Callback::MoveSession("a".repeat(MAX_ID_LEN)),
            Callback::MoveToVenue {
                session: "a".repeat(MAX_ID_LEN),
                venue: 255,
            },
            Callback::PreviewChange {
                session: "a".repeat(MAX_ID_LEN),
                edit: EditCode::Move {
                    venue: 255,
                    room: Some(255),
                },
            },
            Callback::ConfirmChange {
                session: "a".repeat(MAX_ID_LEN),
                edit: EditCode::Delay(90),
            },
            Callback::ConfirmChange {
                session: "opening".into(),
                edit: EditCode::Cancel,
            },
            Callback::Settings,
            Callback::SetReminder(0),
            Callback::SetReminder(60),
            Callback::SetBriefing(true),
            Callback::SetBriefing(false),
        ];
        v.extend(Lang::ALL.map(Callback::SetLanguage));
        v
    }

    #[test]
    fn every_callback_round_trips_within_64_bytes() {
        for cb in all_kinds() {
            let data = cb.encode();
            assert!(data.len() <= MAX_LEN, "{data} is {} bytes", data.len());
            assert_eq!(Callback::decode(&data), Some(cb), "{data}");
        }
    }

    #[test]
    fn forged_and_stale_data_is_rejected() {
        let long = "s:".to_string() + &"a".repeat(63);
        for data in [
            "",
            ":",
            "m:",
            "mm",
            "l:xx",
            "l:EN",
            "d:2025-01-16:0",
            "d:20250230:0",
            "d:20250116",
            "d:20250116:256",
            "d:20250116:01",
            "d:20250116:-1",
            "d:+2025011:0",
            "s:",
            "s:Opening",
            "s:open ing",
            "s:opening'; DROP TABLE delegates;--",
            "v:../../etc",
            "x:南宁",
            "t:0:",
            "t:x:airport",
            "t:airport",
            "h:1",
            "K:jp",
            "Y:kosher",
            "J:fr",
            "E:age",
            "R:",
            "k:7k3mq0rd1zx9w2p4ht6a",
            "k:7K3MQ0RD1ZX9W2P4HT6",
            "r:OOOOOOOOOOOOOOOOOOOO",
            "🚕",
            "Zy:d0:opening",
            "Zy:d010:opening",
            "Zp:v1r:opening",
            "AN:5:4",
            "Au:lang:fr",
            "g:0",
            "Gr:20",
            "Gr:015",
            "Gb:2",
            long.as_str(),
            "\u{0}",
        ] {
            assert_eq!(Callback::decode(data), None, "{data:?} decoded");
        }
    }

    #[test]
    fn arbitrary_strings_never_panic() {
        // Every printable ASCII string of length up to 3 over a small
        // alphabet, plus some long ones.
        let alphabet: Vec<char> = "mlLdsSvVxtTnhDMIPEKYJRWCcQkNrzX:0129a-".chars().collect();
        let mut inputs = vec![String::new()];
        for _ in 0..3 {
            let mut next = Vec::new();
            for s in &inputs {
                for c in &alphabet {
                    next.push(format!("{s}{c}"));
                }
            }
            inputs.extend(next);
        }
        for s in inputs {
            if let Some(cb) = Callback::decode(&s) {
                assert_eq!(cb.encode(), s, "non-canonical encoding accepted");
            }
        }
    }
}
