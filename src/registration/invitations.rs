//! Invitations: one per delegation, covering a number of people, maybe
//! expiring; and what happens when a delegate uses one.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use sqlx::AnyConnection;

use super::codes;
use crate::db::invitations::{self, Invitation};
use crate::db::{Db, attendees, delegate_lock, invitation_lock};
use crate::error::Result;

/// Wrong codes allowed in [`WINDOW`] before a user must wait.
pub const MAX_FAILURES: usize = 5;
/// The window wrong codes are counted in.
pub const WINDOW: Duration = Duration::minutes(10);
/// The most people one invitation may cover.
pub const MAX_PEOPLE: i64 = 500;
/// The longest delegation name, in characters.
pub const MAX_NAME: usize = 100;

/// What using a code did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Redeemed {
    /// The delegate joined the delegation: their profile comes next.
    Joined {
        delegation: String,
    },
    /// They had already joined it (with this code); `complete` tells
    /// whether their profile is finished.
    AlreadyMember {
        delegation: String,
        complete: bool,
    },
    /// They belong to another delegation; this code was not used.
    OtherDelegation {
        delegation: String,
    },
    NotFound,
    UsedUp {
        people: i64,
    },
    /// It could be used until the end of this (local) day.
    Expired {
        on: NaiveDate,
    },
    Revoked,
    /// Too many wrong codes lately: wait this long.
    SlowDown {
        #[serde(with = "seconds")]
        wait: Duration,
    },
}

/// The state of an invitation, for the organisers' list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Active,
    UsedUp,
    Expired,
    Revoked,
}

pub fn state(i: &Invitation, today: NaiveDate) -> State {
    if i.revoked {
        State::Revoked
    } else if i.expires_on.is_some_and(|d| d < today) {
        State::Expired
    } else if i.used >= i.people {
        State::UsedUp
    } else {
        State::Active
    }
}

/// Creates an invitation and returns its code.
pub async fn create(
    db: &Db,
    delegation: &str,
    people: i64,
    expires_on: Option<NaiveDate>,
    created_by: Option<i64>,
    now: DateTime<Utc>,
) -> Result<String> {
    let code = codes::random()?;
    let delegation = delegation.to_string();
    // Recorded with the update that made it (see `db::journal`): an
    // organiser's last answer handled again gets the same invitation, not a
    // second one.
    db.write("invitation", |tx| {
        let (code, delegation) = (code.clone(), delegation.clone());
        Box::pin(async move {
            invitations::create(tx, &code, &delegation, people, expires_on, created_by, now)
                .await?;
            Ok(code)
        })
    })
    .await
}

/// A wait, as whole seconds (for the journal of an update's writes).
mod seconds {
    use chrono::Duration;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(wait: &Duration, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_i64(wait.num_seconds())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        Ok(Duration::seconds(i64::deserialize(d)?))
    }
}

/// How long a user must wait before trying another code, if at all.
pub async fn slowed_down(
    conn: &mut AnyConnection,
    telegram_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<Duration>> {
    let failures = invitations::failures_since(conn, telegram_id, now - WINDOW).await?;
    if failures.len() < MAX_FAILURES {
        return Ok(None);
    }
    // Free again when the oldest failure that counts leaves the window.
    let oldest = failures[failures.len() - MAX_FAILURES];
    Ok(Some((oldest + WINDOW - now).max(Duration::seconds(1))))
}

/// Uses `code` (already normalized, or empty for a malformed one) for
/// `telegram_id`. `today` is the event's local date, for expiry.
pub async fn redeem(
    db: &Db,
    code: &str,
    telegram_id: i64,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Redeemed> {
    let locks = [delegate_lock(telegram_id), invitation_lock(code)];
    let code = code.to_string();
    // The slow-down, the code and a wrong code's count in one write,
    // recorded with the update (see `db::journal`): handled again, a wrong
    // code is not counted twice.
    db.write_locked("redeem", &locks, |tx| {
        let code = code.clone();
        Box::pin(async move {
            if let Some(wait) = slowed_down(tx, telegram_id, now).await? {
                return Ok(Redeemed::SlowDown { wait });
            }
            if let Some(a) = attendees::get(tx, telegram_id).await? {
                return Ok(if a.invitation == code {
                    Redeemed::AlreadyMember {
                        delegation: a.delegation,
                        complete: a.complete,
                    }
                } else {
                    Redeemed::OtherDelegation {
                        delegation: a.delegation,
                    }
                });
            }
            let Some(inv) = invitations::get(tx, &code).await? else {
                invitations::record_failure(tx, telegram_id, now, now - WINDOW).await?;
                return Ok(Redeemed::NotFound);
            };
            Ok(match state(&inv, today) {
                State::Revoked => Redeemed::Revoked,
                State::Expired => Redeemed::Expired {
                    on: inv.expires_on.unwrap_or(today),
                },
                State::UsedUp => Redeemed::UsedUp { people: inv.people },
                State::Active => {
                    attendees::join(tx, telegram_id, &code, now).await?;
                    Redeemed::Joined {
                        delegation: inv.delegation,
                    }
                }
            })
        })
    })
    .await
}

/// Checks an organiser's delegation name.
pub fn check_delegation(name: &str) -> Option<String> {
    super::profile::check_text(super::profile::Field::Organisation, name)
        .ok()
        .filter(|n| n.chars().count() <= MAX_NAME)
}

/// Reads a number of people typed by an organiser.
pub fn read_people(s: &str) -> Option<i64> {
    s.trim()
        .parse::<i64>()
        .ok()
        .filter(|n| (1..=MAX_PEOPLE).contains(n))
}

/// Reads an expiry date typed by an organiser: `2025-01-14`, not before
/// `today`.
pub fn read_expiry(s: &str, today: NaiveDate) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .ok()
        .filter(|d| *d >= today)
}

/// The deep link that opens the bot with `payload`.
pub fn deep_link(bot_username: &str, payload: &str) -> String {
    format!("https://t.me/{bot_username}?start={payload}")
}

/// A row of an invitations file to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewInvitation {
    pub delegation: String,
    pub people: i64,
    pub expires_on: Option<NaiveDate>,
}

