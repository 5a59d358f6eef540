//! The organisers' export: every registration with the delegate's profile,
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
    pub place: &'a Place,
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
                r.place.session_id.clone(),
                r.session_title.clone(),
                match r.place.status {
                    Status::Confirmed => "confirmed".into(),
                    Status::Waitlisted => "waitlisted".into(),
                },
                r.position.map(|n| n.to_string()).unwrap_or_default(),
                r.place.checked_in_at.clone().unwrap_or_default(),
                r.attendee.map(|a| a.delegation.clone()).unwrap_or_default(),
                get(|p| &p.full_name),
                get(|p| &p.title),
                get(|p| &p.city),
                r.country.clone(),
                get(|p| &p.organisation),
                get(|p| &p.diet),
                get(|p| &p.diet_note),
                get(|p| &p.interpretation),
                r.place.telegram_id.to_string(),
                r.place.id.to_string(),
            ];
            w.write_record(record.iter().map(|c| cell(c)))
                .map_err(fail)?;
        }
        w.flush()
            .map_err(|e| Error::State(format!("cannot write the CSV: {e}")))?;
    }
    Ok(out)
}
