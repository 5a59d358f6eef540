//! The organisers' export: every registration with the delegate's profile
//! (and every delegate with a profile but no place, at the end),
//! as CSV in UTF-8 with a byte-order mark, so that Excel shows Thai,
//! Khmer, Lao, Burmese and Chinese names correctly.

use crate::db::attendees::Attendee;
use crate::db::registrations::{Place, Status};
use crate::error::{Error, Result};

/// The byte-order mark Excel needs to read UTF-8.
pub const BOM: &str = "\u{FEFF}";

pub const HEADER: [&str; 16] = [
    "session",
    "session_title",
    "status",
    "waitlist_position",
    "checked_in_at",
    "delegation",
    "full_name",
    "title",
    "city",
    "country",
    "organisation",
    "diet",
    "diet_note",
    "interpretation",
    "telegram_id",
    "registered_order",
];

/// One row: a place, its session's title (in the organiser's language)
/// and the delegate's profile, country named in English.
pub struct Row<'a> {
    /// `None`: a delegate with a profile and no place in any session.
    pub place: Option<&'a Place>,
    pub session_title: String,
    pub position: Option<i64>,
    pub attendee: Option<&'a Attendee>,
    pub country: String,
}

/// A spreadsheet cell that Excel would read as a formula is quoted with
/// an apostrophe (CSV injection).
fn cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

pub fn csv(rows: &[Row<'_>]) -> Result<Vec<u8>> {
    let mut out = BOM.as_bytes().to_vec();
    {
        let mut w = csv::Writer::from_writer(&mut out);
        let fail = |e: csv::Error| Error::State(format!("cannot write the CSV: {e}"));
        w.write_record(HEADER).map_err(fail)?;
        for r in rows {
            let p = r.attendee.map(|a| &a.profile);
            let get = |f: fn(&crate::db::attendees::ProfileRow) -> &Option<String>| {
                p.and_then(|p| f(p).clone()).unwrap_or_default()
            };
            let record = [
                r.place.map(|p| p.session_id.clone()).unwrap_or_default(),
                r.session_title.clone(),
                match r.place.map(|p| p.status) {
                    Some(Status::Confirmed) => "confirmed".into(),
                    Some(Status::Waitlisted) => "waitlisted".into(),
                    None => "no session".into(),
                },
                r.position.map(|n| n.to_string()).unwrap_or_default(),
                r.place
                    .and_then(|p| p.checked_in_at.clone())
                    .unwrap_or_default(),
                r.attendee.map(|a| a.delegation.clone()).unwrap_or_default(),
                get(|p| &p.full_name),
                get(|p| &p.title),
                get(|p| &p.city),
                r.country.clone(),
                get(|p| &p.organisation),
                get(|p| &p.diet),
                get(|p| &p.diet_note),
                get(|p| &p.interpretation),
                r.place
                    .map(|p| p.telegram_id)
                    .or(r.attendee.map(|a| a.telegram_id))
                    .map(|id| id.to_string())
                    .unwrap_or_default(),
                r.place.map(|p| p.id.to_string()).unwrap_or_default(),
            ];
            w.write_record(record.iter().map(|c| cell(c)))
                .map_err(fail)?;
        }
        w.flush()
            .map_err(|e| Error::State(format!("cannot write the CSV: {e}")))?;
    }
    Ok(out)
}