/// Reads an invitations CSV (`delegation,people,expiry`, with that header;
/// expiry may be empty). Every row is checked before any is created: the
/// problems come back together, each with its line.
pub fn read_import(
    text: &str,
    today: NaiveDate,
) -> std::result::Result<Vec<NewInvitation>, Vec<String>> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut problems = Vec::new();
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.to_ascii_lowercase()).collect(),
        Err(e) => return Err(vec![format!("line 1: {e}")]),
    };
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(d), Some(p)) = (col("delegation"), col("people")) else {
        return Err(vec![
            "line 1: the header must name the columns delegation, people and (optionally) expiry"
                .into(),
        ]);
    };
    let e = col("expiry");
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(err) => {
                problems.push(format!("line {line}: {err}"));
                continue;
            }
        };
        let get = |c: usize| record.get(c).unwrap_or_default();
        if record.iter().all(|c| c.is_empty()) {
            continue;
        }
        let delegation = check_delegation(get(d));
        if delegation.is_none() {
            problems.push(format!(
                "line {line}: the delegation's name must be 1–{MAX_NAME} printable characters"
            ));
        }
        let people = read_people(get(p));
        if people.is_none() {
            problems.push(format!(
                "line {line}: people must be a number from 1 to {MAX_PEOPLE}, not `{}`",
                get(p)
            ));
        }
        let expiry = e.map(get).unwrap_or_default();
        let expires_on = if expiry.is_empty() {
            Some(None)
        } else {
            read_expiry(expiry, today).map(Some)
        };
        if expires_on.is_none() {
            problems.push(format!(
                "line {line}: expiry must be empty or a date like 2025-01-14, not before {today}; not `{expiry}`"
            ));
        }
        if let (Some(delegation), Some(people), Some(expires_on)) = (delegation, people, expires_on)
        {
            rows.push(NewInvitation {
                delegation,
                people,
                expires_on,
            });
        }
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

/// The links file: each delegation's code and link (UTF-8 with a BOM for
/// Excel).
pub fn write_links(rows: &[(NewInvitation, String)], bot_username: &str) -> Result<Vec<u8>> {
    let mut out = super::export::BOM.as_bytes().to_vec();
    {
        let fail = |e: csv::Error| crate::Error::State(format!("cannot write the CSV: {e}"));
        let mut w = csv::Writer::from_writer(&mut out);
        w.write_record(["delegation", "people", "expiry", "code", "link"])
            .map_err(fail)?;
        for (inv, code) in rows {
            w.write_record([
                inv.delegation.clone(),
                inv.people.to_string(),
                inv.expires_on.map(|d| d.to_string()).unwrap_or_default(),
                codes::display(code),
                deep_link(bot_username, code),
            ])
            .map_err(fail)?;
        }
        w.flush()
            .map_err(|e| crate::Error::State(format!("cannot write the CSV: {e}")))?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_import_file_is_read_or_refused_with_every_problem() {
        let today: NaiveDate = "2025-01-10".parse().unwrap();
        let good =
            "\u{FEFF}delegation,people,expiry\nBangkok,5,2025-01-14\nພະນົມເປັນ / Phnom Penh, 3 ,\n\n";
        let rows = read_import(good, today).unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].people, 3);
        assert_eq!(rows[1].expires_on, None);
        let bad = "delegation,people,expiry\n,5,\nHanoi,0,\nManila,2,2025-01-01\nJakarta,2,soon\n";
        let problems = read_import(bad, today).unwrap_err();
        assert_eq!(problems.len(), 4, "{problems:?}");
        assert!(problems[0].starts_with("line 2:"));
        assert!(problems[3].starts_with("line 5:"));
        assert!(read_import("name,count\nx,1\n", today).is_err());
    }
}
